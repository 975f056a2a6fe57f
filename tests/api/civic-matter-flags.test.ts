import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { rowsOf } from "../support/assert";

// A civic matter's three "ever" flags (a follow-up, an assignment, an
// ESCALATED supervision), which civicReport and districtReport count, are
// kept by triggers on those tables (migrations/0016). After the demo year,
// whose matters were played step by step through the services (every
// channel, assignment, supervision and follow-up), each flag equals the
// rows it stands for, on every matter.

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
});
afterAll(() => t?.close());

describe("civic matters' flags", () => {
  it("equal the follow-ups, assignments and escalations each matter has, after a year of workflow", async () => {
    type Counts = { matters: number; follow_up_off: number; assignment_off: number; escalation_off: number; followed_up: number; assigned: number; escalated: number };
    const [row] = rowsOf<Counts>(
      await t.server.connection.db.execute(sql`
        with recomputed as (
          select m.has_follow_up, m.has_assignment, m.was_escalated,
                 exists (select 1 from follow_ups f where f.matter_id = m.id) as followed_up,
                 exists (select 1 from matter_assignments a where a.matter_id = m.id) as assigned,
                 exists (select 1 from matter_supervisions s where s.matter_id = m.id and s.level = 'ESCALATED') as escalated
          from civic_matters m)
        select count(*)::int as matters,
               count(*) filter (where has_follow_up <> followed_up)::int as follow_up_off,
               count(*) filter (where has_assignment <> assigned)::int as assignment_off,
               count(*) filter (where was_escalated <> escalated)::int as escalation_off,
               count(*) filter (where has_follow_up)::int as followed_up,
               count(*) filter (where has_assignment)::int as assigned,
               count(*) filter (where was_escalated)::int as escalated
        from recomputed`),
    );
    expect({ followUpOff: row!.follow_up_off, assignmentOff: row!.assignment_off, escalationOff: row!.escalation_off }).toEqual({
      followUpOff: 0,
      assignmentOff: 0,
      escalationOff: 0,
    });
    // The year has matters of each kind, so the comparison above compared something.
    expect(row!.followed_up).toBeGreaterThan(0);
    expect(row!.assigned).toBeGreaterThan(row!.followed_up);
    expect(row!.escalated).toBeGreaterThan(0);
    expect(row!.matters).toBeGreaterThan(row!.assigned);
  });
});
