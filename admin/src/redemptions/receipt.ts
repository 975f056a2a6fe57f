import { formatDay } from "../common/format";

/** What a receipt needs of its redemption's ledger entries. */
export interface ReceiptEntries {
  total: number;
  entries: readonly { kind: string; balanceAfter: number; recordedAt: string }[];
}

/**
 * The balance before and after a sale, as its REDEMPTION entry recorded
 * them (before = after + total), and the balance after its REFUND once
 * cancelled; null where the ledger has no such entry.
 */
export function receiptBalances(redemption: ReceiptEntries): { before: number | null; after: number | null; refunded: { balance: number; at: string } | null } {
  const sale = redemption.entries.find((entry) => entry.kind === "REDEMPTION");
  const refund = redemption.entries.find((entry) => entry.kind === "REFUND");
  return {
    before: sale ? sale.balanceAfter + redemption.total : null,
    after: sale ? sale.balanceAfter : null,
    refunded: refund ? { balance: refund.balanceAfter, at: refund.recordedAt } : null,
  };
}

/** A redemption in titles and references, in words, not a record number: "PC01-001 张德明 2026-12-05". */
export const redemptionName = (record: { createdAt: string; household: { number: string; headName: string } }): string =>
  `${record.household.number} ${record.household.headName} ${formatDay(record.createdAt)}`;

/** The two papers a 兑换单 prints on. */
export type ReceiptPaper = "a4" | "slip";
export const receiptPaper = (value: string | null): ReceiptPaper => (value === "slip" ? "slip" : "a4");
