import type { NotificationMessages } from "./notifications.en";

// 铃铛、通知列表、村民首页的最新通知。标题和内容由服务器写好（中文），照原样显示。
export const notificationsZhCN = {
  title: "通知",
  bell: "通知（%{count} 条未读）",
  empty: "暂无通知。",
  all: "全部",
  unread_only: "只看未读",
  unread: "未读",
  mark_all_read: "全部标为已读",
  marked: "已标为已读",
  open: "查看",
  see_all: "全部通知",
  newest: "最新通知",
} satisfies NotificationMessages;
