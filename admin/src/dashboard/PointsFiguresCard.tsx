import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { BarChart } from "../charts/BarChart";
import { chartColors } from "../charts/palette";
import { formatPercent } from "../charts/scale";
import { formatPoints } from "../common/format";
import { useErrorText } from "../common/useErrorText";
import { monthLabels } from "./monthLabels";
import { pointsByMonth, type ReportArea } from "./reports";
import { StatFigure } from "./StatFigure";

/**
 * The points supermarket in the area and year as the server's pointsReport
 * counts it, with points awarded and redeemed month by month (twelve monthly
 * reports in one request; never summed from lists in the browser).
 */
export const PointsFiguresCard = ({ year, area }: { year: number; area: ReportArea }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errorText = useErrorText();
  const { data, error, isPending } = useQuery({
    queryKey: ["pointsByMonth", year, area.townshipId ?? null, area.villageId ?? null],
    queryFn: () => pointsByMonth(year, area),
    retry: false,
  });
  const n = (value: number) => formatPoints(value, locale);
  const t = (key: string, options?: object) => translate(`app.reports.points.${key}`, options);
  const unit = translate("app.common.points_unit");
  return (
    <Card data-testid="points-card">
      <CardHeader title={t("title", { year })} subheader={t("subtitle")} />
      {isPending && <LinearProgress />}
      <CardContent>
        {error && <Alert severity="error">{errorText(error)}</Alert>}
        {data && (
          <Stack spacing={3}>
            <Stack direction="row" useFlexGap spacing={{ xs: 2, sm: 4 }} sx={{ flexWrap: "wrap" }}>
              <StatFigure id="pointsAwarded" label={t("awarded")} value={n(data.year.pointsAwarded)} unit={unit} color="success.main" />
              <StatFigure
                id="netRedeemed"
                label={t("redeemed")}
                value={n(data.year.netRedeemed)}
                unit={unit}
                color="primary.main"
                detail={data.year.pointsRefunded > 0 ? t("refunded", { points: n(data.year.pointsRefunded) }) : undefined}
              />
              <StatFigure id="pointsDeducted" label={t("deducted")} value={n(data.year.pointsDeducted)} unit={unit} />
              <StatFigure id="redeemingHouseholds" label={t("households")} value={n(data.year.redeemingHouseholds)} unit={translate("app.common.households_unit")} />
              <StatFigure id="redeemingPeople" label={t("people")} value={n(data.year.redeemingPeople)} unit={t("people_unit")} />
              <StatFigure id="exchangeEventsHeld" label={t("events")} value={n(data.year.exchangeEventsHeld)} unit={t("events_unit")} />
              {data.year.villages > 1 && (
                <StatFigure
                  id="shopCoverage"
                  label={t("coverage")}
                  value={formatPercent(data.year.shopCoverage)}
                  detail={t("coverage_detail", { withShop: data.year.villagesWithShop, villages: data.year.villages })}
                />
              )}
            </Stack>
            <Box>
              <BarChart
                testId="points-chart"
                title={t("chart", { year })}
                categories={monthLabels(locale)}
                series={[
                  { name: t("awarded"), color: chartColors.awarded, values: data.months.map((m) => m.pointsAwarded) },
                  { name: t("redeemed"), color: chartColors.redeemed, values: data.months.map((m) => m.netRedeemed) },
                ]}
                format={n}
              />
            </Box>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
