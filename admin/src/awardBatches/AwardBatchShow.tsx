import { Alert, Box, Card, CardContent, Divider, Stack, Typography } from "@mui/material";
import { ReferenceField, Show, TextField, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Figure } from "../common/fields";
import { districtToday, formatDateTime, formatDelta, formatPoints } from "../common/format";
import type { AwardBatch } from "../types";
import { AwardBatchActions } from "./AwardBatchActions";
import { AwardBatchLines } from "./AwardBatchLines";
import { AwardBatchObjections } from "./AwardBatchObjections";
import { AwardBatchStatusField } from "./AwardBatchStatusField";
import { allows } from "../common/allowed";
import { includedLines } from "./batchFigures";
import { useIsResident } from "../common/useResidentWords";
import { PhotoStrip } from "../photos/MatterPhotos";

/** Where the batch stands: on publicity until …, ready to post, posted, withdrawn (to a resident without 入账). */
const BatchStatusNote = ({ batch }: { batch: AwardBatch }) => {
  const translate = useTranslate();
  const resident = useIsResident();
  const posted = { time: formatDateTime(batch.postedAt) };
  switch (batch.status) {
    case "ON_PUBLICITY":
      if (resident) {
        // The publicity's end has passed when the date is before today: the committee posts next.
        const over = batch.publicityEndsOn !== null && batch.publicityEndsOn < districtToday();
        return over ? (
          <Alert severity="success">{translate("app.resident.publicity.ready")}</Alert>
        ) : (
          <Alert severity="warning">{translate("app.resident.publicity.until", { date: batch.publicityEndsOn ?? "" })}</Alert>
        );
      }
      return allows(batch, "POST") ? (
        <Alert severity="success">{translate("resources.awardBatches.message.ready_to_post")}</Alert>
      ) : (
        <Alert severity="warning">
          {translate("resources.awardBatches.message.on_publicity_until", { date: batch.publicityEndsOn ?? "" })}
        </Alert>
      );
    case "POSTED":
      return (
        <Alert severity="info">
          {translate(resident ? "app.resident.publicity.posted_at" : "resources.awardBatches.message.posted_at", posted)}
        </Alert>
      );
    case "WITHDRAWN":
      return (
        <Alert severity="error">
          {translate("resources.awardBatches.message.withdrawn_at", {
            time: formatDateTime(batch.withdrawnAt),
            reason: batch.withdrawReason ?? "",
          })}
        </Alert>
      );
    default:
      return null;
  }
};

const AwardBatchDetails = () => {
  const batch = useRecordContext<AwardBatch>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!batch) return null;
  const households = includedLines(batch).length;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
          <Typography variant="overline" color="text.secondary">
            <ReferenceField source="villageId" reference="villages" link={false}>
              <TextField source="name" variant="overline" />
            </ReferenceField>
            {" · "}
            {translate("resources.awardBatches.notice")}
          </Typography>
          <AwardBatchStatusField />
        </Stack>
        <Typography variant="h5" gutterBottom>
          {batch.reason}
        </Typography>
        {batch.note && (
          <Typography color="text.secondary" gutterBottom>
            {batch.note}
          </Typography>
        )}
        <Stack direction="row" useFlexGap spacing={{ xs: 2, sm: 4 }} sx={{ my: 2, flexWrap: "wrap" }}>
          <Figure label={translate("resources.awardBatches.fields.points")} value={formatDelta(batch.points, locale)} color="success.main" />
          <Figure label={translate("resources.awardBatches.fields.householdCount")} value={String(households)} unit={translate("app.common.households_unit")} />
          <Figure label={translate("resources.awardBatches.fields.total")} value={formatPoints(batch.points * households, locale)} unit={translate("app.common.points_unit")} />
          <Figure label={translate("resources.awardBatches.fields.deedDate")} value={batch.deedDate} small />
          {batch.publicityEndsOn && (
            <Figure label={translate("resources.awardBatches.fields.publicityEndsOn")} value={batch.publicityEndsOn} small />
          )}
        </Stack>
        {batch.attachments && batch.attachments.length > 0 && (
          <Box sx={{ mb: 2 }}>
            <Typography variant="subtitle2">{translate("app.photos.batch.title")}</Typography>
            <PhotoStrip photos={batch.attachments} testId="batch-photos" />
          </Box>
        )}
        <BatchStatusNote batch={batch} />
        <Divider sx={{ my: 2 }} />
        <Typography variant="h6" gutterBottom>
          {translate("resources.awardBatches.lines.title")}
        </Typography>
        <Box sx={{ overflowX: "auto" }}>
          <AwardBatchLines batch={batch} />
        </Box>
        <AwardBatchObjections batch={batch} />
      </CardContent>
    </Card>
  );
};

export const AwardBatchShow = () => (
  <Show actions={<AwardBatchActions />} component="div">
    <AwardBatchDetails />
  </Show>
);
