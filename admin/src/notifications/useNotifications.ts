import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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

/** A page of the caller's notifications, newest first (unread ones only when asked); the page shown stays while the next loads. */
export const useNotificationList = ({ page = 1, perPage, unreadOnly = false }: { page?: number; perPage: number; unreadOnly?: boolean }) =>
  useQuery({
    queryKey: ["notifications", "list", { page, perPage, unreadOnly }],
    queryFn: () => run(NotificationsDocument, { page, perPage, unreadOnly }),
    placeholderData: keepPreviousData,
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
