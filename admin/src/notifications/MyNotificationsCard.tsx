import { Button, Card, CardActions, CardHeader } from "@mui/material";
import { Link } from "react-router-dom";
import { useTranslate } from "react-admin";
import { NotificationItems } from "./NotificationItems";
import { useNotificationList } from "./useNotifications";

/** The resident's home: the newest notifications (已办结，请评价 among them), a link to all. */
export const MyNotificationsCard = () => {
  const translate = useTranslate();
  const { data } = useNotificationList({ perPage: 3 });
  if (!data || data.items.length === 0) return null;
  return (
    <Card>
      <CardHeader title={translate("app.notifications.newest")} titleTypographyProps={{ variant: "subtitle1" }} />
      <NotificationItems items={data.items} />
      <CardActions>
        <Button component={Link} to="/notifications" size="small">
          {translate("app.notifications.see_all")}
        </Button>
      </CardActions>
    </Card>
  );
};
