import { todayIn } from "@cunwu/server/common/dates";

// Tests fix "today" in the district's time zone when their file loads, and
// the server asks again at each request: a file that runs across the
// district's midnight (16:00 UTC) sees the two disagree and fails, though
// nothing is wrong (an event dated "tomorrow" is suddenly today's). So a
// file that would start within a few minutes of that midnight waits for it
// first: at most `window` once a day, and only in a run that crosses it.

const districtZone = "Asia/Shanghai";
/** Longer than the longest test file that fixes today takes on a loaded machine. */
const window = 4 * 60_000;

/** Milliseconds until `now + ahead` falls on another district day, or 0 when it does not. */
export function untilDistrictMidnight(now = Date.now(), ahead = window): number {
  if (todayIn(districtZone, new Date(now)) === todayIn(districtZone, new Date(now + ahead))) return 0;
  // The next midnight is within `ahead`: find it to the second.
  let low = now;
  let high = now + ahead;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2);
    if (todayIn(districtZone, new Date(middle)) === todayIn(districtZone, new Date(now))) low = middle;
    else high = middle;
  }
  return high - now;
}

export async function clearOfDistrictMidnight(): Promise<void> {
  const wait = untilDistrictMidnight();
  if (wait === 0) return;
  process.stderr.write(`waiting ${Math.ceil(wait / 1000)} s for the district's midnight, so this file does not run across it\n`);
  await new Promise((resolve) => setTimeout(resolve, wait + 1000));
}
