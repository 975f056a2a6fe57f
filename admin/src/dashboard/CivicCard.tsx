import { Grid, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { BarChart } from "../charts/BarChart";
import { DonutChart } from "../charts/DonutChart";
import { chartColors } from "../charts/palette";
import { formatPercent } from "../charts/scale";
import { formatPoints } from "../common/format";
import { monthLabels } from "./monthLabels";
import { CIVIC_CHANNELS, civicByMonth, monthsOfYear, type CivicRate, type ReportArea } from "./reports";
import { ReportCard } from "./ReportCard";
import { StatFigure } from "./StatFigure";
import { UnitWorkload } from "./UnitWorkload";

const RATES = ["resolutionRate", "onTimeRate", "followUpRate", "satisfactionRate", "reworkRate"] as const;

/**
 * 民事直说 in the area and year as the server's civicReport counts the
 * matters received: each rate with its numerator and denominator, matters
 * received and (of those) resolved per month, and the channel mix.
 */
/** `ownMatters`: a department's card, over the matters it handles rather than an area's. */
export const CivicCard = ({ year, area, ownMatters = false }: { year: number; area: ReportArea; ownMatters?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ["civicByMonth", year, area.townshipId ?? null, area.villageId ?? null],
    queryFn: () => civicByMonth(year, area),
    retry: false,
  });
  const n = (value: number) => formatPoints(value, locale);
  const months = query.data ? monthsOfYear(year, query.data.months) : [];
  const t = (key: string, options?: object) => translate(`app.reports.civic.${key}`, options);
  const rate = (id: string, value: CivicRate) => (
    <StatFigure
      key={id}
      id={id}
      label={t(id)}
      value={value.denominator === 0 ? "—" : formatPercent(value.rate)}
      detail={`${n(value.numerator)}/${n(value.denominator)}`}
    />
  );
  return (
    <ReportCard
      testId="civic-card"
      title={t("title", { year })}
      subheader={t(ownMatters ? "subtitle_department" : "subtitle")}
      query={query}
      figures={(data) => (
        <>
          <StatFigure id="civicReceived" label={t("received")} value={n(data.received)} unit={t("matters_unit")} color="primary.main" />
          <StatFigure id="civicOverdue" label={t("overdue")} value={n(data.overdue)} unit={t("matters_unit")} color={data.overdue > 0 ? "error.main" : undefined} />
          {RATES.map((id) => rate(id, data[id]))}
        </>
      )}
    >
      {(data) => (
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Typography variant="subtitle2" gutterBottom>
              {t("by_month")}
            </Typography>
            <BarChart
              testId="civic-chart"
              title={t("by_month")}
              categories={monthLabels(locale)}
              series={[
                { name: t("received"), color: chartColors.received, values: months.map((m) => m?.received ?? 0) },
                { name: t("resolved"), color: chartColors.resolved, values: months.map((m) => m?.resolutionRate.numerator ?? 0) },
              ]}
              format={n}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="subtitle2" gutterBottom>
              {t("channel_mix")}
            </Typography>
            <DonutChart
              testId="channel-chart"
              title={t("channel_mix")}
              centerLabel={t("matters_unit")}
              format={n}
              slices={[
                ...CIVIC_CHANNELS.map((channel) => ({
                  name: t(`channels.${channel}`),
                  color: chartColors.channels[channel],
                  value: data.byChannel.find((c) => c.channel === channel)?.count ?? 0,
                })),
                {
                  name: t("channels.NONE"),
                  color: chartColors.channels.NONE,
                  value: data.byChannel.find((c) => c.channel === null)?.count ?? 0,
                },
              ]}
            />
          </Grid>
          {/* A department's own card is its own work already. */}
          {!ownMatters && (
            <Grid size={12}>
              <UnitWorkload units={data.departmentWorkload} />
            </Grid>
          )}
        </Grid>
      )}
    </ReportCard>
  );
};
