import { and, count, desc, eq, gte, inArray, lt, lte, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import {
  activities,
  activityParticipants,
  civicMatters,
  exchangeEvents,
  followUps,
  households,
  redemptions,
  townships,
  villages,
  volunteerTeams,
} from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { badInput, forbidden } from "../errors";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";

/**
 * districtReport: the figures a district's yearly report states (积分超市,
 * 志愿服务, 民事直说, 农户), for one calendar year of the district's time zone
 * and the whole district or one township, each computed from the records
 * and carrying its definition. Flows have twelve monthly values; stocks
 * (villages, teams, households) are as the records stand now.
 *
 * Everything is aggregated in SQL: a fixed handful of grouped statements in
 * one read-only snapshot, whatever the size of the district. Monthly and
 * yearly values come from the same statement (GROUPING SETS), so distinct
 * counts (households, brands) are distinct over the year, not a sum of months.
 */

export const firstYear = 2000;
export const lastYear = 2100;

/** A sum that is never null and comes back as a JS number (drivers return bigint sums as text). */
const total = (expression: SQL) => sql<number>`coalesce(${expression}, 0)`.mapWith(Number);
const int = (expression: SQL) => sql<number>`(${expression})::int`.mapWith(Number);

interface Area {
  townshipId: number | null;
  townshipName: string | null;
}

/**
 * District roles report on the district or any township; township staff on
 * their own township (the default when none is named), another township is
 * FORBIDDEN. Other roles never get here (the field's rule refuses them).
 */
async function reportArea(tx: Tx, actor: Actor, rawTownshipId: string | null | undefined): Promise<Area> {
  let townshipId = rawTownshipId ? parseId(rawTownshipId, "Township", "townshipId") : null;
  if (actor.role === "TOWNSHIP_STAFF") {
    if (townshipId !== null && townshipId !== actor.townshipId) throw forbidden("Township staff report on their own township only");
    townshipId = actor.townshipId;
  } else if (actor.role !== "DISTRICT_ADMIN" && actor.role !== "DISTRICT_STAFF") {
    throw forbidden();
  }
  if (townshipId === null) return { townshipId: null, townshipName: null };
  const [township] = await tx.select({ name: townships.name }).from(townships).where(eq(townships.id, townshipId));
  if (!township) throw badInput({ townshipId: "NOT_FOUND" }, `Township ${townshipId} does not exist`);
  return { townshipId, townshipName: township.name };
}

/** Twelve values from grouped rows (m = 1..12; the row with m null is the year's). */
function series<T extends { m: number | null }>(rows: readonly T[], pick: (row: T) => number) {
  const monthly = Array.from({ length: 12 }, () => 0);
  let value = 0;
  for (const row of rows) {
    if (row.m === null) value = pick(row);
    else monthly[row.m - 1] = pick(row);
  }
  return { value, monthly };
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

function rateOf<T extends { m: number | null }>(rows: readonly T[], numerator: (row: T) => number, denominator: (row: T) => number, definition: string) {
  const n = series(rows, numerator);
  const d = series(rows, denominator);
  return {
    numerator: n.value,
    denominator: d.value,
    rate: ratio(n.value, d.value),
    monthlyNumerator: n.monthly,
    monthlyDenominator: d.monthly,
    monthlyRate: n.monthly.map((value, i) => ratio(value, d.monthly[i]!)),
    definition,
  };
}

export async function districtReport(db: Db, actor: Actor, timezone: string, year: number, rawTownshipId: string | null | undefined) {
  const checks = new Checks();
  checks.int("year", year, firstYear, lastYear, true);
  checks.throwIfAny();
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const today = todayIn(timezone);
  const heldUpTo = to < today ? to : today;
  // The year's instants: from its first midnight in the district to the next year's.
  const yearStart = sql`(${from}::date)::timestamp at time zone ${timezone}`;
  const yearEnd = sql`(${`${year + 1}-01-01`}::date)::timestamp at time zone ${timezone}`;
  const localMonth = (column: AnyColumn) => int(sql`extract(month from ${column} at time zone ${timezone})`);
  const dateMonth = (column: AnyColumn) => int(sql`extract(month from ${column})`);

  return db.transaction(
    async (tx) => {
      const area = await reportArea(tx, actor, rawTownshipId);
      const inArea = (villageId: AnyColumn) =>
        area.townshipId === null
          ? undefined
          : inArray(villageId, tx.select({ id: villages.id }).from(villages).where(eq(villages.townshipId, area.townshipId)));

      // --- 积分超市 ---------------------------------------------------------------------------
      const [villageCounts] = await tx
        .select({ all: count(), withShop: int(sql`count(*) filter (where ${villages.hasShop})`) })
        .from(villages)
        .where(area.townshipId === null ? undefined : eq(villages.townshipId, area.townshipId));

      const events = tx
        .select({ m: dateMonth(exchangeEvents.date).as("m") })
        .from(exchangeEvents)
        .where(and(inArea(exchangeEvents.villageId), gte(exchangeEvents.date, from), lte(exchangeEvents.date, heldUpTo)))
        .as("events");
      const eventRows = await tx.select({ m: events.m, n: count() }).from(events).groupBy(sql`grouping sets ((${events.m}), ())`);

      const sales = tx
        .select({ m: localMonth(redemptions.createdAt).as("m"), householdId: redemptions.householdId, total: redemptions.total })
        .from(redemptions)
        .where(
          and(
            eq(redemptions.status, "COMPLETED"),
            inArea(redemptions.villageId),
            gte(redemptions.createdAt, yearStart),
            lt(redemptions.createdAt, yearEnd),
          ),
        )
        .as("sales");
      const saleRows = await tx
        .select({ m: sales.m, points: total(sql`sum(${sales.total})`), households: int(sql`count(distinct ${sales.householdId})`) })
        .from(sales)
        .groupBy(sql`grouping sets ((${sales.m}), ())`);
      // People: the member counts of the distinct households, per month and over the year.
      const redeemers = tx.selectDistinct({ m: sales.m, householdId: sales.householdId }).from(sales).as("redeemers");
      const peopleByMonth = await tx
        .select({ m: redeemers.m, people: total(sql`sum(${households.memberCount})`) })
        .from(redeemers)
        .innerJoin(households, eq(households.id, redeemers.householdId))
        .groupBy(redeemers.m);
      const [peopleInYear] = await tx
        .select({ people: total(sql`sum(${households.memberCount})`) })
        .from(households)
        .where(inArray(households.id, tx.selectDistinct({ id: sales.householdId }).from(sales)));

      // --- 志愿服务 ---------------------------------------------------------------------------
      const peoplePerActivity = tx
        .select({ activityId: activityParticipants.activityId, people: sql<number>`sum(${activityParticipants.people})`.as("people") })
        .from(activityParticipants)
        .groupBy(activityParticipants.activityId)
        .as("people_per_activity");
      const held = tx
        .select({
          m: dateMonth(activities.date).as("m"),
          brandId: activities.brandId,
          people: sql<number>`coalesce(${peoplePerActivity.people}, 0)`.as("people"),
        })
        .from(activities)
        .leftJoin(peoplePerActivity, eq(peoplePerActivity.activityId, activities.id))
        .where(and(eq(activities.status, "HELD"), inArea(activities.villageId), gte(activities.date, from), lte(activities.date, to)))
        .as("held");
      const heldRows = await tx
        .select({
          m: held.m,
          activities: count(),
          people: total(sql`sum(${held.people})`),
          brands: int(sql`count(distinct ${held.brandId})`),
        })
        .from(held)
        .groupBy(sql`grouping sets ((${held.m}), ())`);

      const [teamCounts] = await tx
        .select({ teams: count(), members: total(sql`sum(${volunteerTeams.memberCount})`) })
        .from(volunteerTeams)
        .where(
          and(
            eq(volunteerTeams.active, true),
            area.townshipId === null ? undefined : or(eq(volunteerTeams.townshipId, area.townshipId), inArea(volunteerTeams.villageId)),
          ),
        );

      // --- 民事直说 ---------------------------------------------------------------------------
      const cohortConditions = and(
        area.townshipId === null ? undefined : eq(civicMatters.townshipId, area.townshipId),
        gte(civicMatters.receivedAt, yearStart),
        lt(civicMatters.receivedAt, yearEnd),
      );
      const received = tx
        .select({ m: localMonth(civicMatters.receivedAt).as("m"), channel: civicMatters.channel, status: civicMatters.status })
        .from(civicMatters)
        .where(cohortConditions)
        .as("received");
      const channelCount = (channel: "DIRECT" | "LEAD" | "JOINT" | "SUPERVISED") =>
        int(sql`count(*) filter (where ${received.channel} = ${channel})`);
      const civicRows = await tx
        .select({
          m: received.m,
          received: count(),
          direct: channelCount("DIRECT"),
          lead: channelCount("LEAD"),
          joint: channelCount("JOINT"),
          supervised: channelCount("SUPERVISED"),
          unassigned: int(sql`count(*) filter (where ${received.channel} is null)`),
          resolved: int(sql`count(*) filter (where ${received.status} in ('RESOLVED', 'CLOSED'))`),
          countable: int(sql`count(*) filter (where ${received.status} not in ('REJECTED', 'MERGED'))`),
        })
        .from(received)
        .groupBy(sql`grouping sets ((${received.m}), ())`);

      // The latest follow-up that reached the resident, per matter of the cohort.
      const latest = tx
        .selectDistinctOn([followUps.matterId], {
          matterId: followUps.matterId,
          satisfaction: followUps.satisfaction,
          m: localMonth(civicMatters.receivedAt).as("m"),
        })
        .from(followUps)
        .innerJoin(civicMatters, eq(civicMatters.id, followUps.matterId))
        .where(and(eq(followUps.reached, true), cohortConditions))
        .orderBy(followUps.matterId, desc(followUps.createdAt), desc(followUps.id))
        .as("latest");
      const satisfactionRows = await tx
        .select({
          m: latest.m,
          reached: count(),
          satisfied: int(sql`count(*) filter (where ${latest.satisfaction} in ('SATISFIED', 'BASICALLY'))`),
        })
        .from(latest)
        .groupBy(sql`grouping sets ((${latest.m}), ())`);

      // --- 农户 -------------------------------------------------------------------------------
      const category = (value: "GENERAL" | "LIFTED" | "MONITORED") => int(sql`count(*) filter (where ${households.category} = ${value})`);
      const [householdCounts] = await tx
        .select({ active: count(), general: category("GENERAL"), lifted: category("LIFTED"), monitored: category("MONITORED") })
        .from(households)
        .where(and(eq(households.status, "ACTIVE"), inArea(households.villageId)));

      // --- the report -------------------------------------------------------------------------
      const where = area.townshipId === null ? "in the district" : "in the township";
      const inYear = `in ${year}`;
      const people = series(
        [...peopleByMonth, { m: null, people: peopleInYear?.people ?? 0 }],
        (row) => row.people,
      );
      const allVillages = villageCounts?.all ?? 0;
      const withShop = villageCounts?.withShop ?? 0;
      const civic = (pick: (row: (typeof civicRows)[number]) => number, definition: string) => ({ ...series(civicRows, pick), definition });
      const channelDefinition = (channel: string) =>
        `Civic matters received ${inYear} (received_at, district time) ${where} whose channel is now ${channel}`;

      return {
        year,
        townshipId: area.townshipId,
        townshipName: area.townshipName,
        from,
        to,
        timezone,
        asOf: today,
        shop: {
          villages: { value: allVillages, definition: `Administrative villages ${where}, as they stand now` },
          villagesWithShop: { value: withShop, definition: `Villages ${where} that run a points supermarket (has_shop), as they stand now` },
          shopCoverage: {
            numerator: withShop,
            denominator: allVillages,
            rate: ratio(withShop, allVillages),
            definition: "Villages with a points supermarket / all villages",
          },
          exchangeEvents: {
            ...series(eventRows, (row) => row.n),
            definition: `Exchange events (兑换活动) of shops ${where} dated ${inYear} and not after ${heldUpTo}, open or closed, by their date`,
          },
          pointsRedeemed: {
            ...series(saleRows, (row) => row.points),
            definition:
              `Points of the redemptions made ${inYear} (district time) in shops ${where}, net of refunds: ` +
              "a cancelled (refunded) redemption does not count at all; by the month it was made",
          },
          redeemingHouseholds: {
            ...series(saleRows, (row) => row.households),
            definition: `Distinct households with a redemption made ${inYear} ${where} and not cancelled; a month counts its own distinct households, so months do not add up to the year`,
          },
          redeemingPeople: {
            ...people,
            definition: "The sum of those households' member counts (as the roll stands now), per month and over the year",
          },
        },
        volunteer: {
          activitiesHeld: {
            ...series(heldRows, (row) => row.activities),
            definition: `Activities ${where} dated ${inYear} and confirmed as HELD, by their date`,
          },
          participations: {
            ...series(heldRows, (row) => row.people),
            definition: "Person-times (人次): the sum of the participants' people over those held activities",
          },
          brandsActive: {
            ...series(heldRows, (row) => row.brands),
            definition: `Distinct service brands with at least one held activity ${where} ${inYear} (a month: in that month)`,
          },
          teams: {
            value: teamCounts?.teams ?? 0,
            definition:
              area.townshipId === null
                ? "Active volunteer teams of the district (owned by any township or village), as they stand now"
                : "Active volunteer teams owned by the township or one of its villages, as they stand now",
          },
          teamMembers: { value: teamCounts?.members ?? 0, definition: "The sum of those teams' member counts" },
        },
        civic: {
          received: civic((row) => row.received, `Civic matters received ${inYear} (received_at, district time) ${where}, any status`),
          byChannel: {
            direct: civic((row) => row.direct, channelDefinition("DIRECT 直办")),
            lead: civic((row) => row.lead, channelDefinition("LEAD 领办")),
            joint: civic((row) => row.joint, channelDefinition("JOINT 联办")),
            supervised: civic((row) => row.supervised, channelDefinition("SUPERVISED 督办")),
            unassigned: {
              ...series(civicRows, (row) => row.unassigned),
              definition: `Civic matters received ${inYear} ${where} with no channel set yet`,
            },
          },
          resolutionRate: rateOf(
            civicRows,
            (row) => row.resolved,
            (row) => row.countable,
            `办结率: of the matters received ${inYear} ${where}, those now RESOLVED or CLOSED / those received minus the REJECTED and MERGED; by month received`,
          ),
          satisfactionRate: rateOf(
            satisfactionRows,
            (row) => row.satisfied,
            (row) => row.reached,
            `满意率: of the matters received ${inYear} ${where} with a follow-up that reached the resident, those whose latest such follow-up was SATISFIED or BASICALLY / all of them; by month received`,
          ),
        },
        households: {
          active: { value: householdCounts?.active ?? 0, definition: `Households ${where} whose status is ACTIVE, as the roll stands now` },
          general: { value: householdCounts?.general ?? 0, definition: "Active households of category GENERAL 一般户" },
          lifted: { value: householdCounts?.lifted ?? 0, definition: "Active households of category LIFTED 脱贫户" },
          monitored: { value: householdCounts?.monitored ?? 0, definition: "Active households of category MONITORED 监测户" },
        },
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

