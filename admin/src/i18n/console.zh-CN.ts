import type { ConsoleMessages } from "./console.en";

// 控制台框架：标题、通用词、菜单、各角色首页与农户自己的页面。Words follow DESIGN.md's glossary.
export const consoleZhCN = {
  app: {
    title: "村务积分与民事直说",
    common: {
      reason: "原因",
      note: "备注",
      print: "打印",
      points: "%{points} 分",
      points_unit: "分",
      households_unit: "户",
      quantity_help: "正数为入库，负数为盘点更正",
      day_placeholder: "年-月-日，如 2026-03-15",
    },
    timezones: {
      "Asia/Shanghai": "北京时间",
      other: "%{zone} 时区",
    },
    validation: {
      whole_number: "请输入整数",
      whole_min: "请输入不小于 %{min} 的整数",
      whole_max: "请输入不大于 %{max} 的整数",
      whole_between: "请输入 %{min} 至 %{max} 之间的整数",
      not_zero: "不能为 0",
    },
    discard: {
      title: "放弃已填写的内容？",
      content: "关闭后，本窗口中已选择和填写的内容将不会保存。",
      keep: "继续填写",
      discard: "放弃",
    },
    menu: {
      groups: {
        points: "积分管理",
        shop: "积分超市",
        registry: "基础信息",
      },
      award: "积分奖励",
      checkout: "兑换结算",
      myPoints: "我的积分",
      myShop: "积分超市",
      myRedemptions: "我的兑换",
      publicity: "积分公示",
      rules: "积分细则",
      language: "语言",
    },
    dashboard: {
      welcome: "%{name}，您好",
      signedInAs: "当前身份：%{role}",
      intro: {
        DISTRICT_ADMIN: "您负责全区的用户、乡镇、行政村、部门和积分细则，也可代各村办理积分和兑换。",
        DISTRICT_STAFF: "您可以查阅全区的农户、积分流水、公示和各村积分超市。",
        TOWNSHIP_STAFF: "您可以查阅本乡镇各村的农户、积分流水、公示和积分超市。",
        VILLAGE_COMMITTEE: "您负责本村的农户名册，按积分细则奖励和扣减积分，发布公示，经营村积分超市。",
        DEPARTMENT_STAFF: "交办给本部门的民事直说事项将显示在这里。",
        RESIDENT: "您家的积分和民事直说事项将显示在这里。",
      },
      ranking: {
        title: "%{year} 年红黑榜",
        top: "红榜",
        bottom: "黑榜",
        bottom_empty: "本期无扣分农户",
      },
      quick: {
        title: "日常办理",
        on_publicity: "公示中 %{smart_count} 批",
      },
    },
    my: {
      home: "首页",
      balance: "我家积分",
      recent: "最近变动",
      all_entries: "积分存折",
      publicity_now: "本村有 %{smart_count} 批积分奖励正在公示",
      see_publicity: "去看看",
      shop: {
        balance: "您有 %{balance} 分，可兑换 %{count} 种商品。",
        only_affordable: "只看能兑换的",
        per_unit: "分/%{unit}",
        in_stock: "库存 %{stock} %{unit}",
        affordable: "可兑换 %{smart_count} %{unit}",
        missing: "还差 %{missing} 分",
        empty: "本村积分超市还没有上架商品。",
        none_affordable: "暂时没有够分兑换的商品，继续加油攒积分！",
        how_to: "兑换请在兑换活动日到村积分超市，由村委会工作人员登记。",
      },
    },
  },
} satisfies ConsoleMessages;
