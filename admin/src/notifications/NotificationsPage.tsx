import { useState } from "react";
import { Box, Button, Card, CardHeader, TablePagination, ToggleButton, ToggleButtonGroup } from "@mui/material";
import { Title, useTranslate } from "react-admin";
import { NotificationItems } from "./NotificationItems";
import { useMarkNotificationsRead, useNotificationList, useUnreadNotificationCount } from "./useNotifications";

const perPageChoices = [20, 50, 100];

/**
 * Every role's notifications, newest first, a page at a time (a department
 * gathers hundreds in a year), all or only the unread: open one to read it
 * and go to its record, or mark all read.
 */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(perPageChoices[0]!);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data } = useNotificationList({ page, perPage, unreadOnly });
  const { data: unreadCount } = useUnreadNotificationCount();
  const markRead = useMarkNotificationsRead();
  return (
    <Card sx={{ mt: 2, maxWidth: 800 }}>
      <Title title="app.notifications.title" />
      <CardHeader
        title={translate("app.notifications.title")}
        action={
          <Button disabled={!unreadCount || markRead.isPending} onClick={() => markRead.mutate(undefined)}>
            {translate("app.notifications.mark_all_read")}
          </Button>
        }
      />
      <Box sx={{ px: 2, pb: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={unreadOnly ? "unread" : "all"}
          onChange={(_, value: string | null) => {
            if (value === null) return;
            setUnreadOnly(value === "unread");
            setPage(1);
          }}
        >
          <ToggleButton value="all">{translate("app.notifications.all")}</ToggleButton>
          <ToggleButton value="unread">{translate("app.notifications.unread_only")}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {data && <NotificationItems items={data.items} />}
      {data && data.total > 0 && (
        <TablePagination
          component="div"
          count={data.total}
          page={page - 1}
          rowsPerPage={perPage}
          rowsPerPageOptions={perPageChoices}
          onPageChange={(_, next) => setPage(next + 1)}
          onRowsPerPageChange={(event) => {
            setPerPage(Number(event.target.value));
            setPage(1);
          }}
          labelRowsPerPage={translate("ra.navigation.page_rows_per_page")}
          labelDisplayedRows={({ from, to, count }) => translate("ra.navigation.page_range_info", { offsetBegin: from, offsetEnd: to, total: count })}
          getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
        />
      )}
    </Card>
  );
};
