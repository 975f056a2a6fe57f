import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPercent, formatRatio } from "../charts/scale";
import { formatPoints, timeZoneLabel } from "../common/format";
import { useSessionUser } from "../common/session";
import { useErrorText } from "../common/useErrorText";
import { monthLabels } from "../dashboard/monthLabels";
import { TownshipPicker, YearPicker } from "../dashboard/ReportPickers";
import {
  districtReport,
  type DistrictCount,
  type DistrictRate,
  type DistrictRatio,
  type DistrictReport,
  type DistrictTally,
} from "../dashboard/reports";
import { useReportParams } from "../dashboard/useReportParams";
import { PrintSheet } from "./PrintSheet";

type Figure =
  | { kind: "count"; value: DistrictCount }
  | { kind: "tally"; value: DistrictTally }
  | { kind: "ratio"; value: DistrictRatio }
  | { kind: "rate"; value: DistrictRate };

interface Row {
  /** translation key under app.print.district.figures / .definitions */
  key: string;
  figure: Figure;
}

const count = (key: string, value: DistrictCount): Row => ({ key, figure: { kind: "count", value } });
const tally = (key: string, value: DistrictTally): Row => ({ key, figure: { kind: "tally", value } });
const ratio = (key: string, value: DistrictRatio): Row => ({ key, figure: { kind: "ratio", value } });
const rate = (key: string, value: DistrictRate): Row => ({ key, figure: { kind: "rate", value } });

/** The report's figures in the order its printed form states them, section by section. */
export const sectionsOf = (report: DistrictReport): { key: string; rows: Row[] }[] => [
  {
    key: "shop",
    rows: [
      tally("villages", report.shop.villages),
      tally("villagesWithShop", report.shop.villagesWithShop),
      ratio("shopCoverage", report.shop.shopCoverage),
      count("exchangeEvents", report.shop.exchangeEvents),
      // Gross, refunded and net, worded as the dashboard's points card words them.
      count("pointsRedeemed", report.shop.pointsRedeemed),
      count("pointsRefunded", report.shop.pointsRefunded),
      count("netRedeemed", report.shop.netRedeemed),
      count("redeemingHouseholds", report.shop.redeemingHouseholds),
      count("redeemingPeople", report.shop.redeemingPeople),
    ],
  },
  {
    key: "volunteer",
    rows: [
      count("activitiesHeld", report.volunteer.activitiesHeld),
      count("participations", report.volunteer.participations),
      count("brandsActive", report.volunteer.brandsActive),
      tally("teams", report.volunteer.teams),
      tally("teamMembers", report.volunteer.teamMembers),
    ],
  },
  {
    key: "civic",
    rows: [
      count("received", report.civic.received),
      count("direct", report.civic.byChannel.direct),
      count("lead", report.civic.byChannel.lead),
      count("joint", report.civic.byChannel.joint),
      count("supervised", report.civic.byChannel.supervised),
      count("unassigned", report.civic.byChannel.unassigned),
      rate("resolutionRate", report.civic.resolutionRate),
      rate("satisfactionRate", report.civic.satisfactionRate),
    ],
  },
  {
    key: "households",
    rows: [
      tally("active", report.households.active),
      tally("general", report.households.general),
      tally("lifted", report.households.lifted),
      tally("monitored", report.households.monitored),
    ],
  },
];

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

/**
 * The district's (or a township's) yearly figures as its annual report
 * states them, from the server's districtReport: each figure with its value,
 * its definition, and its twelve months where it has them.
 */
export const DistrictFiguresPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errorText = useErrorText();
  const user = useSessionUser();
  const { year, townshipId, setYear, setTownship } = useReportParams();
  const districtWide = user?.role === "DISTRICT_ADMIN" || user?.role === "DISTRICT_STAFF";
  const { data: report, error, isPending } = useQuery({
    queryKey: ["districtReport", year, districtWide ? townshipId : null],
    queryFn: () => districtReport(year, districtWide ? townshipId : null),
    retry: false,
  });
  const t = (key: string, options?: object) => translate(`app.print.district.${key}`, options);
  const n = (value: number) => formatPoints(value, locale);
  const where = report?.townshipName ?? t("district");
  // The server states definitions in English; the console words them in Chinese, the same rule.
  const definition = (row: Row) =>
    locale === "en" ? row.figure.value.definition : t(`definitions.${row.key}`, { where: report?.townshipId ? t("in_township") : t("in_district"), year });
  const valueText = (row: Row) => {
    const f = row.figure;
    if (f.kind === "ratio" || f.kind === "rate") return formatRatio(f.value.numerator, f.value.denominator, f.value.rate);
    return n(f.value.value);
  };
  const months = monthLabels(locale);
  // Months after the report's today have not happened: a dash, not a zero.
  const future = (i: number) => (report ? `${report.year}-${String(i + 1).padStart(2, "0")}` > report.asOf.slice(0, 7) : false);
  return (
    <PrintSheet
      testId="district-figures"
      title={t("title", { where, year })}
      subtitle={report ? t("subtitle", { from: report.from, to: report.to, asOf: report.asOf }) : undefined}
      loading={isPending}
      controls={
        <>
          {districtWide && <TownshipPicker townshipId={townshipId} onChange={setTownship} />}
          <YearPicker year={year} onChange={setYear} />
        </>
      }
    >
      {error && <Alert severity="error">{errorText(error)}</Alert>}
      {report &&
        sectionsOf(report).map((section) => {
          const monthly = section.rows.filter((row) => row.figure.kind === "count" || row.figure.kind === "rate");
          return (
            <Box key={section.key} component="section" sx={{ mb: 3 }} data-testid={`district-section-${section.key}`}>
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                {t(`sections.${section.key}`)}
              </Typography>
              <Table size="small" className="district-figures">
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: "22%" }}>{t("columns.figure")}</TableCell>
                    <TableCell align="right" sx={{ width: "18%" }}>
                      {t("columns.value", { year })}
                    </TableCell>
                    <TableCell>{t("columns.definition")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {section.rows.map((row) => (
                    <TableRow key={row.key} data-testid={`district-row-${row.key}`}>
                      <TableCell sx={{ fontWeight: 500 }}>{t(`figures.${row.key}`)}</TableCell>
                      <TableCell align="right" sx={{ ...numeric, fontWeight: 600 }} data-testid={`district-value-${row.key}`}>
                        {valueText(row)}
                      </TableCell>
                      <TableCell sx={{ color: "text.secondary", fontSize: "0.8rem" }}>{definition(row)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {monthly.length > 0 && (
                <Box sx={{ overflowX: "auto", mt: 1.5 }}>
                  <Table size="small" className="district-monthly" sx={{ "& td, & th": { px: 0.75, fontSize: "0.78rem" } }}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t("columns.by_month")}</TableCell>
                        {months.map((m) => (
                          <TableCell key={m} align="right">
                            {m}
                          </TableCell>
                        ))}
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {monthly.map((row) => (
                        <TableRow key={row.key}>
                          <TableCell sx={{ whiteSpace: "nowrap" }}>{t(`figures.${row.key}`)}</TableCell>
                          {row.figure.kind === "count" &&
                            row.figure.value.monthly.map((value, i) => (
                              <TableCell key={i} align="right" sx={numeric}>
                                {future(i) ? "—" : n(value)}
                              </TableCell>
                            ))}
                          {row.figure.kind === "rate" &&
                            row.figure.value.monthlyRate.map((value, i) => {
                              const f = row.figure.value as DistrictRate;
                              return (
                                <TableCell key={i} align="right" sx={numeric} title={`${f.monthlyNumerator[i]}/${f.monthlyDenominator[i]}`}>
                                  {future(i) || f.monthlyDenominator[i] === 0 ? "—" : formatPercent(value)}
                                </TableCell>
                              );
                            })}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Box>
          );
        })}
      {report && (
        <Typography variant="body2" color="text.secondary">
          {t("footnote", { timezone: timeZoneLabel(report.timezone, translate) })}
        </Typography>
      )}
    </PrintSheet>
  );
};
