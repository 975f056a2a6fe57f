import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { rowsOf } from "../support/assert";

// The columns the reports read instead of the rows they stand for, kept by
// triggers on those rows: a civic matter's three "ever" flags (a follow-up,
// an assignment, an ESCALATED supervision: migrations/0016), its first
// resolution and the latest follow-up that reached the resident, and an
// activity's person-times (migrations/0017). After the demo year, whose
// matters and activities were played step by step through the services
// (every channel, assignment, supervision, rework, follow-up and
// participation), each column equals its recomputation from the rows, on
// every matter and activity. (volunteer.test.ts checks person-times when a
// participation list is replaced.)

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
});
afterAll(() => t?.close());

describe("the reports' kept columns", () => {
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

  it("equal each matter's first resolution and latest reached follow-up, and each activity's person-times", async () => {
    type Counts = { matters: number; first_off: number; reached_off: number; satisfaction_off: number; resolved: number; reworked_resolved: number; reached: number; satisfactions: number };
    const [civic] = rowsOf<Counts>(
      await t.server.connection.db.execute(sql`
        with recomputed as (
          select m.first_resolved_at, m.resident_reached, m.resident_satisfaction, m.rework_count,
                 (select min(e.at) from matter_events e where e.matter_id = m.id and e.type = 'RESOLVED') as first_resolved,
                 exists (select 1 from follow_ups f where f.matter_id = m.id and f.reached) as reached,
                 (select f.satisfaction from follow_ups f where f.matter_id = m.id and f.reached order by f.created_at desc, f.id desc limit 1) as satisfaction
          from civic_matters m)
        select count(*)::int as matters,
               count(*) filter (where first_resolved_at is distinct from first_resolved)::int as first_off,
               count(*) filter (where resident_reached <> reached)::int as reached_off,
               count(*) filter (where resident_satisfaction is distinct from satisfaction)::int as satisfaction_off,
               count(first_resolved)::int as resolved,
               count(first_resolved) filter (where rework_count > 0)::int as reworked_resolved,
               count(*) filter (where reached)::int as reached,
               count(distinct satisfaction)::int as satisfactions
        from recomputed`),
    );
    expect({ firstOff: civic!.first_off, reachedOff: civic!.reached_off, satisfactionOff: civic!.satisfaction_off }).toEqual({
      firstOff: 0,
      reachedOff: 0,
      satisfactionOff: 0,
    });
    // Resolved, reworked and resolved again, reached with each answer: the comparison compared something.
    expect(civic!.resolved).toBeGreaterThan(0);
    expect(civic!.reworked_resolved).toBeGreaterThan(0);
    expect(civic!.reached).toBeGreaterThan(0);
    expect(civic!.satisfactions).toBe(3);

    const [volunteer] = rowsOf<{ activities: number; off: number; with_people: number }>(
      await t.server.connection.db.execute(sql`
        select count(*)::int as activities,
               count(*) filter (where a.person_times <> coalesce((select sum(p.people) from activity_participants p where p.activity_id = a.id), 0))::int as off,
               count(*) filter (where a.person_times > 0)::int as with_people
        from activities a`),
    );
    expect(volunteer!.off).toBe(0);
    expect(volunteer!.with_people).toBeGreaterThan(0);
  });

  it("count a participant moved to another activity off the old one and onto the new (a hand edit; migrations/0021)", async () => {
    const db = t.server.connection.db;
    const timesOf = async (id: number) => rowsOf<{ n: number }>(await db.execute(sql`select person_times as n from activities where id = ${id}`))[0]!.n;
    const [moved] = rowsOf<{ id: number; activity_id: number; people: number; other: number }>(
      await db.execute(sql`
        select p.id, p.activity_id, p.people,
               (select a.id from activities a where a.id <> p.activity_id
                  and not exists (select 1 from activity_participants q where q.activity_id = a.id and q.household_id = p.household_id) order by a.id limit 1) as other
        from activity_participants p order by p.id limit 1`),
    );
    const [from, to] = [moved!.activity_id, moved!.other];
    const before = { from: await timesOf(from), to: await timesOf(to) };
    await db.execute(sql`update activity_participants set activity_id = ${to} where id = ${moved!.id}`);
    expect({ from: await timesOf(from), to: await timesOf(to) }).toEqual({ from: before.from - moved!.people, to: before.to + moved!.people });
    await db.execute(sql`update activity_participants set activity_id = ${from} where id = ${moved!.id}`);
    expect({ from: await timesOf(from), to: await timesOf(to) }).toEqual(before);
  });
});
