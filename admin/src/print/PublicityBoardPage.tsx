import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useGetOne, useLocaleState, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { districtToday, formatPoints } from "../common/format";
import type { Attachment, Village } from "../types";
import { usePublicityBatches } from "./usePublicityBatches";
import { PrintSheet } from "./PrintSheet";
import { useVillageParam } from "./useVillageParam";
import { VillagePicker } from "./VillagePicker";

/**
 * 公示榜: a village's awards on publicity now, one block per batch with its
 * households and points, the deed date and the last day to object — to
 * print and post on the village's notice board.
 */
export const PublicityBoardPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { villageId, choosesVillage, setVillage } = useVillageParam();
  const t = (key: string, options?: object) => translate(`app.print.publicity.${key}`, options);
  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: Boolean(villageId) });
  const { data: batches, isPending } = usePublicityBatches(villageId);
  const title = village ? t("title", { village: village.name }) : t("title_plain");
  return (
    <PrintSheet
      testId="publicity-board"
      title={title}
      subtitle={village ? (village.publicityDays > 0 ? t("subtitle", { days: village.publicityDays }) : t("subtitle_off")) : undefined}
      loading={Boolean(villageId) && isPending}
      controls={choosesVillage ? <VillagePicker villageId={villageId} onChange={setVillage} /> : undefined}
    >
      {!villageId && <EmptyState message="app.print.choose_village" />}
      {villageId && batches?.length === 0 && <EmptyState message="app.print.publicity.empty" />}
      {batches?.map((batch, index) => {
        const lines = batch.lines.filter((line) => line.state === "INCLUDED");
        // One small photo per line where some line has one.
        const withPhotos = lines.some((line) => line.attachments.length > 0);
        return (
          <Box key={batch.id} component="section" sx={{ mb: 3, breakInside: "avoid" }} data-testid={`publicity-batch-${batch.id}`}>
            <Typography variant="h6" component="h2">
              {index + 1}. {batch.reason}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t("batch_line", {
                points: formatPoints(batch.points, locale),
                households: lines.length,
                total: formatPoints(batch.points * lines.length, locale),
                deedDate: batch.deedDate,
              })}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }} data-testid={`publicity-deadline-${batch.id}`}>
              {t("deadline", { date: batch.publicityEndsOn ?? "" })}
            </Typography>
            {batch.attachments.length > 0 && (
              <Box sx={{ display: "flex", gap: 1, mb: 1 }} data-testid={`publicity-photos-${batch.id}`}>
                {batch.attachments.slice(0, 3).map((photo) => (
                  <BoardPhoto key={photo.id} photo={photo} size={96} />
                ))}
              </Box>
            )}
            <Table size="small">
              <TableHead>
                <TableRow sx={{ "& th": { whiteSpace: "nowrap" } }}>
                  <TableCell sx={{ width: 56 }}>{t("columns.index")}</TableCell>
                  <TableCell>{t("columns.number")}</TableCell>
                  <TableCell>{t("columns.head")}</TableCell>
                  <TableCell align="right">{t("columns.points")}</TableCell>
                  {withPhotos && <TableCell sx={{ width: 64 }}>{translate("app.photos.section")}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((line, i) => (
                  <TableRow key={line.id}>
                    <TableCell>{i + 1}</TableCell>
                    <TableCell>{line.householdNumber}</TableCell>
                    <TableCell>{line.headName}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                      {formatPoints(batch.points, locale)}
                    </TableCell>
                    {withPhotos && <TableCell sx={{ py: 0.25 }}>{line.attachments[0] && <BoardPhoto photo={line.attachments[0]} size={48} />}</TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      })}
      {batches && batches.length > 0 && (
        <Typography variant="body2" sx={{ mt: 2 }}>
          {t("how_to_object", { village: village?.name ?? "" })}
        </Typography>
      )}
      {village && batches && batches.length > 0 && <CommitteeSignOff villageName={village.name} />}
    </PrintSheet>
  );
};

/**
 * A photo as paper takes it: the thumbnail, loaded at once (a lazy image
 * outside the screen would print empty; the print button waits for them).
 */
const BoardPhoto = ({ photo, size }: { photo: Attachment; size: number }) => (
  <Box
    component="img"
    src={photo.thumbnailUrl}
    alt=""
    loading="eager"
    data-testid="board-photo"
    sx={{ width: size, height: size, objectFit: "cover", display: "block", borderRadius: 0.5, printColorAdjust: "exact" }}
  />
);

/** The foot of a posted notice: the day it went up, the committee's seal and signature, and a telephone to ask. */
const CommitteeSignOff = ({ villageName }: { villageName: string }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.print.publicity.${key}`, options);
  const line = { display: "inline-block", minWidth: 160, borderBottom: 1, borderColor: "text.primary", ml: 1 } as const;
  return (
    <Box sx={{ mt: 4, display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: 4, breakInside: "avoid" }} data-testid="publicity-sign-off">
      <Box>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t("signature")}
          <Box component="span" sx={line} />
        </Typography>
        <Typography variant="body2">
          {t("contact")}
          <Box component="span" sx={line} />
        </Typography>
      </Box>
      <Box sx={{ textAlign: "center" }}>
        <Box sx={{ width: 120, height: 120, border: 1, borderStyle: "dashed", borderColor: "text.secondary", borderRadius: "50%", mx: "auto", mb: 1 }} />
        <Typography variant="body2">{t("seal", { village: villageName })}</Typography>
        <Typography variant="body2">{t("posted_on", { date: districtToday() })}</Typography>
      </Box>
    </Box>
  );
};
