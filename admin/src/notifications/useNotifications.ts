import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from "../documents/notifications";
import { run } from "../providers/run";

const minute = 60_000;

/** The caller's unread count: refreshed when the window regains focus and every minute. */
export const useUnreadNotificationCount = () =>
  useQuery({
    queryKey: ["notifications", "unread"],
    queryFn: () => run(UnreadNotificationCountDocument, {}),
    refetchInterval: minute,
    refetchOnWindowFocus: true,
  });

/** The caller's newest notifications (a page of them). */
export const useNotificationList = (perPage = 50) =>
  useQuery({
    queryKey: ["notifications", "list", perPage],
    queryFn: () => run(NotificationsDocument, { page: 1, perPage }),
    refetchInterval: minute,
    refetchOnWindowFocus: true,
  });

/** Marks these (or, without ids, all) of the caller's notifications read, then refreshes the bell and the lists. */
export const useMarkNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => run(MarkNotificationsReadDocument, { ids: ids ?? null }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
};
