import type { Actor } from "../request/actor";
import { reportArea } from "../auth/report-area";
import type { Db, Tx } from "../db/database";
import { inLanes, readInOneSnapshot } from "../db/read-lanes";
import { todayIn } from "../common/dates";
import { Checks } from "../common/validate";
import type { PointsReportFilter } from "./points-report-types";
import { checkPeriod, monthsOf } from "./period";
import type { Sliced } from "./report-sql";
import { areaVillageRows, eventsHeld, ledgerSums, noLedgerSums, shopCoverage, type ReportScope } from "./shop-figures";
import { redeemers } from "./redeemer-figures";

/**
 * The points supermarket's figures (pointsReport) for an area and period,
 * for the area, each of its villages and each month, read from the ledger,
 * the shops' events and redemptions by the statements of shop-figures.ts
 * (shared with districtReport): four statements whatever the size of the
 * area, plus the area check, side by side on `lanes` connections where the
 * database allows (db/read-lanes.ts).
 */
export async function pointsReport(db: Db, actor: Actor, timezone: string, filter: PointsReportFilter | null | undefined, lanes = 1) {
  const checks = new Checks();
  const period = checkPeriod(checks, filter?.from, filter?.to);
  checks.throwIfAny();
  const today = todayIn(timezone);

  // One snapshot, so the figures agree with each other; its statements side by side where they can be.
  return readInOneSnapshot(db, lanes, async (txs) => {
    const area = await reportArea(txs[0]!, actor, filter);
    const scope = (tx: Tx): ReportScope => ({ tx, area, period, timezone, today });
    const [ledger, households, events, villageRows] = await inLanes(txs, [
      (tx) => ledgerSums(scope(tx)),
      (tx) => redeemers(scope(tx)),
      (tx) => eventsHeld(scope(tx)),
      (tx) => areaVillageRows(tx, area),
    ]);

    // One slice's figures (a village's, a month's), from every statement, on
    // its `base`. Object.assign, not two spreads in one literal: those made
    // each of a district's 684 rows slow to build (7–24 ms against 0.4–0.9 ms).
    const figuresOf = <B extends object>(base: B, get: <T>(figure: Sliced<T>) => T | undefined) => {
      const redeemed = get(households);
      return Object.assign({}, base, get(ledger) ?? noLedgerSums(), {
        exchangeEventsHeld: get(events) ?? 0,
        redeemingHouseholds: redeemed?.households ?? 0,
        redeemingPeople: redeemed?.people ?? 0,
      });
    };
    const seen = [ledger, events, households].flatMap((figure) => [...figure.byMonth.keys()]);

    return {
      townshipId: area.townshipId,
      villageId: area.villageId,
      from: period.from,
      to: period.to,
      ...ledger.total,
      exchangeEventsHeld: events.total,
      redeemingHouseholds: households.total.households,
      redeemingPeople: households.total.people,
      ...shopCoverage(villageRows),
      byVillage: villageRows.map((village) => figuresOf(village, (figure) => figure.byVillage.get(village.villageId))),
      months: monthsOf(period, today, seen).map((month) => figuresOf(month, (figure) => figure.byMonth.get(month.month))),
    };
  });
}
