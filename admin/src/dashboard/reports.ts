import { CivicByMonthDocument, DistrictReportDocument, PointsByMonthDocument } from "../documents/reports";
import type {
  CivicByMonthQuery,
  CivicRateFieldsFragment,
  DistrictCountFieldsFragment,
  DistrictRateFieldsFragment,
  DistrictRatioFieldsFragment,
  DistrictReportFieldsFragment,
  DistrictTallyFieldsFragment,
  PointsByMonthQuery,
} from "../gql/graphql";
import { execute } from "../providers/graphqlClient";

// The report queries the dashboard and the printable pages read
// (src/documents/reports.ts). Every figure on screen is one the server
// counted (pointsReport, civicReport, districtReport, pointsRanking); the
// console only lays them out. Monthly series the server has no field for are
// asked as twelve aliased reports, one per month, in one request.

export { CIVIC_CHANNELS } from "../civicMatters/civicEnums";

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

type MonthKey = `m${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;
const monthKeys = monthsOf(2000).map((_, i) => `m${i + 1}` as MonthKey);

/** The variables of a year-and-months document: the year as `y`, each month as m1 … m12. */
const yearAndMonthVariables = (year: number, area: ReportArea) => {
  const months = monthsOf(year);
  type Filter = { from: string; to: string; townshipId?: string; villageId?: string };
  const variables = { y: { ...yearPeriod(year), ...areaOf(area) } } as { y: Filter } & Record<MonthKey, Filter>;
  monthKeys.forEach((key, i) => (variables[key] = { ...months[i]!, ...areaOf(area) }));
  return variables;
};

/** The answer as the year's report and the months' in order. */
const yearAndMonths = <Y, M>(data: { year: Y } & Record<MonthKey, M>) => ({
  year: data.year,
  months: monthKeys.map((key) => data[key]),
});

export type PointsMonth = PointsByMonthQuery["m1"];

/** pointsReport for the year and each of its months. */
export const pointsByMonth = async (year: number, area: ReportArea) =>
  yearAndMonths(await execute(PointsByMonthDocument, yearAndMonthVariables(year, area)));

export type CivicRate = CivicRateFieldsFragment;
export type CivicYear = CivicByMonthQuery["year"];
export type CivicMonth = CivicByMonthQuery["m1"];

/** civicReport for the year and each of its months (matters by the month they were received). */
export const civicByMonth = async (year: number, area: ReportArea) =>
  yearAndMonths(await execute(CivicByMonthDocument, yearAndMonthVariables(year, area)));

// --- districtReport -----------------------------------------------------------------------------

export type DistrictCount = DistrictCountFieldsFragment;
export type DistrictTally = DistrictTallyFieldsFragment;
export type DistrictRatio = DistrictRatioFieldsFragment;
export type DistrictRate = DistrictRateFieldsFragment;
export type DistrictReport = DistrictReportFieldsFragment;

export const districtReport = async (year: number, townshipId?: string | null): Promise<DistrictReport> =>
  (await execute(DistrictReportDocument, { year, townshipId: townshipId || null })).result;
