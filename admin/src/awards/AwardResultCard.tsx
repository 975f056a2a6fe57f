import CampaignIcon from "@mui/icons-material/Campaign";
import { Alert, AlertTitle, Box, Button, Card, CardContent, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { AwardResult } from "../providers/actions";
import type { PickedHouseholds } from "./HouseholdPicker";
import { PhotoStrip } from "../photos/MatterPhotos";
import { PhotoCount } from "../photos/PhotoCount";

/** What the award did: the entries posted, or the batch put on publicity. */
export const AwardResultCard = ({
  result,
  households,
  onAgain,
}: {
  result: AwardResult;
  households: PickedHouseholds;
  onAgain: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const again = (
    <Button variant="contained" onClick={onAgain}>
      {translate("app.award.again")}
    </Button>
  );
  if (result.batch) {
    const batch = result.batch;
    return (
      <Card data-testid="award-result">
        <CardContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            <AlertTitle>{translate("app.award.result_batch_title")}</AlertTitle>
            {translate("app.award.result_batch", {
              households: batch.lines.length,
              date: batch.publicityEndsOn ?? "",
            })}
          </Alert>
          <BatchPhotos batch={batch} />
          <Stack direction="row" spacing={1}>
            <Button component={Link} to={`/awardBatches/${batch.id}/show`} startIcon={<CampaignIcon />}>
              {translate("app.award.open_batch")}
            </Button>
            {again}
          </Stack>
        </CardContent>
      </Card>
    );
  }
  const total = result.entries.reduce((sum, entry) => sum + entry.delta, 0);
  return (
    <Card data-testid="award-result">
      <CardContent>
        <Alert severity="success" sx={{ mb: 2 }}>
          <AlertTitle>{translate("app.award.result_posted_title")}</AlertTitle>
          {translate("app.award.result_posted", { households: result.entries.length, total: formatPoints(total, locale) })}
        </Alert>
        <Table size="small" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.pointEntries.fields.householdId")}</TableCell>
              <TableCell align="right">{translate("resources.pointEntries.fields.delta")}</TableCell>
              <TableCell align="right">{translate("resources.pointEntries.fields.balanceAfter")}</TableCell>
              <TableCell>{translate("app.resident.photos.section")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.entries.map((entry) => {
              const household = households.get(entry.householdId);
              return (
                <TableRow key={entry.id}>
                  <TableCell>
                    <MuiLink component={Link} to={`/households/${entry.householdId}/show`} underline="hover">
                      {household ? `${household.number} ${household.headName}` : `#${entry.householdId}`}
                    </MuiLink>
                  </TableCell>
                  <TableCell align="right" sx={{ color: "success.main", fontWeight: 600 }}>
                    +{formatPoints(entry.delta, locale)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                    {formatPoints(entry.balanceAfter, locale)}
                  </TableCell>
                  <TableCell>
                    <PhotoCount photos={entry.attachments} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {again}
      </CardContent>
    </Card>
  );
};

/** The batch's photos as the award sent them: its own, and how many households have theirs. */
const BatchPhotos = ({ batch }: { batch: NonNullable<AwardResult["batch"]> }) => {
  const translate = useTranslate();
  const lines = batch.lines.filter((line) => line.attachments.length > 0);
  if (batch.attachments.length === 0 && lines.length === 0) return null;
  return (
    <Box sx={{ mb: 2 }} data-testid="award-result-photos">
      <PhotoStrip photos={batch.attachments} size={64} testId="award-result-strip" />
      {lines.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate("app.photos.award.result_lines", {
            households: lines.length,
            photos: lines.reduce((sum, line) => sum + line.attachments.length, 0),
          })}
        </Typography>
      )}
    </Box>
  );
};
