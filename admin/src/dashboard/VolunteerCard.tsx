import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { BarChart } from "../charts/BarChart";
import { chartColors } from "../charts/palette";
import { formatPoints } from "../common/format";
import { monthLabels } from "./monthLabels";
import { districtReport } from "./reports";
import { ReportCard } from "./ReportCard";
import { StatFigure } from "./StatFigure";

/** 志愿服务 in the district or one township, from the server's districtReport. */
export const VolunteerCard = ({ year, townshipId }: { year: number; townshipId: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ["districtReport", year, townshipId],
    queryFn: () => districtReport(year, townshipId),
    retry: false,
  });
  const n = (value: number) => formatPoints(value, locale);
  const t = (key: string, options?: object) => translate(`app.reports.volunteer.${key}`, options);
  return (
    <ReportCard
      testId="volunteer-card"
      title={t("title", { year })}
      subheader={t("subtitle")}
      query={query}
      figures={({ volunteer: v }) => (
        <>
          <StatFigure id="activitiesHeld" label={t("activities")} value={n(v.activitiesHeld.value)} unit={t("activities_unit")} color="warning.dark" />
          <StatFigure id="participations" label={t("participations")} value={n(v.participations.value)} unit={t("person_times")} />
          <StatFigure id="brandsActive" label={t("brands")} value={n(v.brandsActive.value)} unit={t("brands_unit")} />
          <StatFigure id="teams" label={t("teams")} value={n(v.teams.value)} unit={t("teams_unit")} />
          <StatFigure id="teamMembers" label={t("members")} value={n(v.teamMembers.value)} unit={t("people_unit")} />
        </>
      )}
    >
      {({ volunteer: v }) => (
        <BarChart
          testId="volunteer-chart"
          title={t("chart", { year })}
          categories={monthLabels(locale)}
          series={[{ name: t("activities"), color: chartColors.activities, values: v.activitiesHeld.monthly }]}
          format={n}
          height={160}
        />
      )}
    </ReportCard>
  );
};
