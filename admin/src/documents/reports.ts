import { graphql } from "../gql";

// The report queries the dashboard and the printable pages read. A card's
// year and its months are one report: the year's figures with the server's
// monthly series (`months`), one request per card.

graphql(`
  fragment PointsReportFields on PointsReport {
    pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed
    redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage
  }
`);

graphql(`
  fragment PointsMonthFields on PointsMonth { month pointsAwarded netRedeemed }
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
  fragment CivicMonthFields on CivicMonth { month received resolutionRate { ...CivicRateFields } }
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
      exchangeEvents { ...DistrictCountFields }
      pointsRedeemed { ...DistrictCountFields } pointsRefunded { ...DistrictCountFields } netRedeemed { ...DistrictCountFields }
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
  query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {
    result: pointsRanking(villageId: $villageId, from: $from, to: $to, limit: $limit) {
      villageId from to size rule { zh en }
      red { rank householdId householdNumber headName earned deducted }
      black { rank householdId householdNumber headName earned deducted }
    }
  }
`);

export const DistrictReportDocument = graphql(`
  query DistrictReport($year: Int!, $townshipId: ID) {
    result: districtReport(year: $year, townshipId: $townshipId) { ...DistrictReportFields }
  }
`);

export const PointsByMonthDocument = graphql(`
  query PointsByMonth($filter: PointsReportFilter) {
    result: pointsReport(filter: $filter) { ...PointsReportFields months { ...PointsMonthFields } }
  }
`);

export const CivicByMonthDocument = graphql(`
  query CivicByMonth($filter: CivicReportFilter) {
    result: civicReport(filter: $filter) {
      ...CivicYearFields months { ...CivicMonthFields }
      departmentWorkload { departmentId name open overdue partsUnreported supervisionsOverdue }
    }
  }
`);
