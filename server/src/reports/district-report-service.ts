import { eq } from "drizzle-orm";
import { townships, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea, type ReportArea } from "../auth/report-area";
import type { Db, Tx } from "../db/database";
import { inLanes, readInOneSnapshot } from "../db/read-lanes";
import { todayIn } from "../common/dates";
import { Checks } from "../common/validate";
import { civicCounts, civicFigures, type CivicCounts } from "./civic-figures";
import { define, wordingOf } from "./definitions";
import { activeTeams, activitiesHeld, householdRoll } from "./district-figures";
import { monthsOfYear, type Period } from "./period";
import { ratio, yearSeries, type Sliced } from "./report-sql";
import { areaVillageRows, eventsHeld, heldUpTo, ledgerSums, noLedgerSums, shopCoverage, type ReportScope } from "./shop-figures";
import { redeemers } from "./redeemer-figures";

/**
 * districtReport: the figures a district's yearly report states (积分超市,
 * 志愿服务, 民事直说, 农户), for one calendar year of the district's time zone
 * and the whole district, a township or a village, each carrying its
 * definition (definitions.ts). Flows have twelve monthly values; stocks
 * (villages, teams, households) are as the records stand now.
 *
 * The shop's and the civic figures are the very statements pointsReport and
 * civicReport read (shop-figures.ts, civic-figures.ts), so the same figure
 * for the same year and area is the same number in all three.
 */

export const firstYear = 2000;
export const lastYear = 2100;

/** The area reported on, named: a village's township too. */
async function namedArea(tx: Tx, area: ReportArea) {
  if (area.villageId !== null) {
    const [village] = await tx
      .select({ townshipId: villages.townshipId, townshipName: townships.name, villageId: villages.id, villageName: villages.name })
      .from(villages)
      .innerJoin(townships, eq(townships.id, villages.townshipId))
      .where(eq(villages.id, area.villageId));
    return village!;
  }
  const [township] = area.townshipId === null ? [] : await tx.select({ name: townships.name }).from(townships).where(eq(townships.id, area.townshipId));
  return { townshipId: area.townshipId, townshipName: township?.name ?? null, villageId: null, villageName: null };
}

export async function districtReport(
  db: Db,
  actor: Actor,
  timezone: string,
  year: number,
  filter: { townshipId?: string | null; villageId?: string | null },
  lanes = 1,
) {
  const checks = new Checks();
  checks.int("year", year, firstYear, lastYear, true);
  checks.throwIfAny();
  const period: Period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const today = todayIn(timezone);
  const months = monthsOfYear(year);

  // One snapshot, so the figures agree with each other; its statements side by side where they can be.
  return readInOneSnapshot(db, lanes, async (txs) => {
    const area = await reportArea(txs[0]!, actor, filter);
    const scope = (tx: Tx): ReportScope => ({ tx, area, period, timezone, today });
    const w = wordingOf(area, year);
    const count = <T>(figure: Sliced<T>, pick: (value: T) => number, empty: () => T, definition: string) => ({
      ...yearSeries(figure, months, pick, empty),
      definition,
    });

    // The longest first: each lane takes the next statement when it is free.
    const [held, civic, ledger, redeemed, events, roll, teams, villageRows, named] = await inLanes(txs, [
      (tx) => activitiesHeld(scope(tx)),
      (tx) => civicFigures({ tx, actor, area, period, timezone }),
      (tx) => ledgerSums(scope(tx)),
      (tx) => redeemers(scope(tx)),
      (tx) => eventsHeld(scope(tx)),
      (tx) => householdRoll(scope(tx)),
      (tx) => activeTeams(scope(tx)),
      (tx) => areaVillageRows(tx, area),
      (tx) => namedArea(tx, area),
    ]);
    const coverage = shopCoverage(villageRows);
    const noRedeemers = () => ({ households: 0, people: 0 });

    const noneHeld = () => ({ activities: 0, people: 0, brands: 0 });
    const civicOf = (key: string | null) => civic.get(key) ?? civicCounts(undefined);
    const civicCount = (pick: (c: CivicCounts) => number, definition: string) => ({
      value: pick(civicOf(null)),
      monthly: months.map((m) => pick(civicOf(m))),
      definition,
    });
    const channelCount = (channel: string | null) => (c: CivicCounts) => c.byChannel.find((b) => b.channel === channel)!.count;
    const civicRate = (pick: (c: CivicCounts) => { numerator: number; denominator: number }, definition: string) => {
      const year = pick(civicOf(null));
      const monthly = months.map((m) => pick(civicOf(m)));
      return {
        numerator: year.numerator,
        denominator: year.denominator,
        rate: ratio(year.numerator, year.denominator),
        monthlyNumerator: monthly.map((r) => r.numerator),
        monthlyDenominator: monthly.map((r) => r.denominator),
        monthlyRate: monthly.map((r) => ratio(r.numerator, r.denominator)),
        definition,
      };
    };

    return {
      year,
      ...named,
      from: period.from!,
      to: period.to!,
      timezone,
      asOf: today,
      shop: {
        villages: { value: coverage.villages, definition: define.villages(w) },
        villagesWithShop: { value: coverage.villagesWithShop, definition: define.villagesWithShop(w) },
        shopCoverage: {
          numerator: coverage.villagesWithShop,
          denominator: coverage.villages,
          rate: coverage.shopCoverage,
          definition: define.shopCoverage(),
        },
        exchangeEvents: count(events, (n) => n, () => 0, define.exchangeEventsHeld(w, heldUpTo(period, today))),
        pointsRedeemed: count(ledger, (l) => l.pointsRedeemed, noLedgerSums, define.pointsRedeemed(w)),
        pointsRefunded: count(ledger, (l) => l.pointsRefunded, noLedgerSums, define.pointsRefunded(w)),
        netRedeemed: count(ledger, (l) => l.netRedeemed, noLedgerSums, define.netRedeemed(w)),
        redeemingHouseholds: count(redeemed, (r) => r.households, noRedeemers, define.redeemingHouseholds(w)),
        redeemingPeople: count(redeemed, (r) => r.people, noRedeemers, define.redeemingPeople()),
      },
      volunteer: {
        activitiesHeld: count(held, (h) => h.activities, noneHeld, `Activities ${w.where} dated ${w.when} and confirmed as HELD, by their date`),
        participations: count(held, (h) => h.people, noneHeld, "Person-times (人次): the sum of the participants' people over those held activities"),
        brandsActive: count(
          held,
          (h) => h.brands,
          noneHeld,
          `Distinct service brands with at least one held activity ${w.where} ${w.when} (a month: in that month)`,
        ),
        teams: {
          value: teams.teams,
          definition:
            area.villageId !== null
              ? "Active volunteer teams owned by the village, as they stand now"
              : area.townshipId !== null
                ? "Active volunteer teams owned by the township or one of its villages, as they stand now"
                : "Active volunteer teams of the district (owned by any township or village), as they stand now",
        },
        teamMembers: { value: teams.members, definition: "The sum of those teams' member counts" },
      },
      civic: {
        received: civicCount((c) => c.received, define.received(w)),
        byChannel: {
          direct: civicCount(channelCount("DIRECT"), define.byChannel(w, "DIRECT 直办")),
          lead: civicCount(channelCount("LEAD"), define.byChannel(w, "LEAD 领办")),
          joint: civicCount(channelCount("JOINT"), define.byChannel(w, "JOINT 联办")),
          supervised: civicCount(channelCount("SUPERVISED"), define.byChannel(w, "SUPERVISED 督办")),
          unassigned: civicCount(channelCount(null), define.unassigned(w)),
        },
        resolutionRate: civicRate((c) => c.resolutionRate, `${define.resolutionRate(w)}; by month received`),
        satisfactionRate: civicRate((c) => c.satisfactionRate, `${define.satisfactionRate(w)}; by month received`),
      },
      households: {
        active: { value: roll.active, definition: `Households ${w.where} whose status is ACTIVE, as the roll stands now` },
        general: { value: roll.general, definition: "Active households of category GENERAL 一般户" },
        lifted: { value: roll.lifted, definition: "Active households of category LIFTED 脱贫户" },
        monitored: { value: roll.monitored, definition: "Active households of category MONITORED 监测户" },
      },
    };
  });
}
