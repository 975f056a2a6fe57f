import { Box, List, ListItemButton, ListItemText, Typography } from "@mui/material";
import { useNavigate } from "react-router-dom";
import { useTranslate } from "react-admin";
import { formatDateTime } from "../common/format";
import type { NotificationsQuery } from "../gql/graphql";
import { useMarkNotificationsRead } from "./useNotifications";

type Item = NotificationsQuery["result"]["items"][number];

/** Notifications as a list: unread in bold; a click marks it read and opens its record. */
export const NotificationItems = ({ items }: { items: Item[] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const markRead = useMarkNotificationsRead();
  if (items.length === 0) return <Typography sx={{ p: 2 }} color="text.secondary">{translate("app.notifications.empty")}</Typography>;
  return (
    <List disablePadding>
      {items.map((item) => (
        <ListItemButton
          key={item.id}
          divider
          onClick={() => {
            if (!item.readAt) markRead.mutate([item.id]);
            if (item.link) navigate(item.link);
          }}
        >
          <ListItemText
            primary={
              <Box component="span" sx={{ display: "flex", gap: 1, alignItems: "baseline", fontWeight: item.readAt ? 400 : 700 }}>
                {!item.readAt && <Box component="span" aria-label={translate("app.notifications.unread")} sx={{ width: 8, height: 8, borderRadius: "50%", bgcolor: "error.main", flex: "none" }} />}
                {item.title}
              </Box>
            }
            secondary={
              <>
                <Box component="span" sx={{ display: "block" }}>{item.body}</Box>
                <Box component="span" sx={{ display: "block" }}>{formatDateTime(item.createdAt)}</Box>
              </>
            }
          />
        </ListItemButton>
      ))}
    </List>
  );
};
