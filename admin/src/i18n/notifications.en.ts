import type { Translations } from "./shape";

// The bell, the notifications list and the resident's newest on the home page.
// Titles and bodies come from the server as written (in Chinese).
export const notificationsEn = {
  title: "Notifications",
  bell: "Notifications (%{count} unread)",
  empty: "No notifications yet.",
  all: "All",
  unread_only: "Unread only",
  unread: "Unread",
  mark_all_read: "Mark all read",
  marked: "Marked as read",
  open: "Open",
  see_all: "All notifications",
  newest: "Latest notifications",
} as const;

export type NotificationMessages = Translations<typeof notificationsEn>;
