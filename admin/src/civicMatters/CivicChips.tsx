import { Chip, type ChipProps } from "@mui/material";
import { useTranslate } from "react-admin";
import { districtToday } from "../common/format";
import { useEnumWord } from "../common/useResidentWords";
import type { CivicChannel, CivicStatus, Urgency } from "./civicEnums";
import type { CivicMatter } from "./civicTypes";
import { dueState } from "./dueDates";

type Color = ChipProps["color"];

const statusColors: Record<CivicStatus, Color> = {
  RECEIVED: "info",
  ASSIGNED: "primary",
  IN_PROGRESS: "warning",
  RESOLVED: "success",
  CLOSED: "default",
  REJECTED: "error",
  MERGED: "default",
};

/** The status as a coloured chip: 已受理, 办理中, 已办结 … */
export const CivicStatusChip = ({ status, size = "small" }: { status: CivicStatus; size?: ChipProps["size"] }) => {
  const word = useEnumWord();
  return (
    <Chip
      size={size}
      label={word("CivicStatus", status)}
      color={statusColors[status]}
      variant={status === "CLOSED" || status === "MERGED" ? "outlined" : "filled"}
      data-testid="civic-status"
    />
  );
};

/** The channel (直办 / 领办 / 联办 / 督办), or nothing before assignment. */
export const ChannelChip = ({ channel }: { channel: CivicChannel | null }) => {
  const word = useEnumWord();
  if (!channel) return null;
  return <Chip size="small" variant="outlined" color={channel === "SUPERVISED" ? "secondary" : "default"} label={word("CivicChannel", channel)} />;
};

/** Urgent and critical matters stand out; normal ones say nothing. */
export const UrgencyChip = ({ urgency }: { urgency: Urgency }) => {
  const translate = useTranslate();
  if (urgency === "NORMAL") return null;
  return <Chip size="small" color={urgency === "CRITICAL" ? "error" : "warning"} variant="outlined" label={translate(`enums.Urgency.${urgency}`)} />;
};

/** The due date and how it stands: days left, due today, or overdue by working days (red). */
export const DueChip = ({ matter }: { matter: Pick<CivicMatter, "status" | "dueDate" | "overdue" | "overdueWorkingDays"> }) => {
  const translate = useTranslate();
  const state = dueState(matter, districtToday());
  switch (state.kind) {
    case "overdue":
      return (
        <Chip
          size="small"
          color="error"
          data-testid="due-chip"
          label={
            state.workingDays === null || state.workingDays === 0
              ? translate("app.civic.due.overdue_plain")
              : translate("app.civic.due.overdue", { smart_count: state.workingDays })
          }
        />
      );
    case "today":
      return <Chip size="small" color="warning" data-testid="due-chip" label={translate("app.civic.due.today")} />;
    case "left":
      return (
        <Chip
          size="small"
          variant="outlined"
          color={state.days <= 2 ? "warning" : "default"}
          data-testid="due-chip"
          label={translate("app.civic.due.left", { smart_count: state.days })}
        />
      );
    default:
      return null;
  }
};
