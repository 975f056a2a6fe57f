import { Button, Card, CardHeader } from "@mui/material";
import { Title, useTranslate } from "react-admin";
import { NotificationItems } from "./NotificationItems";
import { useMarkNotificationsRead, useNotificationList } from "./useNotifications";

/** Every role's notifications, newest first: open one to read it and go to its record, or mark all read. */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const { data } = useNotificationList();
  const markRead = useMarkNotificationsRead();
  const unread = data?.items.some((item) => !item.readAt) ?? false;
  return (
    <Card sx={{ mt: 2, maxWidth: 800 }}>
      <Title title="app.notifications.title" />
      <CardHeader
        title={translate("app.notifications.title")}
        action={
          <Button disabled={!unread || markRead.isPending} onClick={() => markRead.mutate(undefined)}>
            {translate("app.notifications.mark_all_read")}
          </Button>
        }
      />
      {data && <NotificationItems items={data.items} />}
    </Card>
  );
};
