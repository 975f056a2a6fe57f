import { and, count, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { civicMatters, departments, matterAssignments, matterSupervisions, users } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { resolvedStatuses, supervisionOverdueCondition } from "../civic/matter-service";
import { activeStatuses, leadRoles, openAssignmentStates } from "../civic/assignment-actions";
import { countWhere, total } from "./report-sql";

/**
 * civicReport's workloads over the cohort `where` (civic-figures.ts): who
 * holds the open assignments, how many are past their due date, and the
 * overdue 督办. Each is one statement, so a report can run them side by side
 * (db/read-lanes.ts).
 */

/** An assignment still to be done on a matter still being worked on. */
const open = and(inArray(matterAssignments.state, [...openAssignmentStates]), inArray(civicMatters.status, [...activeStatuses]))!;

/** A co-unit's part the matter was resolved without (DESIGN.md 联办): it counts against the unit. */
const unreported = and(
  eq(matterAssignments.role, "CO_UNIT"),
  inArray(matterAssignments.state, [...openAssignmentStates]),
  inArray(civicMatters.status, [...resolvedStatuses]),
)!;

/** A unit's overdue 督办: those of the matters it holds the open lead assignment of (the rows `holds` picks). */
const leadSupervisionsOverdue = (holds: SQL, today: string) =>
  total(
    sql`sum(case when ${and(holds, inArray(matterAssignments.role, [...leadRoles]))} then (select count(*) from ${matterSupervisions}
      where ${matterSupervisions.matterId} = ${civicMatters.id} and ${supervisionOverdueCondition(today)}) else 0 end)`,
  );

/** The cohort's 督办 still OPEN after their response date. */
export async function supervisionsOverdue(tx: Tx, where: SQL | undefined, today: string): Promise<number> {
  const [row] = await tx
    .select({ overdue: count() })
    .from(matterSupervisions)
    .innerJoin(civicMatters, eq(civicMatters.id, matterSupervisions.matterId))
    .where(and(where, supervisionOverdueCondition(today)));
  return row?.overdue ?? 0;
}

/** Open assignments per official (LEAD_OFFICIAL), most first. */
export const officialWorkload = (tx: Tx, where: SQL | undefined, today: string) =>
  tx
    .select({
      userId: users.id,
      name: users.displayName,
      open: count(),
      overdue: countWhere(lt(matterAssignments.dueDate, today)),
      supervisionsOverdue: leadSupervisionsOverdue(sql`true`, today),
    })
    .from(matterAssignments)
    .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
    .innerJoin(users, eq(users.id, matterAssignments.officialUserId))
    .where(and(where, open))
    .groupBy(users.id, users.displayName)
    .orderBy(desc(count()), users.id);

/** Open assignments per department (every assignment naming it), and the co-units' parts left unreported, most open first. */
export const departmentWorkload = (tx: Tx, where: SQL | undefined, today: string) =>
  tx
    .select({
      departmentId: departments.id,
      name: departments.name,
      open: countWhere(open),
      overdue: countWhere(and(open, lt(matterAssignments.dueDate, today))!),
      supervisionsOverdue: leadSupervisionsOverdue(open, today),
      partsUnreported: countWhere(unreported),
    })
    .from(matterAssignments)
    .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
    .innerJoin(departments, eq(departments.id, matterAssignments.departmentId))
    .where(and(where, or(open, unreported)))
    .groupBy(departments.id, departments.name)
    .orderBy(desc(countWhere(open)), departments.id);
