import { and, count, eq, gte, lte, or, sql } from "drizzle-orm";
import { activities, householdCounts, volunteerTeams } from "@cunwu/schema";
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
 * Activities HELD dated in the period, their person-times and distinct
 * brands. Each activity carries its person-times (activities.person_times,
 * kept by triggers on its participants: migrations/0017), so the
 * participants are not read at all: the district's year was ~60–80 ms when
 * each activity summed its participants by a subquery (and ~105–130 ms when
 * a join hashed all 360,000 of them).
 */
export async function activitiesHeld({ tx, area, period }: ReportScope) {
  const held = tx
    .select({
      villageId: activities.villageId,
      month: monthOfDate(activities.date).as("month"),
      brandId: activities.brandId,
      people: activities.personTimes,
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

/** ACTIVE households of the area by category, as the roll stands now (household_counts, kept by triggers: migrations/0018). */
export async function householdRoll({ tx, area }: ReportScope) {
  const category = (value: "GENERAL" | "LIFTED" | "MONITORED") => total(sql`sum(${householdCounts.households}) filter (where ${householdCounts.category} = ${value})`);
  const [row] = await tx
    .select({ active: total(sql`sum(${householdCounts.households})`), general: category("GENERAL"), lifted: category("LIFTED"), monitored: category("MONITORED") })
    .from(householdCounts)
    .where(and(eq(householdCounts.status, "ACTIVE"), inAreaVillages(tx, area, householdCounts.villageId)));
  return row ?? { active: 0, general: 0, lifted: 0, monitored: 0 };
}
