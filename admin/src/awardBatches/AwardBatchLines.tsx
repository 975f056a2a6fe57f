import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useIsSmall } from "../common/useIsSmall";
import type { AwardBatch } from "../types";
import { AwardLineActions } from "./AwardLineActions";
import { PhotoStrip } from "../photos/MatterPhotos";

/** On a phone: one row per household, its points and the objection button on the right. */
const AwardBatchLineCards = ({ batch }: { batch: AwardBatch }) => {
  const translate = useTranslate();
  return (
    <Stack divider={<Box sx={{ borderBottom: 1, borderColor: "divider" }} />}>
      {batch.lines.map((line) => {
        const removed = line.state === "REMOVED";
        return (
          <Stack key={line.id} role="row" direction="row" spacing={1} sx={{ py: 1, alignItems: "center", color: removed ? "text.disabled" : undefined }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body1" sx={{ textDecoration: removed ? "line-through" : undefined }}>
                {line.householdNumber} {line.headName}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {removed
                  ? `${translate("enums.AwardLineState.REMOVED")}${line.removedReason ? `：${line.removedReason}` : ""}`
                  : `+${batch.points} ${translate("app.common.points_unit")}`}
                {line.objectionCount > 0 && ` · ${translate("resources.awardBatches.lines.objectionCount")} ${line.objectionCount}`}
              </Typography>
              <PhotoStrip photos={line.attachments} size={48} max={4} testId={`line-photos-${line.householdNumber}`} />
            </Box>
            <AwardLineActions batch={batch} line={line} />
          </Stack>
        );
      })}
    </Stack>
  );
};

/** The households on the batch, as the publicity notice (公示榜) lists them. */
export const AwardBatchLines = ({ batch }: { batch: AwardBatch }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  if (isSmall) return <AwardBatchLineCards batch={batch} />;
  const t = (field: string) => translate(`resources.awardBatches.lines.${field}`);
  // A column of photos only where some household has them.
  const withPhotos = batch.lines.some((line) => (line.attachments?.length ?? 0) > 0);
  return (
    <Table size="small" aria-label={translate("resources.awardBatches.lines.title")}>
      <TableHead>
        <TableRow>
          <TableCell>{t("householdNumber")}</TableCell>
          <TableCell>{t("headName")}</TableCell>
          <TableCell align="right">{t("points")}</TableCell>
          <TableCell>{t("state")}</TableCell>
          <TableCell align="right">{t("objectionCount")}</TableCell>
          {withPhotos && <TableCell>{translate("app.photos.batch.line_column")}</TableCell>}
          <TableCell className="no-print" />
        </TableRow>
      </TableHead>
      <TableBody>
        {batch.lines.map((line) => {
          const removed = line.state === "REMOVED";
          return (
            <TableRow key={line.id} sx={removed ? { "& td": { color: "text.disabled" } } : undefined}>
              <TableCell>{line.householdNumber}</TableCell>
              <TableCell sx={removed ? { textDecoration: "line-through" } : undefined}>{line.headName}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                {removed ? "—" : `+${batch.points}`}
              </TableCell>
              <TableCell>
                {removed ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate("enums.AwardLineState.REMOVED")}
                    {line.removedReason ? `：${line.removedReason}` : ""}
                  </Typography>
                ) : (
                  translate("enums.AwardLineState.INCLUDED")
                )}
              </TableCell>
              <TableCell align="right">
                {line.objectionCount > 0 ? <Chip size="small" color="warning" label={line.objectionCount} /> : "—"}
              </TableCell>
              {withPhotos && (
                <TableCell sx={{ py: 0.5 }}>
                  <PhotoStrip photos={line.attachments} size={40} max={4} testId={`line-photos-${line.householdNumber}`} />
                </TableCell>
              )}
              <TableCell align="right" className="no-print">
                <AwardLineActions batch={batch} line={line} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
