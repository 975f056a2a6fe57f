import { graphql } from "../providers/graphqlClient";
import type { PointsReport } from "../providers/actions";

// The report queries the dashboard and the printable pages read. Every
// figure on screen is one the server counted (pointsReport, civicReport,
// districtReport, pointsRanking); the console only lays them out. Monthly
// series the server has no field for are asked as twelve aliased reports,
// one per month, in one request.

/** The area a report covers; left out, the server reports on the caller's own scope. */
export interface ReportArea {
  townshipId?: string | null;
  villageId?: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The twelve months of a year as report periods (district days, inclusive). */
export const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => ({ from: `${year}-${pad(i + 1)}-01`, to: `${year}-${pad(i + 1)}-${pad(lastDay(year, i + 1))}` }));

export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const areaOf = (area: ReportArea) => ({
  ...(area.townshipId ? { townshipId: area.townshipId } : {}),
  ...(area.villageId ? { villageId: area.villageId } : {}),
});

/** One request: the year's report as `year`, each month's as m1 … m12. */
async function yearAndMonths<Y, M>(
  field: "pointsReport" | "civicReport",
  filterType: string,
  yearFields: string,
  monthFields: string,
  year: number,
  area: ReportArea,
): Promise<{ year: Y; months: M[] }> {
  const months = monthsOf(year);
  const variables: Record<string, unknown> = { y: { ...yearPeriod(year), ...areaOf(area) } };
  months.forEach((period, i) => (variables[`m${i + 1}`] = { ...period, ...areaOf(area) }));
  const declarations = ["$y", ...months.map((_, i) => `$m${i + 1}`)].map((v) => `${v}: ${filterType}`).join(", ");
  const selections = months.map((_, i) => `m${i + 1}: ${field}(filter: $m${i + 1}) { ${monthFields} }`).join("\n");
  const data = await graphql<Record<string, unknown>>(
    `query ${field === "pointsReport" ? "PointsByMonth" : "CivicByMonth"}(${declarations}) {
      year: ${field}(filter: $y) { ${yearFields} }
      ${selections}
    }`,
    variables,
  );
  return { year: data.year as Y, months: months.map((_, i) => data[`m${i + 1}`] as M) };
}

export interface PointsMonth {
  pointsAwarded: number;
  netRedeemed: number;
  exchangeEventsHeld: number;
}

export const POINTS_YEAR_FIELDS =
  "pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage";

/** pointsReport for the year and each of its months. */
export const pointsByMonth = (year: number, area: ReportArea) =>
  yearAndMonths<PointsReport, PointsMonth>(
    "pointsReport",
    "PointsReportFilter",
    POINTS_YEAR_FIELDS,
    "pointsAwarded netRedeemed exchangeEventsHeld",
    year,
    area,
  );

export type CivicChannel = "DIRECT" | "LEAD" | "JOINT" | "SUPERVISED";
export const CIVIC_CHANNELS: readonly CivicChannel[] = ["DIRECT", "LEAD", "JOINT", "SUPERVISED"];

export interface CivicRate {
  numerator: number;
  denominator: number;
  rate: number;
}

export interface CivicYear {
  received: number;
  overdue: number;
  byChannel: { channel: CivicChannel | null; count: number }[];
  resolutionRate: CivicRate;
  onTimeRate: CivicRate;
  followUpRate: CivicRate;
  satisfactionRate: CivicRate;
  reworkRate: CivicRate;
}

export interface CivicMonth {
  received: number;
  resolutionRate: CivicRate;
}

const RATE = "{ numerator denominator rate }";
export const CIVIC_YEAR_FIELDS =
  `received overdue byChannel { channel count } resolutionRate ${RATE} onTimeRate ${RATE} followUpRate ${RATE} ` +
  `satisfactionRate ${RATE} reworkRate ${RATE}`;

/** civicReport for the year and each of its months (matters by the month they were received). */
export const civicByMonth = (year: number, area: ReportArea) =>
  yearAndMonths<CivicYear, CivicMonth>("civicReport", "CivicReportFilter", CIVIC_YEAR_FIELDS, `received resolutionRate ${RATE}`, year, area);

// --- districtReport -----------------------------------------------------------------------------

export interface DistrictCount {
  value: number;
  monthly: number[];
  definition: string;
}
export interface DistrictTally {
  value: number;
  definition: string;
}
export interface DistrictRatio {
  numerator: number;
  denominator: number;
  rate: number;
  definition: string;
}
export interface DistrictRate extends DistrictRatio {
  monthlyNumerator: number[];
  monthlyDenominator: number[];
  monthlyRate: number[];
}

export interface DistrictReport {
  year: number;
  townshipId: string | null;
  townshipName: string | null;
  from: string;
  to: string;
  asOf: string;
  timezone: string;
  shop: {
    villages: DistrictTally;
    villagesWithShop: DistrictTally;
    shopCoverage: DistrictRatio;
    exchangeEvents: DistrictCount;
    pointsRedeemed: DistrictCount;
    redeemingHouseholds: DistrictCount;
    redeemingPeople: DistrictCount;
  };
  volunteer: {
    activitiesHeld: DistrictCount;
    participations: DistrictCount;
    brandsActive: DistrictCount;
    teams: DistrictTally;
    teamMembers: DistrictTally;
  };
  civic: {
    received: DistrictCount;
    byChannel: { direct: DistrictCount; lead: DistrictCount; joint: DistrictCount; supervised: DistrictCount; unassigned: DistrictCount };
    resolutionRate: DistrictRate;
    satisfactionRate: DistrictRate;
  };
  households: { active: DistrictTally; general: DistrictTally; lifted: DistrictTally; monitored: DistrictTally };
}

const COUNT = "{ value monthly definition }";
const TALLY = "{ value definition }";
const RATIO = "{ numerator denominator rate definition }";
const DRATE = "{ numerator denominator rate definition monthlyNumerator monthlyDenominator monthlyRate }";

export const DISTRICT_REPORT_FIELDS = `year townshipId townshipName from to asOf timezone
  shop { villages ${TALLY} villagesWithShop ${TALLY} shopCoverage ${RATIO} exchangeEvents ${COUNT} pointsRedeemed ${COUNT}
    redeemingHouseholds ${COUNT} redeemingPeople ${COUNT} }
  volunteer { activitiesHeld ${COUNT} participations ${COUNT} brandsActive ${COUNT} teams ${TALLY} teamMembers ${TALLY} }
  civic { received ${COUNT}
    byChannel { direct ${COUNT} lead ${COUNT} joint ${COUNT} supervised ${COUNT} unassigned ${COUNT} }
    resolutionRate ${DRATE} satisfactionRate ${DRATE} }
  households { active ${TALLY} general ${TALLY} lifted ${TALLY} monitored ${TALLY} }`;

export const districtReport = async (year: number, townshipId?: string | null): Promise<DistrictReport> =>
  (
    await graphql<{ result: DistrictReport }>(
      `query DistrictReport($year: Int!, $townshipId: ID) { result: districtReport(year: $year, townshipId: $townshipId) { ${DISTRICT_REPORT_FIELDS} } }`,
      { year, townshipId: townshipId || null },
    )
  ).result;
