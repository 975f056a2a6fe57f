import { describe, expect, it } from "vitest";
import { describeError } from "../../admin/src/providers/errorMessages";
import { GraphQLRequestError, toRequestError } from "../../admin/src/providers/graphqlClient";
import { en } from "../../admin/src/i18n/en";
import { zhCN } from "../../admin/src/i18n/zh-CN";
import { testDatabaseKind } from "../support/database";

// Which sentence the console shows for a refusal, with the server's details.

const fromServer = (extensions: Record<string, unknown>) => toRequestError({ message: "refused", extensions });

/** The message at a dotted key of a messages object. */
const messageAt = (messages: object, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);

describe.skipIf(testDatabaseKind === "postgres")("error messages", () => {
  it.each([
    [
      "names the balance and the points needed",
      { code: "INSUFFICIENT_POINTS", householdId: "1", balance: 13, needed: 60 },
      { message: "errors.details.INSUFFICIENT_POINTS", args: { balance: 13, needed: 60 } },
    ],
    [
      "names the product out of stock",
      { code: "OUT_OF_STOCK", productId: "1", productName: "香皂", available: 2, requested: 5 },
      { message: "errors.details.OUT_OF_STOCK", args: { product: "香皂", available: 2, requested: 5 } },
    ],
    [
      "names the reversal that came first",
      { code: "CONFLICT", reversedBy: "88" },
      { message: "errors.details.ALREADY_REVERSED", args: { entry: "88" } },
    ],
    [
      "names the day publicity ends",
      { code: "CONFLICT", status: "ON_PUBLICITY", publicityEndsOn: "2026-04-05" },
      { message: "errors.details.ON_PUBLICITY_UNTIL", args: { date: "2026-04-05" } },
    ],
    ["sends a redemption to its cancel button", { code: "CONFLICT", kind: "REDEMPTION" }, { message: "errors.details.REVERSE_REDEMPTION" }],
    [
      "names an entry kind that cannot be reversed",
      { code: "CONFLICT", kind: "REFUND" },
      { message: "errors.details.NOT_REVERSIBLE", args: { kind: "enums.EntryKind.REFUND" } },
    ],
    [
      "names the status in the way",
      { code: "CONFLICT", status: "CANCELLED" },
      { message: "errors.details.CONFLICT_STATUS", args: { status: "enums.RedemptionStatus.CANCELLED" } },
    ],
    ["falls back to the code without details", { code: "INSUFFICIENT_POINTS" }, { message: "errors.INSUFFICIENT_POINTS" }],
    ["falls back to the code for a status it cannot name", { code: "CONFLICT", status: "WEIRD" }, { message: "errors.CONFLICT" }],
    ["says FORBIDDEN plainly", { code: "FORBIDDEN" }, { message: "errors.FORBIDDEN" }],
  ])("%s", (_name, extensions, expected) => {
    expect(describeError(fromServer(extensions))).toEqual(expected);
  });

  it("calls anything that is not a request error UNKNOWN, unless it already is a message key", () => {
    expect(describeError(new Error("boom"))).toEqual({ message: "errors.UNKNOWN" });
    expect(describeError("text")).toEqual({ message: "errors.UNKNOWN" });
    expect(describeError(new GraphQLRequestError("NETWORK"))).toEqual({ message: "errors.NETWORK" });
  });

  it("has every message it can name in both languages", () => {
    const keys = [
      "errors.details.INSUFFICIENT_POINTS",
      "errors.details.OUT_OF_STOCK",
      "errors.details.ALREADY_REVERSED",
      "errors.details.ON_PUBLICITY_UNTIL",
      "errors.details.REVERSE_REDEMPTION",
      "errors.details.NOT_REVERSIBLE",
      "errors.details.CONFLICT_STATUS",
      "enums.RedemptionStatus.CANCELLED",
      "enums.AwardBatchStatus.ON_PUBLICITY",
      "enums.ExchangeEventStatus.CLOSED",
      "enums.HouseholdStatus.ARCHIVED",
    ];
    for (const key of keys) {
      expect(typeof messageAt(en, key), `en ${key}`).toBe("string");
      expect(typeof messageAt(zhCN, key), `zh-CN ${key}`).toBe("string");
    }
    expect(zhCN.errors.details.OUT_OF_STOCK).toContain("%{product}");
    expect(zhCN.errors.details.INSUFFICIENT_POINTS).toContain("%{balance}");
  });
});
