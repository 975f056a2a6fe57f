import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";

// The ledger's two dates on the demo year: the deed's day and the day it was
// recorded. A household's 积分流水 sorts by the deed date it shows; the seed's
// volunteer awards are recorded on their activity's day, as a committee
// confirming the evening of the activity would.

let t: TestServer;
let admin: string;

interface Entry {
  id: string;
  householdId: string;
  kind: string;
  activityId: string | null;
  deedDate: string;
  recordedAt: string;
  reason: string;
}
const ENTRY = "id householdId kind activityId deedDate recordedAt reason";

/** The district day of a moment. */
const shanghaiDay = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(iso));

beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
  admin = await t.login("admin");
});
afterAll(() => t?.close());

const entriesOf = async (householdId: string, order: "ASC" | "DESC") =>
  (
    await t.ok<{ pointEntries: { items: Entry[] } }>(
      `query ($f: PointEntryFilter, $s: [SortInput!]) { pointEntries(filter: $f, sort: $s, perPage: 200) { items { ${ENTRY} } } }`,
      { f: { householdId }, s: [{ field: "deedDate", order }] },
      admin,
    )
  ).pointEntries.items;

/** A household whose entries were not all recorded in the order of their deeds (an award recorded late). */
async function householdWithLateEntries(): Promise<string> {
  const { pointEntries } = await t.ok<{ pointEntries: { items: Entry[] } }>(`{ pointEntries(perPage: 200, sort: [{ field: "id", order: ASC }]) { items { ${ENTRY} } } }`, {}, admin);
  const late = pointEntries.items.find((e) => shanghaiDay(e.recordedAt) > e.deedDate);
  expect(late, "the demo year has entries recorded after their deed's day").toBeDefined();
  return late!.householdId;
}

describe("a household's 积分流水 by deed date", () => {
  it("comes newest deed first, the newest posted first within a day, and the other way round ascending", async () => {
    const householdId = await householdWithLateEntries();
    const down = await entriesOf(householdId, "DESC");
    expect(down.length).toBeGreaterThan(3);
    for (let i = 1; i < down.length; i++) {
      const [a, b] = [down[i - 1]!, down[i]!];
      expect(a.deedDate >= b.deedDate, `${a.deedDate} before ${b.deedDate}`).toBe(true);
      if (a.deedDate === b.deedDate) expect(Number(a.id)).toBeGreaterThan(Number(b.id));
    }
    const up = await entriesOf(householdId, "ASC");
    expect(up.map((e) => e.id)).toEqual([...down].reverse().map((e) => e.id));
  });
});

describe("the demo year's volunteer awards", () => {
  it("are recorded on their activity's day, and the passbook gives both dates", async () => {
    const { activities } = await t.ok<{ activities: { items: { id: string; date: string; confirmedAt: string; entries: Entry[] }[] } }>(
      `{ activities(filter: { status: HELD }, perPage: 200) { items { id date confirmedAt entries { ${ENTRY} } } } }`,
      {},
      admin,
    );
    const awards = activities.items.flatMap((a) => a.entries.filter((e) => e.kind === "AWARD").map((e) => ({ a, e })));
    expect(awards.length).toBeGreaterThan(500);
    for (const { a, e } of awards) {
      expect(shanghaiDay(a.confirmedAt)).toBe(a.date);
      expect(e.deedDate).toBe(a.date);
      expect(shanghaiDay(e.recordedAt), `award ${e.id} of activity ${a.id}`).toBe(a.date);
    }
    // Confirmed in the evening, after the participants were listed in the morning.
    for (const { e } of awards) expect(new Date(e.recordedAt).getUTCHours()).toBe(17 - 8);

    const { householdId } = awards[0]!.e;
    const { householdPassbook } = await t.ok<{ householdPassbook: { entries: Entry[] } }>(
      `query ($h: ID!) { householdPassbook(householdId: $h) { entries { ${ENTRY} } } }`,
      { h: householdId },
      admin,
    );
    const volunteer = householdPassbook.entries.filter((e) => e.activityId !== null && e.kind === "AWARD");
    expect(volunteer.length).toBeGreaterThan(0);
    for (const e of volunteer) expect(shanghaiDay(e.recordedAt)).toBe(e.deedDate);
  });
});
