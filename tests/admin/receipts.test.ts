import { describe, expect, it } from "vitest";
import { receiptBalances, receiptPaper, redemptionName } from "../../admin/src/redemptions/receipt";
import { zhCN } from "../../admin/src/i18n/zh-CN";
import { testDatabaseKind } from "../support/database";

// The 兑换单's figures from the ledger, its paper, the redemption's name in
// titles, and the Chinese words' punctuation.

/** Every message of a translation tree with its path. */
function* messages(tree: unknown, path = ""): Generator<[string, string]> {
  if (typeof tree === "string") yield [path, tree];
  else if (tree && typeof tree === "object") for (const [key, value] of Object.entries(tree)) yield* messages(value, path ? `${path}.${key}` : key);
}

describe.skipIf(testDatabaseKind === "postgres")("receipts and names", () => {
  it("reads the balance before and after a sale from its REDEMPTION entry, and after its refund", () => {
    const sale = { kind: "REDEMPTION", balanceAfter: 82, recordedAt: "2026-12-05T08:01:00Z" };
    expect(receiptBalances({ total: 18, entries: [sale] })).toEqual({ before: 100, after: 82, refunded: null });
    const refund = { kind: "REFUND", balanceAfter: 95, recordedAt: "2026-12-06T02:00:00Z" };
    expect(receiptBalances({ total: 18, entries: [sale, refund] })).toEqual({ before: 100, after: 82, refunded: { balance: 95, at: refund.recordedAt } });
    expect(receiptBalances({ total: 18, entries: [] })).toEqual({ before: null, after: null, refunded: null });
  });

  it("prints on A4 unless the slip is asked for", () => {
    expect(receiptPaper("slip")).toBe("slip");
    expect(receiptPaper(null)).toBe("a4");
    expect(receiptPaper("letter")).toBe("a4");
  });

  it("names a redemption by its household and day, not a record number", () => {
    const name = redemptionName({ createdAt: "2026-12-05T08:01:00Z", household: { number: "PC01-001", headName: "张德明" } });
    expect(name).toBe("PC01-001 张德明 2026-12-05");
    expect(name).not.toContain("718");
  });

  it("writes Chinese sentences with full-width punctuation and no record numbers", () => {
    const wrong = [...messages(zhCN)].filter(
      ([, text]) => /[\u4e00-\u9fff]\s*[:(),;!?]|[(:,;]\s*[\u4e00-\u9fff]/.test(text) || /#%\{id\}|第 %\{id\} 号/.test(text),
    );
    expect(wrong).toEqual([]);
  });
});
