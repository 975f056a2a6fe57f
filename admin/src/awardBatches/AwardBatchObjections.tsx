import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { formatDateTime } from "../common/format";
import type { AwardBatch } from "../types";

/** What residents objected, for the committee and staff (residents see counts only). */
export const AwardBatchObjections = ({ batch }: { batch: AwardBatch }) => {
  const translate = useTranslate();
  if (!batch.objections?.length) return null;
  const lineOf = (lineId: string) => batch.lines.find((line) => line.id === lineId);
  return (
    <>
      <Typography variant="h6" sx={{ mt: 3 }}>
        {translate("resources.awardBatches.objections.title", { smart_count: batch.objections.length })}
      </Typography>
      <List dense>
        {batch.objections.map((objection) => {
          const line = lineOf(objection.lineId);
          return (
            <ListItem key={objection.id} divider>
              <ListItemText
                primary={objection.reason}
                secondary={`${line ? `${line.householdNumber} ${line.headName} · ` : ""}${formatDateTime(objection.createdAt)}`}
              />
            </ListItem>
          );
        })}
      </List>
    </>
  );
};
