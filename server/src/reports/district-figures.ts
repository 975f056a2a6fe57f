import { and, count, eq, gte, lte, or, sql } from "drizzle-orm";
import { activities, activityParticipants, households, volunteerTeams } from "@cunwu/schema";
import { monthOfDate } from "./period";
import { bySlices, inAreaVillages, int, sliced, total } from "./report-sql";
import type { ReportScope } from "./shop-figures";

/**
 * The figures only districtReport states: the volunteer service's
 * (activities held, person-times, active brands, teams) and the household
 * roll. Flows are sliced like every other figure (report-sql.ts); stocks are
 * as the records stand now.
 */

export interface HeldActivities {
  activities: number;
  people: number;
  brands: number;
}

/**
 * Activities HELD dated in the period, their person-times (sum of `people`)
 * and distinct brands. Only those activities' participants are summed, each
 * activity's by its index (a subquery per activity), never the whole
 * participants table: a village's year went from ~160 ms to ~7 ms at
 * district scale, and the district's from ~105–130 to ~60–70 ms once the
 * join (which hashed all 360,000 participants) became the subquery.
 */
export async function activitiesHeld({ tx, area, period }: ReportScope) {
  const participants = tx
    .select({ people: sql`coalesce(sum(${activityParticipants.people}), 0)` })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, activities.id));
  const held = tx
    .select({
      villageId: activities.villageId,
      month: monthOfDate(activities.date).as("month"),
      brandId: activities.brandId,
      people: sql<number>`(${participants})`.as("people"),
    })
    .from(activities)
    .where(
      and(
        eq(activities.status, "HELD"),
        inAreaVillages(tx, area, activities.villageId),
        period.from ? gte(activities.date, period.from) : undefined,
        period.to ? lte(activities.date, period.to) : undefined,
      ),
    )
    .as("held");
  const slices = bySlices(held.villageId, held.month);
  const rows = await tx
    .select({
      set: slices.set,
      villageId: held.villageId,
      month: held.month,
      activities: count(),
      people: total(sql`sum(${held.people})`),
      brands: int(sql`count(distinct ${held.brandId})`),
    })
    .from(held)
    .groupBy(slices.groupBy);
  return sliced(rows, (row): HeldActivities => row, () => ({ activities: 0, people: 0, brands: 0 }));
}

/** Active volunteer teams of the area and their members: a township's own and its villages', a village's own. */
export async function activeTeams({ tx, area }: ReportScope) {
  const owned =
    area.villageId !== null
      ? eq(volunteerTeams.villageId, area.villageId)
      : area.townshipId !== null
        ? or(eq(volunteerTeams.townshipId, area.townshipId), inAreaVillages(tx, area, volunteerTeams.villageId))
        : undefined;
  const [row] = await tx
    .select({ teams: count(), members: total(sql`sum(${volunteerTeams.memberCount})`) })
    .from(volunteerTeams)
    .where(and(eq(volunteerTeams.active, true), owned));
  return row ?? { teams: 0, members: 0 };
}

/** ACTIVE households of the area by category, as the roll stands now. */
export async function householdRoll({ tx, area }: ReportScope) {
  const category = (value: "GENERAL" | "LIFTED" | "MONITORED") => int(sql`count(*) filter (where ${households.category} = ${value})`);
  const [row] = await tx
    .select({ active: count(), general: category("GENERAL"), lifted: category("LIFTED"), monitored: category("MONITORED") })
    .from(households)
    .where(and(eq(households.status, "ACTIVE"), inAreaVillages(tx, area, households.villageId)));
  return row ?? { active: 0, general: 0, lifted: 0, monitored: 0 };
}
