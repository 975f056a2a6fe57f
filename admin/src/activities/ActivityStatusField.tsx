import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { StatusChipField } from "../common/fields";
import { districtToday } from "../common/format";
import { activityStatusColors } from "../volunteer/enums";
import type { Activity } from "../volunteer/types";

/**
 * PLANNED 计划中 / HELD 已开展 / CANCELLED 已取消, as a chip; a planned
 * activity whose day has come is "awaiting confirmation", the committee's cue.
 */
export const ActivityStatusField = (_props: { label?: string }) => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  if (activity?.status === "PLANNED" && activity.date <= districtToday()) {
    return <Chip size="small" color="warning" variant="outlined" label={translate("app.volunteer.my.awaiting")} />;
  }
  return <StatusChipField source="status" enumName="ActivityStatus" colors={activityStatusColors} />;
};
