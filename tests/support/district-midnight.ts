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

/** Whether a file starting at `now` could still be running when the district's day changes. */
export const nearDistrictMidnight = (now = Date.now()): boolean =>
  todayIn(districtZone, new Date(now)) !== todayIn(districtZone, new Date(now + window));

export async function clearOfDistrictMidnight(): Promise<void> {
  if (!nearDistrictMidnight()) return;
  process.stderr.write("waiting for the district's midnight (16:00 UTC), so this file does not run across it\n");
  while (nearDistrictMidnight()) await new Promise((resolve) => setTimeout(resolve, 1000));
}
