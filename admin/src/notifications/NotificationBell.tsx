import NotificationsIcon from "@mui/icons-material/Notifications";
import { Badge, IconButton, Tooltip } from "@mui/material";
import { Link } from "react-router-dom";
import { useTranslate } from "react-admin";
import { useUnreadNotificationCount } from "./useNotifications";

/** The app bar's bell: the unread count, opening the notifications list. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const { data: count = 0 } = useUnreadNotificationCount();
  const label = translate("app.notifications.bell", { count });
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/notifications" color="inherit" aria-label={label}>
        <Badge badgeContent={count} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
