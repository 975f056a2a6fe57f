import type { AwardBatchStatus } from "../common/enums";
import { StatusChipField } from "../common/fields";
import { useIsResident } from "../common/useResidentWords";

const colors: Record<AwardBatchStatus, "default" | "success" | "warning" | "info"> = {
  DRAFT: "default",
  ON_PUBLICITY: "warning",
  POSTED: "success",
  WITHDRAWN: "default",
};

/** 公示中 / 已入账 / 已撤回 as a coloured chip (a resident reads 积分已到户 for 已入账). */
export const AwardBatchStatusField = (_props: { label?: string }) => {
  const resident = useIsResident();
  return <StatusChipField source="status" enumName={resident ? "app.resident.enums.AwardBatchStatus" : "AwardBatchStatus"} colors={colors} />;
};
