import { and, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { villages } from "@cunwu/schema";
import type { ReportArea } from "../auth/report-area";
import type { DbOrTx } from "../db/database";

/**
 * The small SQL pieces every report is built from: the area's villages,
 * never-null sums, and statements that give a figure per village, per month
 * and for the whole area at once (GROUPING SETS), so a report's year and its
 * monthly series come from one statement and cannot disagree.
 */

/** A sum that is never null and comes back as a JS number (drivers return bigint sums as text). */
export const total = (expression: SQL) => sql<number>`coalesce(${expression}, 0)`.mapWith(Number);
export const int = (expression: SQL) => sql<number>`(${expression})::int`.mapWith(Number);
export const countWhere = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** numerator / denominator, 0 when the denominator is 0. */
export const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
export const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: ratio(numerator, denominator) });

/** The villages of the area (all when it is the district). */
export function areaCondition(area: ReportArea): SQL | undefined {
  return and(
    area.townshipId === null ? undefined : eq(villages.townshipId, area.townshipId),
    area.villageId === null ? undefined : eq(villages.id, area.villageId),
  );
}

/** `column` names a village of the area (no condition for the whole district). */
export function inAreaVillages(db: DbOrTx, area: ReportArea, column: AnyColumn): SQL | undefined {
  if (area.townshipId === null && area.villageId === null) return undefined;
  if (area.villageId !== null) return eq(column, area.villageId);
  return inArray(column, db.select({ id: villages.id }).from(villages).where(areaCondition(area)));
}

/** A figure per village, per month ("YYYY-MM") and for the whole area. */
export interface Sliced<T> {
  total: T;
  byVillage: Map<number, T>;
  byMonth: Map<string, T>;
}

/**
 * The grouping sets of a sliced statement over a subquery with `village_id`
 * and `month` columns; `grouping(...)` tells its rows apart: 1 a village's,
 * 2 a month's, 3 the area's.
 */
export const bySlices = (villageId: SQL.Aliased | AnyColumn, month: SQL.Aliased | AnyColumn) => ({
  set: sql<number>`grouping(${villageId}, ${month})`.mapWith(Number),
  groupBy: sql`grouping sets ((${villageId}), (${month}), ())`,
});

/** Sorts a sliced statement's rows; what is missing is `empty()`. */
export function sliced<R extends { set: number; villageId: number | null; month: string | null }, T>(
  rows: readonly R[],
  pick: (row: R) => T,
  empty: () => T,
): Sliced<T> {
  const out: Sliced<T> = { total: empty(), byVillage: new Map(), byMonth: new Map() };
  for (const row of rows) {
    if (row.set === 1) out.byVillage.set(row.villageId!, pick(row));
    else if (row.set === 2) out.byMonth.set(row.month!, pick(row));
    else out.total = pick(row);
  }
  return out;
}

/** Twelve values of a year from a figure's months, January first; `value` the year's. */
export function yearSeries<T>(figure: Sliced<T>, months: readonly string[], pick: (value: T) => number, empty: () => T) {
  return {
    value: pick(figure.total),
    monthly: months.map((month) => pick(figure.byMonth.get(month) ?? empty())),
  };
}
