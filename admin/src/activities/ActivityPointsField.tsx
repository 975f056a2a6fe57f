import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { Typography } from "@mui/material";
import { formatPoints } from "../common/format";
import type { Activity } from "../volunteer/types";

/** Points each household earns: "10 分 / 户". */
export const ActivityPointsField = (_props: { label?: string }) => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!activity || activity.points === null) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
      {translate("app.volunteer.points_each", { points: formatPoints(activity.points, locale) })}
    </Typography>
  );
};
