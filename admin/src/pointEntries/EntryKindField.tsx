import type { EntryKind } from "../common/enums";
import { StatusChipField } from "../common/fields";

export const entryKindColors: Record<EntryKind, "success" | "error" | "warning" | "info" | "default"> = {
  AWARD: "success",
  DEDUCTION: "error",
  REDEMPTION: "info",
  REFUND: "default",
  REVERSAL: "warning",
};

/** 积分奖励 / 扣分 / 积分兑换 / 兑换退回 / 冲正 as a coloured chip. */
export const EntryKindField = (_props: { label?: string }) => (
  <StatusChipField source="kind" enumName="EntryKind" colors={entryKindColors} />
);
