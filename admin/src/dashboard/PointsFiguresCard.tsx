import { Card, CardContent, CardHeader, Grid, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { Figure } from "../common/fields";
import { districtToday, formatPoints } from "../common/format";
import { useSessionUser } from "../common/session";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";

/**
 * This year's points supermarket in the user's area, as the server's
 * pointsReport counts it (never summed from lists in the browser). Hidden
 * for roles the report does not serve, or while it cannot be read.
 */
export const PointsFiguresCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const user = useSessionUser();
  const dataProvider = useCunwuDataProvider();
  const year = districtToday().slice(0, 4);
  const served = user && user.role !== "RESIDENT" && user.role !== "DEPARTMENT_STAFF";
  const { data: report } = useQuery({
    queryKey: ["pointsReport", year, user?.role],
    queryFn: () => dataProvider.pointsReport({ from: `${year}-01-01`, to: `${year}-12-31` }),
    enabled: Boolean(served),
    retry: false,
  });
  if (!report) return null;
  const n = (value: number) => formatPoints(value, locale);
  const t = (key: string) => translate(`app.dashboard.figures.${key}`);
  const figures = [
    { label: t("awarded"), value: n(report.pointsAwarded), unit: translate("app.common.points_unit"), color: "success.main" },
    { label: t("redeemed"), value: n(report.netRedeemed), unit: translate("app.common.points_unit"), color: "primary.main" },
    { label: t("households"), value: n(report.redeemingHouseholds), unit: translate("app.common.households_unit") },
    { label: t("people"), value: n(report.redeemingPeople), unit: t("people_unit") },
    { label: t("events"), value: n(report.exchangeEventsHeld), unit: t("events_unit") },
    ...(report.villages > 1
      ? [{ label: t("coverage"), value: `${report.villagesWithShop}/${report.villages}`, unit: t("villages_unit") }]
      : []),
  ];
  return (
    <Card>
      <CardHeader title={translate("app.dashboard.figures.title", { year })} subheader={t("subtitle")} />
      <CardContent>
        <Grid container spacing={3}>
          {figures.map((figure) => (
            <Grid key={figure.label} size={{ xs: 6, sm: 4, md: 2 }}>
              <Figure {...figure} />
            </Grid>
          ))}
        </Grid>
        {report.pointsDeducted > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate("app.dashboard.figures.deducted", { points: n(report.pointsDeducted) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
