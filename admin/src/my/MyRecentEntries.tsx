import { Button, Card, CardContent, CardHeader, List, ListItem, ListItemText, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { useGetList, useLocaleState, useTranslate } from "react-admin";
import { entryDays, formatDelta } from "../common/format";
import { useShortfallText } from "../common/fields";
import { useSessionUser } from "../common/session";
import type { PointEntry } from "../types";
import { useEnumWord } from "../common/useResidentWords";
import { PhotoCount } from "../photos/PhotoCount";

/** The last few changes of the resident's balance. */
export const MyRecentEntries = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const shortfall = useShortfallText();
  const user = useSessionUser();
  const { data: entries = [], isPending } = useGetList<PointEntry>(
    "pointEntries",
    { filter: { householdId: user?.householdId }, sort: { field: "id", order: "DESC" }, pagination: { page: 1, perPage: 5 } },
    { enabled: Boolean(user?.householdId) },
  );
  // In the order posted, so the day recorded first; the deed's own day after it where it is another.
  const word = useEnumWord();
  const recentLine = (entry: PointEntry) => {
    const days = entryDays(entry);
    const kind = word("EntryKind", entry.kind);
    const deed = days.differ ? translate("app.passbook.deed_on", { day: days.deed }) : null;
    return [days.recorded, kind, deed, shortfall(entry)].filter(Boolean).join(" · ");
  };
  return (
    <Card>
      <CardHeader
        title={translate("app.my.recent")}
        action={
          <Button component={Link} to="/my/points" size="small">
            {translate("app.my.all_entries")}
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {!isPending && entries.length === 0 && <Typography color="text.secondary">{translate("app.passbook.empty")}</Typography>}
        <List dense disablePadding>
          {entries.map((entry) => (
            <ListItem key={entry.id} divider disableGutters secondaryAction={
              <Typography sx={{ fontWeight: 600, color: entry.delta > 0 ? "success.main" : "error.main", fontVariantNumeric: "tabular-nums" }}>
                {formatDelta(entry.delta, locale)}
              </Typography>
            }>
              <ListItemText
                primary={
                  <>
                    {entry.reason} <PhotoCount photos={entry.attachments} />
                  </>
                }
                secondary={recentLine(entry)}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
