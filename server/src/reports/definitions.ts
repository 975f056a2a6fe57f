import type { ReportArea } from "../auth/report-area";

/**
 * What each figure counts, written once: the GraphQL descriptions of
 * pointsReport's and civicReport's fields and districtReport's `definition`
 * strings are these same sentences, worded for the report's area and period.
 */
export interface Wording {
  /** "in the district", "in the township", "in the village", "in the area" */
  where: string;
  /** "in 2026", "in the period" */
  when: string;
}

/** Wording for schema descriptions, where the area and period are the caller's. */
export const generic: Wording = { where: "in the area", when: "in the period" };

export const wordingOf = (area: ReportArea, year: number): Wording => ({
  where: area.villageId !== null ? "in the village" : area.townshipId !== null ? "in the township" : "in the district",
  when: `in ${year}`,
});

export const define = {
  // --- 积分超市 (ledger entries by deed date; a redemption's, refund's or reversal's is the day it was made) ---
  pointsAwarded: (w: Wording) => `Points of the AWARD entries dated (deed date) ${w.when} ${w.where}`,
  pointsDeducted: (w: Wording) =>
    `Points taken by the DEDUCTION entries dated ${w.when} ${w.where}, as a positive number: what the balances allowed ` +
    "(a deduction larger than its household's balance took the balance to zero; its rule's full points are on the entry, requestedDelta)",
  pointsRedeemed: (w: Wording) =>
    `Points spent by the REDEMPTION entries dated ${w.when} ${w.where} (the day the redemption was made, district time), ` +
    "as a positive number; a redemption cancelled later still counts, its refund counts in pointsRefunded on its own day",
  pointsRefunded: (w: Wording) => `Points given back by the REFUND entries (cancelled redemptions) dated ${w.when} ${w.where}`,
  pointsReversed: (w: Wording) => `Net signed delta of the REVERSAL entries dated ${w.when} ${w.where}: negative when awards were reversed`,
  netRedeemed: (w: Wording) => `pointsRedeemed − pointsRefunded ${w.when} ${w.where}: the points that stayed spent`,
  exchangeEventsHeld: (w: Wording, upTo = "today") =>
    `Exchange events (兑换活动) of shops ${w.where} dated ${w.when} and not after ${upTo}, open or closed, by their date`,
  redeemingHouseholds: (w: Wording) =>
    `Distinct households with a redemption made ${w.when} ${w.where} (district time) and not cancelled; ` +
    "a month counts its own, so months do not add up to the year",
  redeemingPeople: () => "The sum of those households' member counts (as the roll stands now)",
  villages: (w: Wording) => `Administrative villages ${w.where}, as they stand now`,
  villagesWithShop: (w: Wording) => `Villages ${w.where} that run a points supermarket (has_shop), as they stand now`,
  shopCoverage: () => "Villages with a points supermarket / all villages; 0 when there are none",

  // --- 民事直说 (the matters received in the period, district time: a month's are those received in it) ---
  received: (w: Wording) => `Civic matters received ${w.when} (received_at, district time) ${w.where}, any status`,
  byChannel: (w: Wording, channel: string) => `Civic matters received ${w.when} ${w.where} whose channel is now ${channel}`,
  unassigned: (w: Wording) => `Civic matters received ${w.when} ${w.where} with no channel set (yet, or any more)`,
  resolutionRate: (w: Wording) =>
    `办结率: of the matters received ${w.when} ${w.where}, those now RESOLVED or CLOSED / those received minus the REJECTED and MERGED`,
  onTimeRate: () => "按期办结率: RESOLVED or CLOSED on or before their (possibly extended) due date (district day) / RESOLVED + CLOSED",
  followUpRate: () => "回访率: RESOLVED or CLOSED with at least one follow-up / RESOLVED + CLOSED",
  satisfactionRate: (w: Wording) =>
    `满意率: of the matters received ${w.when} ${w.where} with a follow-up that reached the resident, ` +
    "those whose latest such follow-up was SATISFIED or BASICALLY / all of them",
  reworkRate: () => "重办率: matters reopened at least once / matters resolved at least once (RESOLVED, CLOSED or reopened)",
  escalationRate: () => "Matters with an ESCALATED (提级督办) supervision / matters ever assigned",
  supervisionsOverdue: (w: Wording) =>
    `督办 of the matters received ${w.when} ${w.where} still OPEN (not answered by the handling unit, not ended) after their ` +
    "response due date (district today)",
  unitOpen: () => "Open (PENDING or ACCEPTED) assignments of this one on the matters being handled (ASSIGNED or IN_PROGRESS)",
  unitOverdue: () => "Those open assignments past their own due date (district today)",
  unitPartsUnreported: () =>
    "联办 parts this unit left undone: its co-unit (CO_UNIT) assignments on matters now RESOLVED or CLOSED that it never reported — " +
    "never accepted (PENDING, 未签收) or accepted and not reported (ACCEPTED, 未报送); a part it handed back (RETURNED) does not count",
  unitSupervisionsOverdue: () =>
    "Those overdue 督办 (still OPEN after their response due date) of the matters whose open lead assignment (LEAD_UNIT or LEAD_OFFICIAL) " +
    "is this one's: the unit that should have answered",
};
