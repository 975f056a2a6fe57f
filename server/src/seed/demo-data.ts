import type { departments, households, pointRules } from "@cunwu/schema";

// Static demo data for a small district. Place names follow the reference
// district (蒲池乡, 磨坝藏族乡) so the demo reads like a real deployment.

type DepartmentKind = (typeof departments.$inferInsert)["kind"];
type RuleCategory = (typeof pointRules.$inferInsert)["category"];
export type HouseholdCategory = NonNullable<(typeof households.$inferInsert)["category"]>;

export interface DemoTownship {
  code: string;
  name: string;
}

export interface DemoVillage {
  townshipCode: string;
  code: string;
  name: string;
  hasShop: boolean;
  publicityDays: number;
  /** Households generated for the village; varied so lists and reports differ. */
  householdCount: number;
  /** Number of 组 (village groups) addresses are spread over. */
  groups: number;
  /** Household ordinals (1-based) whose family has moved away (status MOVED). */
  moved?: readonly number[];
}

export interface DemoDepartment {
  code: string;
  name: string;
  kind: DepartmentKind;
  /** Set for a township's own unit. */
  townshipCode?: string;
}

export interface DemoRule {
  category: RuleCategory;
  name: string;
  description: string;
  points: number;
  /** A village's own rule; district-wide when absent. */
  villageCode?: string;
}

export const demoTownships: readonly DemoTownship[] = [
  { code: "PC", name: "蒲池乡" },
  { code: "MB", name: "磨坝藏族乡" },
];

export const demoVillages: readonly DemoVillage[] = [
  { townshipCode: "PC", code: "PC01", name: "石门村", hasShop: true, publicityDays: 3, householdCount: 34, groups: 6 },
  { townshipCode: "PC", code: "PC02", name: "青龙村", hasShop: true, publicityDays: 3, householdCount: 31, groups: 5, moved: [17] },
  { townshipCode: "PC", code: "PC03", name: "白鹤村", hasShop: true, publicityDays: 0, householdCount: 36, groups: 6 },
  { townshipCode: "MB", code: "MB01", name: "磨坝村", hasShop: true, publicityDays: 5, householdCount: 33, groups: 5 },
  { townshipCode: "MB", code: "MB02", name: "上寨村", hasShop: true, publicityDays: 0, householdCount: 35, groups: 4, moved: [9, 28] },
  // A high, scattered village without its own points supermarket.
  { townshipCode: "MB", code: "MB03", name: "高山村", hasShop: false, publicityDays: 0, householdCount: 31, groups: 4 },
];

export const demoDepartments: readonly DemoDepartment[] = [
  { code: "MZJ", name: "区民政局", kind: "DISTRICT" },
  { code: "NYNCJ", name: "区农业农村局", kind: "DISTRICT" },
  { code: "ZJJ", name: "区住房和城乡建设局", kind: "DISTRICT" },
  { code: "JTYSJ", name: "区交通运输局", kind: "DISTRICT" },
  { code: "STHJJ", name: "区生态环境分局", kind: "DISTRICT" },
  { code: "PC-NYFW", name: "蒲池乡农业服务中心", kind: "TOWNSHIP", townshipCode: "PC" },
  { code: "MB-SHSW", name: "磨坝藏族乡社会事务服务中心", kind: "TOWNSHIP", townshipCode: "MB" },
  { code: "QWDCS", name: "区委督查室", kind: "SUPERVISION_OFFICE" },
];

/** The district's rule catalogue (积分细则), every category covered, plus two village-own rules. */
export const demoRules: readonly DemoRule[] = [
  // 环境卫生
  { category: "HYGIENE", name: "庭院整洁", description: "房前屋后干净整洁，物品摆放有序，月度检查达标", points: 5 },
  { category: "HYGIENE", name: "垃圾分类投放", description: "生活垃圾按要求分类，定点投放", points: 3 },
  { category: "HYGIENE", name: "参与村庄环境整治", description: "参加村组统一组织的环境卫生整治", points: 5 },
  { category: "HYGIENE", name: "乱堆乱放", description: "柴草、杂物、建材在公共区域乱堆乱放，经提醒未整改", points: -5 },
  // 孝老爱亲
  { category: "FILIAL_PIETY", name: "孝老爱亲", description: "悉心赡养照料老人，事迹经村民代表认可", points: 10 },
  { category: "FILIAL_PIETY", name: "邻里互助", description: "主动帮扶孤寡老人、留守儿童或困难邻居", points: 5 },
  { category: "FILIAL_PIETY", name: "评为文明家庭", description: "获评村级以上“五好家庭”“文明家庭”", points: 10 },
  { category: "FILIAL_PIETY", name: "不履行赡养义务", description: "不赡养、虐待或遗弃老人，经调解仍不改正", points: -10 },
  // 移风易俗
  { category: "CUSTOMS_REFORM", name: "红白喜事简办", description: "婚丧事宜向村委会报备并按标准简办", points: 10 },
  { category: "CUSTOMS_REFORM", name: "拒绝高价彩礼", description: "婚嫁不索要、不收受高价彩礼", points: 10 },
  { category: "CUSTOMS_REFORM", name: "大操大办", description: "婚丧寿宴大操大办、铺张浪费，超出村规民约标准", points: -10 },
  // 志愿服务
  { category: "VOLUNTEERING", name: "参加志愿活动", description: "参加新时代文明实践志愿服务活动，每次", points: 5 },
  { category: "VOLUNTEERING", name: "志愿服务时长达标", description: "年度志愿服务累计满 50 小时", points: 20 },
  // 遵纪守法
  { category: "LAW_ABIDING", name: "见义勇为", description: "见义勇为、抢险救灾表现突出", points: 20 },
  { category: "LAW_ABIDING", name: "参与矛盾纠纷调解", description: "协助村调委会化解邻里矛盾纠纷", points: 5 },
  { category: "LAW_ABIDING", name: "违规焚烧秸秆", description: "在禁烧区域露天焚烧秸秆、垃圾", points: -10 },
  { category: "LAW_ABIDING", name: "私搭乱建", description: "未经审批违规占地搭建", points: -10 },
  // 产业发展
  { category: "INDUSTRY", name: "发展特色种养业", description: "发展茶叶、中药材、生态养殖等特色产业", points: 10 },
  { category: "INDUSTRY", name: "领办合作社带动就业", description: "领办或参与专业合作社，带动本村群众增收", points: 15 },
  { category: "INDUSTRY", name: "参加农业技能培训", description: "参加乡村振兴学校等组织的技能培训，每次", points: 3 },
  // 其他
  { category: "OTHER", name: "按时参保缴费", description: "按时缴纳城乡居民医保、养老保险", points: 3 },
  { category: "OTHER", name: "家庭成员获县级以上表彰", description: "家庭成员获得县级以上荣誉表彰", points: 10 },
  // Village-own rules (村规民约)
  { category: "HYGIENE", name: "河道清漂护河", description: "参与石门河清漂、护河巡查", points: 3, villageCode: "PC01" },
  { category: "OTHER", name: "参与锅庄文化传承", description: "参加锅庄舞等民族文化传承活动", points: 3, villageCode: "MB01" },
];

// Name parts for generated household heads. Surnames are listed roughly by
// how common they are locally, so the generator (picking uniformly) still
// produces the repeated surnames typical of a village.
export const surnames: readonly string[] = [
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
  "徐", "孙", "胡", "朱", "高", "何", "郭", "罗", "谢", "唐",
  "邓", "冯", "曾", "彭", "蒋", "袁", "杜", "苟", "母", "蒲",
  "王", "李", "张", "刘", "陈", "杨", "何", "罗",
];

/**
 * Whole given names typical of (older) rural household heads. Whole names
 * rather than single characters, so generated names never mix oddly.
 */
export const givenNames: readonly string[] = [
  "德明", "国华", "建国", "志强", "永贵", "文成", "光明", "洪亮", "德富", "正清",
  "明富", "成林", "学军", "先福", "忠良", "元发", "友全", "祥云", "国平", "海林",
  "建华", "永清", "德忠", "长春", "开富", "仕贵", "志华", "家明", "兴旺", "春林",
  "秀英", "桂兰", "玉兰", "春华", "秀芳", "碧琼", "桂英", "淑华", "红梅", "素芬",
  "强", "军", "平", "勇", "林", "华", "英", "芳",
];

/** Tibetan names join two parts (扎西多吉, 泽仁卓玛); used for some heads in the Tibetan township. */
export const tibetanNameParts: { readonly first: readonly string[]; readonly second: readonly string[] } = {
  first: ["扎西", "泽仁", "尼玛", "次仁", "格桑", "达瓦", "旦增", "罗布", "索朗", "洛桑"],
  second: ["多吉", "卓玛", "拉姆", "措姆", "央金", "平措", "顿珠", "曲珍", "旺姆", "尼玛"],
};

/** The township whose households partly carry Tibetan names. */
export const tibetanTownshipCode = "MB";

/** Mobile prefixes of the three carriers (13x / 15x / 18x). */
export const mobilePrefixes: readonly string[] = [
  "130", "131", "132", "133", "135", "136", "137", "138", "139",
  "150", "151", "152", "155", "157", "158", "159",
  "180", "181", "182", "183", "187", "188", "189",
];

/** Relative weights of household member counts 1..7 (most rural households have 3–4). */
export const memberCountWeights: readonly number[] = [8, 17, 23, 24, 15, 9, 4];

/** Display names of the demo staff accounts. */
export const staffDisplayNames = {
  admin: "周志刚",
  district: "张晓梅",
  township: "刘成林",
  village: "陈德明",
  dept: "杨丽华",
} as const;

// --- The demo year (seedDemo with history: true) -------------------------------

export interface DemoProduct {
  name: string;
  unit: string;
  /** Points per unit. */
  price: number;
}

/** What every demo village shop stocks: daily necessities, priced 5–60 points. */
export const demoProducts: readonly DemoProduct[] = [
  { name: "香皂", unit: "块", price: 5 },
  { name: "毛巾", unit: "条", price: 8 },
  { name: "牙膏", unit: "支", price: 10 },
  { name: "洗洁精", unit: "瓶", price: 10 },
  { name: "酱油", unit: "瓶", price: 12 },
  { name: "洗衣粉", unit: "袋", price: 15 },
  { name: "卫生纸", unit: "提", price: 20 },
  { name: "大米（10斤）", unit: "袋", price: 35 },
  { name: "食用油（5升）", unit: "桶", price: 60 },
];

/** Rules the committee applies at its monthly appraisal (月度评比), with the share of households that earn each. */
export const monthlyAppraisalRules: readonly { name: string; share: number }[] = [
  { name: "庭院整洁", share: 0.4 },
  { name: "垃圾分类投放", share: 0.4 },
];

/** Rules awarded to a group at once (a clean-up day, a training, a volunteer activity). */
export const groupAwardRules: readonly string[] = ["参加村庄环境整治", "参加志愿活动", "参加农业技能培训", "河道清漂护河", "参与锅庄文化传承"];

/** Rules awarded to one household at a time, by relative weight. */
export const individualAwardRules: readonly { name: string; weight: number }[] = [
  { name: "孝老爱亲", weight: 4 },
  { name: "邻里互助", weight: 6 },
  { name: "评为文明家庭", weight: 2 },
  { name: "红白喜事简办", weight: 3 },
  { name: "拒绝高价彩礼", weight: 2 },
  { name: "志愿服务时长达标", weight: 1 },
  { name: "见义勇为", weight: 0.5 },
  { name: "参与矛盾纠纷调解", weight: 3 },
  { name: "发展特色种养业", weight: 3 },
  { name: "领办合作社带动就业", weight: 1 },
  { name: "按时参保缴费", weight: 6 },
  { name: "家庭成员获县级以上表彰", weight: 0.5 },
];

/** Deductions, by relative weight. */
export const deductionRules: readonly { name: string; weight: number }[] = [
  { name: "乱堆乱放", weight: 6 },
  { name: "违规焚烧秸秆", weight: 3 },
  { name: "私搭乱建", weight: 1 },
  { name: "大操大办", weight: 1 },
  { name: "不履行赡养义务", weight: 0.5 },
];

export const reversalReasons = {
  award: ["录入有误，户号填错", "重复录入", "经核实不符合评分标准"],
  deduction: ["农户申诉成立，撤销扣分", "经核实已按期整改"],
} as const;

export const cancelReasons: readonly string[] = ["商品有破损，退回", "登记错误，重新兑换", "户主要求退换"];

/** Exchange event titles by month; other months use "<n>月积分兑换活动". */
export const eventTitles: Readonly<Record<number, string>> = {
  1: "迎新春积分兑换活动",
  5: "端午积分兑换活动",
  9: "中秋积分兑换活动",
  10: "国庆积分兑换活动",
};
