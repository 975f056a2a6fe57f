import { graphql } from "../gql";

// The report queries the dashboard and the printable pages read. Monthly
// series the server has no field for are asked as twelve aliased month
// reports (m1 … m12) and the year in one request.

graphql(`
  fragment PointsReportFields on PointsReport {
    pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed
    redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage
  }
`);

graphql(`
  fragment PointsMonthFields on PointsReport { pointsAwarded netRedeemed exchangeEventsHeld }
`);

graphql(`
  fragment CivicRateFields on CivicRate { numerator denominator rate }
`);

graphql(`
  fragment CivicYearFields on CivicReport {
    received overdue byChannel { channel count }
    resolutionRate { ...CivicRateFields } onTimeRate { ...CivicRateFields } followUpRate { ...CivicRateFields }
    satisfactionRate { ...CivicRateFields } reworkRate { ...CivicRateFields }
  }
`);

graphql(`
  fragment CivicMonthFields on CivicReport { received resolutionRate { ...CivicRateFields } }
`);

graphql(`
  fragment DistrictCountFields on DistrictCount { value monthly definition }
`);

graphql(`
  fragment DistrictTallyFields on DistrictTally { value definition }
`);

graphql(`
  fragment DistrictRatioFields on DistrictRatio { numerator denominator rate definition }
`);

graphql(`
  fragment DistrictRateFields on DistrictRate {
    numerator denominator rate definition monthlyNumerator monthlyDenominator monthlyRate
  }
`);

graphql(`
  fragment DistrictReportFields on DistrictReport {
    year townshipId townshipName from to asOf timezone
    shop {
      villages { ...DistrictTallyFields } villagesWithShop { ...DistrictTallyFields } shopCoverage { ...DistrictRatioFields }
      exchangeEvents { ...DistrictCountFields } pointsRedeemed { ...DistrictCountFields }
      redeemingHouseholds { ...DistrictCountFields } redeemingPeople { ...DistrictCountFields }
    }
    volunteer {
      activitiesHeld { ...DistrictCountFields } participations { ...DistrictCountFields } brandsActive { ...DistrictCountFields }
      teams { ...DistrictTallyFields } teamMembers { ...DistrictTallyFields }
    }
    civic {
      received { ...DistrictCountFields }
      byChannel {
        direct { ...DistrictCountFields } lead { ...DistrictCountFields } joint { ...DistrictCountFields }
        supervised { ...DistrictCountFields } unassigned { ...DistrictCountFields }
      }
      resolutionRate { ...DistrictRateFields } satisfactionRate { ...DistrictRateFields }
    }
    households {
      active { ...DistrictTallyFields } general { ...DistrictTallyFields }
      lifted { ...DistrictTallyFields } monitored { ...DistrictTallyFields }
    }
  }
`);

export const PointsReportDocument = graphql(`
  query PointsReport($filter: PointsReportFilter) { result: pointsReport(filter: $filter) { ...PointsReportFields } }
`);

export const PointsRankingDocument = graphql(`
  query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $order: RankingOrder, $limit: Int) {
    result: pointsRanking(villageId: $villageId, from: $from, to: $to, order: $order, limit: $limit) {
      rank householdId householdNumber headName earned
    }
  }
`);

export const DistrictReportDocument = graphql(`
  query DistrictReport($year: Int!, $townshipId: ID) {
    result: districtReport(year: $year, townshipId: $townshipId) { ...DistrictReportFields }
  }
`);

export const PointsByMonthDocument = graphql(`
  query PointsByMonth($y: PointsReportFilter, $m1: PointsReportFilter, $m2: PointsReportFilter, $m3: PointsReportFilter, $m4: PointsReportFilter, $m5: PointsReportFilter, $m6: PointsReportFilter, $m7: PointsReportFilter, $m8: PointsReportFilter, $m9: PointsReportFilter, $m10: PointsReportFilter, $m11: PointsReportFilter, $m12: PointsReportFilter) {
      year: pointsReport(filter: $y) { ...PointsReportFields }
      m1: pointsReport(filter: $m1) { ...PointsMonthFields }
      m2: pointsReport(filter: $m2) { ...PointsMonthFields }
      m3: pointsReport(filter: $m3) { ...PointsMonthFields }
      m4: pointsReport(filter: $m4) { ...PointsMonthFields }
      m5: pointsReport(filter: $m5) { ...PointsMonthFields }
      m6: pointsReport(filter: $m6) { ...PointsMonthFields }
      m7: pointsReport(filter: $m7) { ...PointsMonthFields }
      m8: pointsReport(filter: $m8) { ...PointsMonthFields }
      m9: pointsReport(filter: $m9) { ...PointsMonthFields }
      m10: pointsReport(filter: $m10) { ...PointsMonthFields }
      m11: pointsReport(filter: $m11) { ...PointsMonthFields }
      m12: pointsReport(filter: $m12) { ...PointsMonthFields }
  }
`);

export const CivicByMonthDocument = graphql(`
  query CivicByMonth($y: CivicReportFilter, $m1: CivicReportFilter, $m2: CivicReportFilter, $m3: CivicReportFilter, $m4: CivicReportFilter, $m5: CivicReportFilter, $m6: CivicReportFilter, $m7: CivicReportFilter, $m8: CivicReportFilter, $m9: CivicReportFilter, $m10: CivicReportFilter, $m11: CivicReportFilter, $m12: CivicReportFilter) {
      year: civicReport(filter: $y) { ...CivicYearFields }
      m1: civicReport(filter: $m1) { ...CivicMonthFields }
      m2: civicReport(filter: $m2) { ...CivicMonthFields }
      m3: civicReport(filter: $m3) { ...CivicMonthFields }
      m4: civicReport(filter: $m4) { ...CivicMonthFields }
      m5: civicReport(filter: $m5) { ...CivicMonthFields }
      m6: civicReport(filter: $m6) { ...CivicMonthFields }
      m7: civicReport(filter: $m7) { ...CivicMonthFields }
      m8: civicReport(filter: $m8) { ...CivicMonthFields }
      m9: civicReport(filter: $m9) { ...CivicMonthFields }
      m10: civicReport(filter: $m10) { ...CivicMonthFields }
      m11: civicReport(filter: $m11) { ...CivicMonthFields }
      m12: civicReport(filter: $m12) { ...CivicMonthFields }
  }
`);
