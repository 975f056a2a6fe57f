import { addDays } from "../../common/dates";
import { isWeekend } from "../../civic/calendar";
import type { Channel, Source } from "./matter-sim";

/** The demo's civic categories, holidays and names: data only. */

export const demoCategories: { code: string; name: string; defaultChannel: Channel; deadlineDays: number; titles: string[] }[] = [
  { code: "DLJT", name: "道路交通", defaultChannel: "JOINT", deadlineDays: 15, titles: ["村道路面破损", "路口缺少警示标志", "便民桥护栏松动", "通组路塌方", "客运班车停靠点不合理"] },
  { code: "HJWS", name: "环境卫生", defaultChannel: "DIRECT", deadlineDays: 5, titles: ["垃圾收集点清运不及时", "河道漂浮物较多", "公厕无人保洁", "养殖场异味扰民", "沟渠堵塞积水"] },
  { code: "NYSC", name: "农业生产", defaultChannel: "LEAD", deadlineDays: 10, titles: ["灌溉渠漏水", "茶园病虫害防治求助", "农机补贴咨询", "种苗质量问题", "土地流转合同纠纷"] },
  { code: "SHBZ", name: "社会保障", defaultChannel: "LEAD", deadlineDays: 10, titles: ["低保申请进度", "残疾人补贴未到账", "高龄津贴办理", "医保报销咨询", "临时救助申请"] },
  { code: "LLJF", name: "邻里纠纷", defaultChannel: "DIRECT", deadlineDays: 5, titles: ["宅基地边界争议", "排水引发邻里矛盾", "林木遮挡采光", "牲畜损坏庄稼", "通行道路被占"] },
  { code: "ZFAQ", name: "住房安全", defaultChannel: "SUPERVISED", deadlineDays: 15, titles: ["危房改造申请", "房屋墙体开裂", "山体滑坡威胁房屋", "农房漏雨求助", "老旧房屋排查"] },
  { code: "SDQ", name: "水电气", defaultChannel: "JOINT", deadlineDays: 10, titles: ["自来水水压不足", "组上频繁停电", "饮水管道破裂", "电线私拉乱接隐患", "天然气入户咨询"] },
  { code: "QT", name: "其他", defaultChannel: "DIRECT", deadlineDays: 7, titles: ["村务公开咨询", "广播喇叭损坏", "文化广场照明不足", "健身器材损坏", "快递进村不便"] },
];

/** Public holidays (放假) and working weekends (调休), roughly as the State Council announced them. */
export const holidays: { name: string; from: string; to: string; workdays: string[] }[] = [
  { name: "元旦", from: "2025-01-01", to: "2025-01-01", workdays: [] },
  { name: "春节", from: "2025-01-28", to: "2025-02-04", workdays: ["2025-01-26", "2025-02-08"] },
  { name: "清明节", from: "2025-04-04", to: "2025-04-06", workdays: [] },
  { name: "劳动节", from: "2025-05-01", to: "2025-05-05", workdays: ["2025-04-27"] },
  { name: "端午节", from: "2025-05-31", to: "2025-06-02", workdays: [] },
  { name: "国庆节、中秋节", from: "2025-10-01", to: "2025-10-08", workdays: ["2025-09-28", "2025-10-11"] },
  { name: "元旦", from: "2026-01-01", to: "2026-01-03", workdays: ["2026-01-04"] },
  { name: "春节", from: "2026-02-15", to: "2026-02-23", workdays: ["2026-02-14", "2026-02-28"] },
  { name: "清明节", from: "2026-04-04", to: "2026-04-06", workdays: [] },
  { name: "劳动节", from: "2026-05-01", to: "2026-05-05", workdays: ["2026-05-09"] },
  { name: "端午节", from: "2026-06-19", to: "2026-06-21", workdays: [] },
  { name: "中秋节", from: "2026-09-25", to: "2026-09-27", workdays: [] },
  { name: "国庆节", from: "2026-10-01", to: "2026-10-07", workdays: ["2026-09-20", "2026-10-10"] },
  { name: "元旦", from: "2027-01-01", to: "2027-01-03", workdays: [] },
];

/** The calendar's exceptions: holidays on weekdays, 调休 on weekends (other days change nothing). */
export function demoCalendarDays(): { date: string; kind: "HOLIDAY" | "WORKDAY"; name: string }[] {
  const rows: { date: string; kind: "HOLIDAY" | "WORKDAY"; name: string }[] = [];
  for (const h of holidays) {
    for (let day = h.from; day <= h.to; day = addDays(day, 1)) if (!isWeekend(day)) rows.push({ date: day, kind: "HOLIDAY", name: h.name });
    for (const day of h.workdays) if (isWeekend(day)) rows.push({ date: day, kind: "WORKDAY", name: `${h.name}调休上班` });
  }
  return rows;
}

export const givenNames = ["德明", "国华", "秀英", "桂兰", "志强", "永贵", "春华", "建国", "玉兰", "光明", "扎西", "卓玛"];
export const surnames = ["王", "李", "张", "刘", "陈", "杨", "何", "罗", "苟", "母"];
export const sources: Source[] = ["VILLAGE_MEETING", "DOOR_TO_DOOR", "WALK_IN", "PHONE", "ONLINE"];
