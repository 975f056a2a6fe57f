import CampaignIcon from "@mui/icons-material/Campaign";
import { Alert, Box, Button, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { PhotoStrip } from "../photos/MatterPhotos";
import type { Attachment, AwardBatch } from "../types";

/** The award's own photos, then its households' (those still on the list). */
const batchPhotos = (batch: AwardBatch): Attachment[] => [
  ...(batch.attachments ?? []),
  ...batch.lines.filter((line) => line.state === "INCLUDED").flatMap((line) => line.attachments ?? []),
];

/** Awards of the village on publicity now, with their photos: a resident may look and object. */
export const MyPublicityCard = () => {
  const translate = useTranslate();
  const dataProvider = useCunwuDataProvider();
  // The newest three with their photos (a page of few: each line's photos count towards the server's cost limit).
  const { data } = useQuery({
    queryKey: ["myPublicity"],
    queryFn: () => dataProvider.awardBatchesWithPhotos({ filter: { status: "ON_PUBLICITY" }, page: 1, perPage: 3, newestFirst: true }),
  });
  const batches = data?.items ?? [];
  const total = data?.total;
  if (!total) return null;
  const withPhotos = batches.filter((batch) => batchPhotos(batch).length > 0);
  return (
    <Alert
      severity="info"
      icon={<CampaignIcon />}
      sx={{ "& .MuiAlert-message": { minWidth: 0, flex: 1 } }}
      action={
        <Button component={Link} to={`/awardBatches?filter=${encodeURIComponent(JSON.stringify({ status: "ON_PUBLICITY" }))}`} size="small">
          {translate("app.my.see_publicity")}
        </Button>
      }
    >
      {translate("app.my.publicity_now", { smart_count: total })}
      {withPhotos.map((batch) => (
        <Box key={batch.id} sx={{ mt: 1 }} data-testid={`my-publicity-${batch.id}`}>
          <Typography variant="caption" component="div">
            {translate("app.photos.publicity.photos_of", { reason: batch.reason })}
          </Typography>
          <PhotoStrip photos={batchPhotos(batch)} size={56} max={5} testId="my-publicity-photos" />
        </Box>
      ))}
    </Alert>
  );
};
