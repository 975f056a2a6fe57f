import { Button, Chip, Stack, Typography, type ChipProps } from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { useErrorText } from "../common/useErrorText";
import { useEnumWord, useIsResident } from "../common/useResidentWords";
import type { AssignmentState } from "./civicEnums";
import type { CivicMatter, MatterAssignment } from "./civicTypes";
import { ReportPartDialog } from "./WorkflowDialogs";
import { coUnitPartKey } from "./partState";

// The caller's own part of a matter (CivicMatter.myAssignment): its state in
// words, the 本单位 line on the matter page and the board, and its own
// steps — 签收 first until accepted, then a co-unit's 报送协办结果 — as the
// server's allowedActions offer them.

type Part = Pick<MatterAssignment, "role" | "state">;

const stateColors: Record<AssignmentState, ChipProps["color"]> = { PENDING: "warning", ACCEPTED: "primary", DONE: "success", RETURNED: "default" };

/** An assignment's state as the page says it (residents: the state's own word, in their words). */
export const usePartState = () => {
  const translate = useTranslate();
  const word = useEnumWord();
  const resident = useIsResident();
  return (matter: Pick<CivicMatter, "status">, a: Part): { label: string; color: ChipProps["color"] } => {
    const key = resident ? null : coUnitPartKey(matter.status, a);
    if (key) return { label: translate(`app.civic.assignments.${key}`), color: key === "reported" ? "success" : "error" };
    return { label: word("AssignmentState", a.state), color: stateColors[a.state] };
  };
};

/** 本单位: the caller's own part — role, state, due date — or nothing when the matter names it nowhere. */
export const OwnPartLine = ({ matter, compact = false }: { matter: CivicMatter; compact?: boolean }) => {
  const translate = useTranslate();
  const word = useEnumWord();
  const partState = usePartState();
  const own = matter.myAssignment;
  if (!own) return null;
  const state = partState(matter, own);
  if (compact) return <Chip size="small" color={state.color} label={state.label} data-testid="own-part-state" />;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }} data-testid="own-part">
      <Typography variant="subtitle2" component="span">
        {translate("app.civic.assignments.mine")}
      </Typography>
      <Chip size="small" color={state.color} label={state.label} data-testid="own-part-state" />
      <Typography variant="body2" color="text.secondary" component="span">
        {translate("app.civic.assignments.mine_line", { role: word("AssignmentRole", own.role), date: own.dueDate })}
      </Typography>
    </Stack>
  );
};

/** The caller's own steps on its part, first on the matter page: 签收 (primary) until accepted, then 报送协办结果 for a co-unit. */
export const OwnPartButtons = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const dataProvider = useCunwuDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const [reporting, setReporting] = useState(false);
  const own = matter.myAssignment;
  const accept = useMutation({
    mutationFn: () => dataProvider.acceptAssignment({ assignmentId: own!.id }),
    onSuccess: () => {
      notify("app.civic.notifications.accepted", { type: "success" });
      refresh();
    },
    onError: (error) => {
      notify(errorText(error), { type: "error" });
      refresh();
    },
  });
  if (!own) return null;
  const assignment = matter.assignments.find((a) => a.id === own.id);
  return (
    <>
      {own.allowedActions.includes("ACCEPT") && (
        <Button variant="contained" disabled={accept.isPending} onClick={() => accept.mutate()}>
          {translate("app.civic.assignments.accept")}
        </Button>
      )}
      {own.allowedActions.includes("REPORT") && assignment && (
        <Button variant="contained" onClick={() => setReporting(true)}>
          {translate("app.civic.assignments.report")}
        </Button>
      )}
      {reporting && assignment && <ReportPartDialog matter={matter} assignment={assignment} open onClose={() => setReporting(false)} />}
    </>
  );
};

/** Whether the caller has a step of its own part to take now (so the page shows its buttons). */
export const hasOwnSteps = (matter: CivicMatter) => Boolean(matter.myAssignment?.allowedActions.some((a) => a === "ACCEPT" || a === "REPORT"));
