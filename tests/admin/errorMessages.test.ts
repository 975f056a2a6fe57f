import { describe, expect, it } from "vitest";
import { describeError } from "../../admin/src/providers/errorMessages";
import { GraphQLRequestError, toRequestError } from "../../admin/src/providers/graphqlClient";
import { ErrorReason } from "../../admin/src/gql/graphql";
import { en } from "../../admin/src/i18n/en";
import { zhCN } from "../../admin/src/i18n/zh-CN";
import { testDatabaseKind } from "../support/database";

// Which sentence the console shows for a refusal: the words of the server's
// reason, filled with its details, as the server sends them.

const fromServer = (extensions: Record<string, unknown>) => toRequestError({ message: "refused", extensions });

/** The message at a dotted key of a messages object. */
const messageAt = (messages: object, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);

/** A message in Chinese with its arguments filled (enums.* arguments in their labels), as the console shows it. */
const inChinese = ({ message, args = {} }: { message: string; args?: Record<string, unknown> }): string =>
  Object.entries(args).reduce<string>((text, [key, value]) => {
    const shown = typeof value === "string" && value.startsWith("enums.") ? messageAt(zhCN, value) : value;
    return text.replaceAll(`%{${key}}`, String(shown));
  }, String(messageAt(zhCN, message)));

describe.skipIf(testDatabaseKind === "postgres")("error messages", () => {
  it.each([
    [
      "names the balance and the points needed",
      { code: "INSUFFICIENT_POINTS", reason: "INSUFFICIENT_POINTS", householdId: "1", balance: 13, needed: 60 },
      "积分不足：该户余额 13 分，本次需要 60 分。",
    ],
    [
      "names the product out of stock",
      { code: "OUT_OF_STOCK", reason: "OUT_OF_STOCK", productId: "1", productName: "香皂", available: 2, requested: 5 },
      "“香皂”库存不足：仅剩 2，本次需要 5。",
    ],
    ["names the reversal that came first", { code: "CONFLICT", reason: "ALREADY_REVERSED", reversedBy: "88" }, "这笔流水已经冲正过（冲正流水 88）。"],
    [
      "names the day publicity ends",
      { code: "CONFLICT", reason: "PUBLICITY_RUNNING", status: "ON_PUBLICITY", publicityEndsOn: "2026-04-05" },
      "公示至 2026-04-05，期满次日起才能入账。",
    ],
    [
      "sends a redemption to its cancel button",
      { code: "CONFLICT", reason: "ENTRY_NOT_REVERSIBLE", kind: "REDEMPTION" },
      `“${zhCN.enums.EntryKind.REDEMPTION}”流水不能冲正：只有奖励和扣分可以冲正，兑换请通过“取消兑换”撤销。`,
    ],
    ["names a cancelled redemption", { code: "CONFLICT", reason: "REDEMPTION_STATUS", status: "CANCELLED" }, `该兑换已是“${zhCN.enums.RedemptionStatus.CANCELLED}”。`],
    // CLOSED: a shop event's 已关闭 here, a matter's 已归档 below; the reason says which.
    ["names a closed exchange event", { code: "CONFLICT", reason: "EVENT_CLOSED", status: "CLOSED" }, `兑换活动当前为“${zhCN.enums.ExchangeEventStatus.CLOSED}”，只有进行中才能兑换。`],
    ["names a closed matter", { code: "CONFLICT", reason: "MATTER_STATUS", status: "CLOSED" }, `该事项现为“${zhCN.enums.CivicStatus.CLOSED}”，不能再进行此操作，页面已刷新。`],
    ["names an assignment's state", { code: "CONFLICT", reason: "ASSIGNMENT_STATE", status: "ASSIGNED", state: "RETURNED" }, `该项交办已是“${zhCN.enums.AssignmentState.RETURNED}”。`],
    ["names a passed due date", { code: "CONFLICT", reason: "DUE_DATE_PASSED", status: "IN_PROGRESS", dueDate: "2026-04-10" }, "办理期限 2026-04-10 已过：延期须在期限届满前申请并获批准。"],
    ["names an activity's day", { code: "CONFLICT", reason: "ACTIVITY_NOT_DUE", status: "PLANNED", date: "2026-12-01" }, "活动日期为 2026-12-01，当天或之后才能确认。"],
    ["says nobody is recorded", { code: "CONFLICT", reason: "NO_PARTICIPATION", status: "PLANNED" }, "还没有登记参与农户，请先登记参与再确认。"],
    ["says how long to wait after too many sign-ins", { code: "UNAUTHENTICATED", reason: "RATE_LIMITED", retryAfterSeconds: 300 }, "登录失败次数过多，请约 5 分钟后再试。"],
    ["says a wrong password plainly", { code: "UNAUTHENTICATED", reason: "BAD_CREDENTIALS" }, "用户名或密码错误。"],
    ["says the fields are wrong, next to them too", { code: "BAD_USER_INPUT", reason: "INVALID_INPUT", fields: { phone: "INVALID" } }, "部分内容填写有误，请检查。"],
    [
      "names how many photos a record may carry and how many it would have",
      { code: "BAD_USER_INPUT", reason: "TOO_MANY_PHOTOS", fields: { attachmentIds: "TOO_MANY" }, most: 9, count: 10 },
      "一条记录最多 9 张照片，这样会有 10 张。请去掉几张，或刷新看看别处刚加的照片。",
    ],
    ["falls back to the code's words when a detail is missing", { code: "INSUFFICIENT_POINTS", reason: "INSUFFICIENT_POINTS" }, zhCN.errors.INSUFFICIENT_POINTS],
    ["falls back to the code's words without a reason", { code: "CONFLICT", status: "CANCELLED" }, zhCN.errors.CONFLICT],
    ["ignores a reason outside the closed set", { code: "FORBIDDEN", reason: "WEIRD" }, zhCN.errors.FORBIDDEN],
  ])("%s", (_name, extensions, expected) => {
    expect(inChinese(describeError(fromServer(extensions)))).toBe(expected);
  });

  it("lets a screen word a reason in its own context", () => {
    const error = fromServer({ code: "INSUFFICIENT_POINTS", reason: "INSUFFICIENT_POINTS", householdNumber: "PC01-009", balance: 3, needed: 8 });
    expect(inChinese(describeError(error, { INSUFFICIENT_POINTS: "app.volunteer.errors.POINTS_SPENT" }))).toBe(
      "积分无法收回：农户 PC01-009 现有 3 分，本活动给了 8 分。未做任何更改。",
    );
  });

  it("calls anything that is not a request error UNKNOWN, unless it already is a message key", () => {
    expect(describeError(new Error("boom"))).toEqual({ message: "errors.UNKNOWN" });
    expect(describeError("text")).toEqual({ message: "errors.UNKNOWN" });
    expect(describeError(new GraphQLRequestError("NETWORK"))).toEqual({ message: "errors.NETWORK" });
  });

  it("has words for every reason in both languages, with the same placeholders", () => {
    for (const reason of Object.values(ErrorReason)) {
      const english = en.errors.reasons[reason];
      const chinese = zhCN.errors.reasons[reason];
      expect(typeof english, `en ${reason}`).toBe("string");
      expect(typeof chinese, `zh-CN ${reason}`).toBe("string");
      const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(chinese), reason).toEqual(placeholders(english));
    }
  });

  it("words a photo field's TOO_MANY as photos next to the picker, and any other TOO_MANY as too many at once", () => {
    const photos = fromServer({ code: "BAD_USER_INPUT", reason: "TOO_MANY_PHOTOS", fields: { attachmentIds: "TOO_MANY" }, most: 9, count: 10 });
    const villages = fromServer({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT", fields: { villageIds: "TOO_MANY" } });
    const fieldWords = (error: GraphQLRequestError, field: string) => messageAt(zhCN, String(error.body?.errors[field]));
    expect(fieldWords(photos, "attachmentIds")).toBe("照片超过了这条记录可带的张数");
    expect(fieldWords(villages, "villageIds")).toBe("一次太多");
  });

  it("fills every placeholder of a reason's words from the details the server sends", () => {
    const error = fromServer({ code: "OUT_OF_STOCK", reason: "OUT_OF_STOCK", productName: "香皂", available: 0, requested: 1 });
    const { message, args } = describeError(error);
    expect(message).toBe("errors.reasons.OUT_OF_STOCK");
    expect(String(messageAt(en, message)).replace(/%\{(\w+)\}/g, (_m, key: string) => String(args?.[key]))).toBe("Not enough “香皂” in stock: 0 left, 1 asked.");
  });
});
