import SaveIcon from "@mui/icons-material/Save";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { Loading, Title, useGetOne, useTranslate } from "react-admin";
import { HouseholdPicker, type PickedHouseholds } from "../awards/HouseholdPicker";
import { useAction } from "../common/useAction";
import { useVolunteerErrorText } from "../volunteer/errors";
import type { Activity } from "../volunteer/types";
import { participationInput, type ParticipationRows } from "./participation";
import { useActivityDetail } from "./useActivityDetail";
import { isSending, releasePhotos, uploadedIds, type PickedPhoto } from "../photos/pickedPhotos";
import { PhotoPickerControl } from "../photos/PhotoPickerControl";
import { usePhotoLimits } from "../photos/usePhotoLimits";

/**
 * 登记参与: tick the households that took part, then say how many of each
 * came and for how long. Saving replaces the list (the server allows it
 * while the activity is planned); confirming it awards the points.
 */
export const ActivityParticipationPage = () => {
  const { id = "" } = useParams();
  const translate = useTranslate();
  const navigate = useNavigate();
  const errorText = useVolunteerErrorText();
  const { data: activity } = useGetOne<Activity>("activities", { id });
  const { data: detail } = useActivityDetail(activity);
  const [picked, setPicked] = useState<PickedHouseholds>(new Map());
  const [rows, setRows] = useState<ParticipationRows>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Photos of the activity, added to those it has (up to the server's limit in all).
  const limits = usePhotoLimits();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const previews = useRef(photos);
  previews.current = photos;
  useEffect(() => () => releasePhotos(previews.current), []);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.activities.participation.${key}`, args);

  // The list as recorded so far, once.
  useEffect(() => {
    if (!detail || loaded) return;
    setPicked(new Map(detail.participants.map((p) => [p.householdId, { id: p.householdId, number: p.householdNumber, headName: p.headName }])));
    setRows(new Map(detail.participants.map((p) => [p.householdId, { people: String(p.people), hours: String(p.hours) }])));
    setLoaded(true);
  }, [detail, loaded]);

  const save = useAction((dp, params: { activityId: string; participants: ReturnType<typeof participationInput>["participants"]; attachmentIds?: string[] }) => dp.recordParticipation(params), {
    success: "resources.activities.notifications.recorded",
    notifyError: false,
    refresh: false,
    onSuccess: () => navigate(`/activities/${id}/show`),
  });

  if (!activity || !loaded) return <Loading />;
  if (activity.status !== "PLANNED") {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate("app.volunteer.errors.STATUS", { status: translate(`enums.ActivityStatus.${activity.status}`) })}
      </Alert>
    );
  }

  const households = [...picked.values()];
  const rowOf = (householdId: string) => rows.get(householdId) ?? { people: "1", hours: "" };
  const setRow = (householdId: string, change: Partial<{ people: string; hours: string }>) =>
    setRows(new Map(rows).set(householdId, { ...rowOf(householdId), ...change }));
  const { participants, invalid } = participationInput(households, rows);

  const submit = () => {
    setError(null);
    if (invalid.length) {
      setError(t("invalid_rows", { households: invalid.join("、") }));
      return;
    }
    if (isSending(photos)) {
      setError(translate("app.resident.photos.wait"));
      return;
    }
    const attachmentIds = uploadedIds(photos);
    save.mutate(
      { activityId: activity.id, participants, ...(attachmentIds.length ? { attachmentIds } : {}) },
      { onError: (e) => setError(errorText(e, households.map((h) => `${h.number} ${h.headName}`))) },
    );
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 960 }}>
      <Title title={t("title", { title: activity.title })} />
      <Typography variant="h5" sx={{ mb: 0.5 }}>
        {activity.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("intro", { date: activity.date, points: activity.points ?? 0 })}
      </Typography>
      <Stack spacing={2}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 600 }}>
              {t("step_pick")}
            </Typography>
            <HouseholdPicker villageId={activity.villageId} picked={picked} onChange={setPicked} />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ mb: 1, fontWeight: 600 }}>
              {t("step_detail", { smart_count: households.length })}
            </Typography>
            {households.length === 0 ? (
              <Typography color="text.secondary">{t("none_picked")}</Typography>
            ) : (
              <Table size="small" data-testid="participation-rows">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("resources.activities.participants.household")}</TableCell>
                    <TableCell sx={{ width: 140 }}>{translate("resources.activities.participants.people")}</TableCell>
                    <TableCell sx={{ width: 140 }}>{translate("resources.activities.participants.hours")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {households.map((h) => (
                    <TableRow key={h.id} data-testid={`participant-${h.number}`}>
                      <TableCell>
                        {h.number} {h.headName}
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          name={`people-${h.number}`}
                          value={rowOf(h.id).people}
                          onChange={(e) => setRow(h.id, { people: e.target.value })}
                          slotProps={{ htmlInput: { inputMode: "numeric", "aria-label": translate("resources.activities.participants.people") } }}
                        />
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          name={`hours-${h.number}`}
                          value={rowOf(h.id).hours}
                          onChange={(e) => setRow(h.id, { hours: e.target.value })}
                          slotProps={{ htmlInput: { inputMode: "decimal", "aria-label": translate("resources.activities.participants.hours") } }}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <PhotoPickerControl
              photos={photos}
              onChange={setPhotos}
              max={limits ? Math.max(0, limits.perRecord - activity.attachments.length) : undefined}
              testId="activity-photo-picker"
              caption={
                limits &&
                (activity.attachments.length >= limits.perRecord
                  ? translate("app.photos.activity.full", { max: limits.perRecord })
                  : activity.attachments.length > 0
                    ? translate("app.photos.room", { existing: activity.attachments.length, room: limits.perRecord - activity.attachments.length })
                    : undefined)
              }
            />
          </CardContent>
        </Card>
        {error && (
          <Alert severity="error" data-testid="participation-error">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ justifyContent: "flex-end" }}>
          <Button onClick={() => navigate(`/activities/${id}/show`)} disabled={save.isPending}>
            {translate("ra.action.cancel")}
          </Button>
          <Button variant="contained" startIcon={<SaveIcon />} onClick={submit} disabled={save.isPending} data-testid="save-participation">
            {t("save", { smart_count: households.length })}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
};
