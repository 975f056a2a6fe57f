import type { Translations } from "./shape";
import type { accountsEn } from "./accounts.en";

// 重置密码、批量建村委会账号、首次登录改密码。
export const accountsZhCN = {
  app: {
    reset: "重置密码",
    reset_confirm_title: "重置 %{name} 的密码？",
    reset_confirm: "将以一个临时密码替换当前密码。%{name} 的所有登录都会退出，下次登录时须先设置新密码。",
    temporary_title: "%{name} 的临时密码",
    temporary_once: "临时密码只显示这一次：请现在抄下或打印，当面交给本人。",
    username: "用户名",
    temporary_password: "临时密码",
    committee_create: "建村委会账号",
    committee_confirm_title: "为所选 %{smart_count} 个村建村委会账号？",
    committee_confirm: "所选村中尚无村委会账号的，各建一个账号，用户名为“vc-”加村代码，配临时密码，首次登录须修改。",
    committee_title: "村委会账号",
    committee_intro: "临时密码只显示这一次。请打印本表，把各村的一行交给该村，不留底。",
    village: "行政村",
    outcome: {
      CREATED: "已建",
      HAS_COMMITTEE: "已有村委会账号",
      USERNAME_TAKEN: "用户名已被其他用户使用",
    },
    change_title: "设置新密码",
    change_intro: "您的密码已由管理员重置。请设置自己的新密码（至少 8 位）后继续使用。",
    current_password: "临时密码（当前密码）",
    new_password: "新密码",
    repeat_password: "再次输入新密码",
    passwords_differ: "两次输入的新密码不一致",
    change_submit: "修改密码",
    changed: "密码已修改。",
  },
} satisfies Translations<typeof accountsEn>;
