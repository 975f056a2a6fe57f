import { Box, List as MuiList, ListItem, Stack, Typography } from "@mui/material";
import { RecordContextProvider, ReferenceField, useListContext, useLocaleState, useTranslate } from "react-admin";
import { DeltaField } from "../common/fields";
import { formatPoints } from "../common/format";
import type { PointEntry } from "../types";
import { EntryKindField } from "./EntryKindField";
import { PhotoCount } from "../photos/PhotoCount";
import { ReversePointEntryButton } from "./ReversePointEntryButton";

/**
 * Point entries on a phone: one card a line, what happened and its points
 * first, then the deed's day, the kind and the balance after (a table would
 * squeeze or overflow at 360–390 px). The same fields as PointEntryGrid.
 */
export const PointEntryCards = ({ showHousehold = false }: { showHousehold?: boolean }) => {
  const { data, isPending } = useListContext<PointEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (isPending) return null;
  if (!data?.length) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {translate("ra.navigation.no_results")}
      </Typography>
    );
  }
  return (
    <MuiList disablePadding data-testid="point-entry-cards">
      {data.map((entry) => (
        <RecordContextProvider key={entry.id} value={entry}>
          <ListItem divider sx={{ display: "block", py: 1.25 }} data-testid="point-entry-card">
            <Stack direction="row" spacing={1} sx={{ justifyContent: "space-between", alignItems: "flex-start" }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {entry.reason} <PhotoCount photos={entry.attachments} />
              </Typography>
              <DeltaField source="delta" requestedSource="requestedDelta" />
            </Stack>
            <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, alignItems: "center", flexWrap: "wrap" }}>
              <EntryKindField />
              <Typography variant="caption" color="text.secondary">
                {translate("resources.pointEntries.fields.deedDate")} {entry.deedDate}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {translate("resources.pointEntries.fields.balanceAfter")} {formatPoints(entry.balanceAfter, locale)}
              </Typography>
              {showHousehold && (
                <Typography variant="caption" color="text.secondary" component="span">
                  <ReferenceField source="householdId" reference="households" link="show" />
                </Typography>
              )}
              <Box sx={{ ml: "auto" }}>
                <ReversePointEntryButton />
              </Box>
            </Stack>
          </ListItem>
        </RecordContextProvider>
      ))}
    </MuiList>
  );
};
