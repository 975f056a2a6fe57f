import { Box, Stack, Typography } from "@mui/material";
import { ReferenceField, TextField, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Figure } from "../common/fields";
import { formatDay, formatPoints } from "../common/format";
import type { Activity } from "../volunteer/types";
import { ActivityStatusField } from "./ActivityStatusField";
import { useActivityDetail } from "./useActivityDetail";
import { PhotoStrip } from "../photos/MatterPhotos";

/** Title, status, village and the figures that matter: points per household, households, people, total. */
export const ActivityHeader = () => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: detail } = useActivityDetail(activity);
  if (!activity) return null;
  const points = activity.points ?? 0;
  const reversed = (detail?.entries ?? []).filter((e) => e.kind === "REVERSAL").reduce((sum, e) => sum - e.delta, 0);
  const t = (key: string) => translate(`resources.activities.figures.${key}`);
  return (
    <Stack spacing={2} sx={{ p: 2, borderBottom: 1, borderColor: "divider" }}>
      <Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
          <Typography variant="h5" component="h2">
            {activity.title}
          </Typography>
          <ActivityStatusField />
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 0.5, color: "text.secondary", flexWrap: "wrap" }}>
          <Typography variant="body2">{activity.date}</Typography>
          {activity.place && <Typography variant="body2">· {activity.place}</Typography>}
          <Typography variant="body2">·</Typography>
          <ReferenceField source="villageId" reference="villages" link={false}>
            <TextField source="name" color="text.secondary" />
          </ReferenceField>
        </Stack>
        {activity.status === "HELD" && activity.confirmedAt && (
          <Typography variant="body2" color="success.main" sx={{ mt: 0.5 }}>
            {translate("resources.activities.message.confirmed_on", { day: formatDay(activity.confirmedAt) })}
          </Typography>
        )}
        {activity.status === "CANCELLED" && activity.cancelReason && (
          <Typography variant="body2" color="error.main" sx={{ mt: 0.5 }} data-testid="activity-cancel-reason">
            {translate("resources.activities.message.cancelled_on", {
              day: activity.cancelledAt ? formatDay(activity.cancelledAt) : "",
              reason: activity.cancelReason,
            })}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 3, rowGap: 1 }}>
        <Figure label={t("points_each")} value={formatPoints(points, locale)} unit={translate("app.common.points_unit")} color="primary.main" />
        <Figure label={t("households")} value={formatPoints(activity.participantCount, locale)} unit={translate("app.common.households_unit")} />
        <Figure label={t("people")} value={formatPoints(activity.people, locale)} unit={t("people_unit")} />
        {activity.status === "CANCELLED" ? (
          // What a cancelled activity's reversals took back (nothing if it was never held).
          reversed > 0 && <Figure label={t("total_reversed")} value={formatPoints(reversed, locale)} unit={translate("app.common.points_unit")} color="error.main" />
        ) : (
          <Figure
            label={activity.status === "HELD" ? t("total_awarded") : t("total_planned")}
            value={formatPoints(points * activity.participantCount, locale)}
            unit={translate("app.common.points_unit")}
          />
        )}
      </Box>
      {activity.attachments.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{translate("app.photos.activity.title")}</Typography>
          <PhotoStrip photos={activity.attachments} testId="activity-photos" />
        </Box>
      )}
    </Stack>
  );
};
