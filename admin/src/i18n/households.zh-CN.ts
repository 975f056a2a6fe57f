import type { HouseholdsMessages } from "./households.en";

// 农户。Words follow DESIGN.md's glossary.
export const householdsZhCN = {
  enums: {
    HouseholdCategory: {
      GENERAL: "一般户",
      LIFTED: "脱贫户",
      MONITORED: "监测户",
    },
    HouseholdStatus: {
      ACTIVE: "在册",
      MOVED: "已迁出",
      ARCHIVED: "已归档",
    },
  },
  resources: {
    households: {
      name: "农户 |||| 农户",
      fields: {
        id: "编号",
        q: "搜索",
        townshipId: "乡镇",
        villageId: "行政村",
        number: "户号",
        headName: "户主姓名",
        memberCount: "家庭人口",
        phone: "联系电话",
        address: "住址",
        category: "农户类别",
        smsOptOut: "不接收短信",
        status: "状态",
        balance: "积分余额",
        deductRule: "扣分细则",
        createdAt: "创建时间",
        updatedAt: "更新时间",
      },
      action: {
        archive: "归档",
        award: "奖励积分",
        deduct: "扣分",
        checkout: "兑换",
        passbook: "积分存折",
      },
      tabs: {
        entries: "积分流水",
        redemptions: "兑换记录",
        details: "基本信息",
      },
      members: "%{smart_count} 口人",
      empty: {
        entries: "该户还没有积分记录。",
        redemptions: "该户还没有兑换记录。",
      },
      message: {
        archive_title: "归档农户 %{recordRepresentation}",
        archive_content: "归档后该户及其积分流水仍保留在系统中，状态改为已归档。",
        deduct_title: "扣减 %{household} 的积分",
      },
      helper: {
        deductRule: "按积分细则扣分并记录在案；余额不足时扣到零为止",
        smsOptOut: "勾选后不再给本户发送短信（系统内通知照常）",
      },
      notifications: {
        archived: "农户已归档",
        deducted: "已扣分",
      },
    },
  },
} satisfies HouseholdsMessages;
