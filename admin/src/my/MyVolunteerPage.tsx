import EventIcon from "@mui/icons-material/Event";
import PlaceIcon from "@mui/icons-material/Place";
import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { Title, useGetList, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { districtToday, formatPoints } from "../common/format";
import { useSessionUser } from "../common/session";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { activityStatusColors } from "../volunteer/enums";
import type { Activity, Participation } from "../volunteer/types";

/** One coming activity of the village: when, where, what it earns. */
const UpcomingCard = ({ activity }: { activity: Activity }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" data-testid={`upcoming-${activity.id}`}>
      <CardActionArea component={Link} to={`/activities/${activity.id}/show`}>
        <CardContent sx={{ p: 1.5, "&:last-child": { pb: 1.5 } }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
            {activity.title}
          </Typography>
          <Stack direction="row" spacing={1.5} sx={{ mt: 0.5, color: "text.secondary", flexWrap: "wrap" }}>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: "center" }}>
              <EventIcon fontSize="inherit" />
              <Typography variant="body2">{activity.date}</Typography>
            </Stack>
            {activity.place && (
              <Stack direction="row" spacing={0.5} sx={{ alignItems: "center" }}>
                <PlaceIcon fontSize="inherit" />
                <Typography variant="body2">{activity.place}</Typography>
              </Stack>
            )}
          </Stack>
          {activity.points !== null && (
            <Chip
              size="small"
              color="success"
              variant="outlined"
              sx={{ mt: 1 }}
              label={translate("app.volunteer.my.earns", { points: formatPoints(activity.points, locale) })}
            />
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** One activity the household took part in, with the points it brought. */
const ParticipationRow = ({ row }: { row: Participation }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { activity } = row;
  const earned = activity.status === "HELD" && activity.points !== null;
  return (
    <Stack
      direction="row"
      sx={{ py: 1, borderBottom: 1, borderColor: "divider", justifyContent: "space-between", alignItems: "center", gap: 1 }}
      data-testid={`participation-${activity.id}`}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body1" sx={{ fontWeight: 500 }} noWrap>
          {activity.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("app.volunteer.my.took_part", { date: activity.date, people: row.people, hours: row.hours.toFixed(1) })}
        </Typography>
      </Box>
      {earned ? (
        <Typography sx={{ fontWeight: 600, color: "success.main", whiteSpace: "nowrap" }}>
          +{formatPoints(activity.points!, locale)}
        </Typography>
      ) : (
        <Chip
          size="small"
          variant="outlined"
          color={activityStatusColors[activity.status]}
          label={translate(activity.status === "PLANNED" ? "app.volunteer.my.awaiting" : `enums.ActivityStatus.${activity.status}`)}
        />
      )}
    </Stack>
  );
};

/**
 * 志愿服务 for a resident, on a phone: what the village has coming up, and
 * what the household took part in with the points each brought.
 */
export const MyVolunteerPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const user = useSessionUser();
  const dataProvider = useCunwuDataProvider();
  const householdId = user?.householdId ?? null;
  const { data: upcoming = [], isPending: upcomingPending } = useGetList<Activity>("activities", {
    filter: { status: "PLANNED", from: districtToday() },
    sort: { field: "date", order: "ASC" },
    pagination: { page: 1, perPage: 20 },
  });
  const { data: mine, isPending: minePending } = useQuery({
    queryKey: ["myParticipations", householdId],
    queryFn: () => dataProvider.activityParticipations({ householdId: householdId! }, 100),
    enabled: householdId !== null,
  });
  const rows = mine?.items ?? [];
  const earned = rows.reduce((sum, r) => sum + (r.activity.status === "HELD" ? (r.activity.points ?? 0) : 0), 0);
  const hours = rows.reduce((sum, r) => sum + (r.activity.status === "HELD" ? r.hours : 0), 0);
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="app.volunteer.my.title" />
      <Box>
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate("app.volunteer.my.upcoming")}
        </Typography>
        {!upcomingPending && upcoming.length === 0 ? (
          <EmptyState message="app.volunteer.my.no_upcoming" />
        ) : (
          <Stack spacing={1}>
            {upcoming.map((activity) => (
              <UpcomingCard key={activity.id} activity={activity} />
            ))}
          </Stack>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate("app.volunteer.my.how_to")}
        </Typography>
      </Box>
      <Box>
        <Typography variant="h6">{translate("app.volunteer.my.mine")}</Typography>
        {rows.length > 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="my-volunteer-summary">
            {translate("app.volunteer.my.summary", {
              smart_count: rows.length,
              hours: hours.toFixed(1),
              points: formatPoints(earned, locale),
            })}
          </Typography>
        )}
        {!minePending && rows.length === 0 ? (
          <EmptyState message="app.volunteer.my.none_yet" />
        ) : (
          rows.map((row) => <ParticipationRow key={row.id} row={row} />)
        )}
      </Box>
    </Stack>
  );
};
