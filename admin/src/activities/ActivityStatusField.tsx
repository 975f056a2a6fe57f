import { StatusChipField } from "../common/fields";
import { activityStatusColors } from "../volunteer/enums";

/** PLANNED 计划中 / HELD 已开展 / CANCELLED 已取消, as a chip. */
export const ActivityStatusField = (_props: { label?: string }) => (
  <StatusChipField source="status" enumName="ActivityStatus" colors={activityStatusColors} />
);
