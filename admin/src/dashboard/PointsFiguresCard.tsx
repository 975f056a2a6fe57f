import { Box } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { BarChart } from "../charts/BarChart";
import { chartColors } from "../charts/palette";
import { formatPercent } from "../charts/scale";
import { formatPoints } from "../common/format";
import { monthLabels } from "./monthLabels";
import { monthsOfYear, pointsByMonth, type ReportArea } from "./reports";
import { ReportCard } from "./ReportCard";
import { StatFigure } from "./StatFigure";

/**
 * The points supermarket in the area and year as the server's pointsReport
 * counts it, with points awarded and net redeemed month by month (the
 * report's own monthly series, one request; never summed in the browser).
 * Redeemed is worded as the district report's: 兑换 gross, 退回 refunded,
 * 净兑换 what stayed spent.
 */
export const PointsFiguresCard = ({ year, area }: { year: number; area: ReportArea }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ["pointsByMonth", year, area.townshipId ?? null, area.villageId ?? null],
    queryFn: () => pointsByMonth(year, area),
    retry: false,
  });
  const n = (value: number) => formatPoints(value, locale);
  const t = (key: string, options?: object) => translate(`app.reports.points.${key}`, options);
  const unit = translate("app.common.points_unit");
  const months = query.data ? monthsOfYear(year, query.data.months) : [];
  return (
    <ReportCard
      testId="points-card"
      title={t("title", { year })}
      subheader={t("subtitle")}
      query={query}
      figures={(data) => (
        <>
          <StatFigure id="pointsAwarded" label={t("awarded")} value={n(data.pointsAwarded)} unit={unit} color="success.main" />
          <StatFigure
            id="netRedeemed"
            label={t("net_redeemed")}
            value={n(data.netRedeemed)}
            unit={unit}
            color="primary.main"
            detail={t("net_detail", { redeemed: n(data.pointsRedeemed), refunded: n(data.pointsRefunded) })}
          />
          <StatFigure id="pointsDeducted" label={t("deducted")} value={n(data.pointsDeducted)} unit={unit} />
          <StatFigure id="redeemingHouseholds" label={t("households")} value={n(data.redeemingHouseholds)} unit={translate("app.common.households_unit")} />
          <StatFigure id="redeemingPeople" label={t("people")} value={n(data.redeemingPeople)} unit={t("people_unit")} />
          <StatFigure id="exchangeEventsHeld" label={t("events")} value={n(data.exchangeEventsHeld)} unit={t("events_unit")} />
          {data.villages > 1 && (
            <StatFigure
              id="shopCoverage"
              label={t("coverage")}
              value={formatPercent(data.shopCoverage)}
              detail={t("coverage_detail", { withShop: data.villagesWithShop, villages: data.villages })}
            />
          )}
        </>
      )}
    >
      {() => (
        <Box>
          <BarChart
            testId="points-chart"
            title={t("chart", { year })}
            categories={monthLabels(locale)}
            series={[
              { name: t("awarded"), color: chartColors.awarded, values: months.map((m) => m?.pointsAwarded ?? 0) },
              { name: t("net_redeemed"), color: chartColors.redeemed, values: months.map((m) => m?.netRedeemed ?? 0) },
            ]}
            format={n}
          />
        </Box>
      )}
    </ReportCard>
  );
};
