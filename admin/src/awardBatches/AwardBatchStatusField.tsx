import type { AwardBatchStatus } from "../common/enums";
import { StatusChipField } from "../common/fields";

const colors: Record<AwardBatchStatus, "default" | "success" | "warning" | "info"> = {
  DRAFT: "default",
  ON_PUBLICITY: "warning",
  POSTED: "success",
  WITHDRAWN: "default",
};

/** 公示中 / 已入账 / 已撤回 as a coloured chip. */
export const AwardBatchStatusField = (_props: { label?: string }) => (
  <StatusChipField source="status" enumName="AwardBatchStatus" colors={colors} />
);
