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
// counted (pointsReport, civicReport, districtReport, pointsRanking), monthly
// series included (`months`); the console only lays them out.

export { CIVIC_CHANNELS } from "../civicMatters/civicEnums";

/** The area a report covers; left out, the server reports on the caller's own scope. */
export interface ReportArea {
  townshipId?: string | null;
  villageId?: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const areaOf = (area: ReportArea) => ({
  ...(area.townshipId ? { townshipId: area.townshipId } : {}),
  ...(area.villageId ? { villageId: area.villageId } : {}),
});

/** A year's twelve months in order, from the server's series by "YYYY-MM" (null for a month it does not state). */
export const monthsOfYear = <M extends { month: string }>(year: number, series: readonly M[]): (M | null)[] =>
  Array.from({ length: 12 }, (_, i) => series.find((m) => m.month === `${year}-${pad(i + 1)}`) ?? null);

export type PointsYear = PointsByMonthQuery["result"];

/** pointsReport for the year, with its months (the server's series). */
export const pointsByMonth = async (year: number, area: ReportArea): Promise<PointsYear> =>
  (await execute(PointsByMonthDocument, { filter: { ...yearPeriod(year), ...areaOf(area) } })).result;

export type CivicRate = CivicRateFieldsFragment;
export type CivicYear = CivicByMonthQuery["result"];

/** civicReport for the year, with its months (matters by the month they were received). */
export const civicByMonth = async (year: number, area: ReportArea): Promise<CivicYear> =>
  (await execute(CivicByMonthDocument, { filter: { ...yearPeriod(year), ...areaOf(area) } })).result;

// --- districtReport -----------------------------------------------------------------------------

export type DistrictCount = DistrictCountFieldsFragment;
export type DistrictTally = DistrictTallyFieldsFragment;
export type DistrictRatio = DistrictRatioFieldsFragment;
export type DistrictRate = DistrictRateFieldsFragment;
export type DistrictReport = DistrictReportFieldsFragment;

export const districtReport = async (year: number, townshipId?: string | null): Promise<DistrictReport> =>
  (await execute(DistrictReportDocument, { year, townshipId: townshipId || null })).result;
