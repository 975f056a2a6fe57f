import { Box, Button, Chip, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { useMutation } from "@tanstack/react-query";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { CivicMatter, MatterAssignment } from "./civicTypes";
import { useErrorText } from "../common/useErrorText";
import { useEnumWord, useIsResident } from "../common/useResidentWords";
import { ReturnDialog } from "./WorkflowDialogs";
import { usePartState } from "./OwnPart";

/** Who an assignment names: its department, its village's committee, or the official. */
export const assigneeName = (a: MatterAssignment) =>
  [a.department?.name, a.village?.name, a.role === "LEAD_OFFICIAL" ? a.personName : null].filter(Boolean).join(" · ");

const AcceptButton = ({ assignment }: { assignment: MatterAssignment }) => {
  const translate = useTranslate();
  const dataProvider = useCunwuDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const accept = useMutation({
    mutationFn: () => dataProvider.acceptAssignment({ assignmentId: assignment.id }),
    onSuccess: () => {
      notify("app.civic.notifications.accepted", { type: "success" });
      refresh();
    },
    onError: (error) => {
      notify(errorText(error), { type: "error" });
      refresh();
    },
  });
  return (
    <Button size="small" variant="contained" disabled={accept.isPending} onClick={() => accept.mutate()}>
      {translate("app.civic.assignments.accept")}
    </Button>
  );
};

/**
 * Who handles the matter: every assignment, returned ones included, with its
 * role (lead / co-unit / official / supervisor), state and due date; its
 * assignee accepts or hands it back here.
 */
export const MatterAssignments = ({ matter }: { matter: CivicMatter }) => {
  const translate = useTranslate();
  const word = useEnumWord();
  const resident = useIsResident();
  const [returning, setReturning] = useState<MatterAssignment | null>(null);
  const partState = usePartState();
  if (matter.assignments.length === 0) {
    return <Typography color="text.secondary">{translate(resident ? "app.resident.civic.assignments_empty" : "app.civic.assignments.empty")}</Typography>;
  }
  return (
    <Stack spacing={1.5} data-testid="matter-assignments">
      {matter.assignments.map((a) => {
        // The assignee's own steps, as the server allows them now; the caller's own 签收 is the matter page's first button.
        const actions = a.allowedActions.filter((action) => !(action === "ACCEPT" && a.id === matter.myAssignment?.id));
        return (
          <Box
            key={a.id}
            data-testid="assignment"
            sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5, opacity: a.state === "RETURNED" ? 0.7 : 1 }}
          >
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <Chip size="small" variant="outlined" label={word("AssignmentRole", a.role)} />
              <Typography variant="subtitle2" component="span" sx={{ flexGrow: 1 }}>
                {assigneeName(a)}
              </Typography>
              <Chip size="small" color={partState(matter, a).color} label={partState(matter, a).label} />
            </Stack>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {translate("app.civic.assignments.due", { date: a.dueDate })}
            </Typography>
            {a.resultNote && <Typography variant="body2">{translate("app.civic.assignments.result", { note: a.resultNote })}</Typography>}
            {a.returnReason && (
              <Typography variant="body2" color="text.secondary">
                {translate("app.civic.assignments.returned", { reason: a.returnReason })}
              </Typography>
            )}
            {(actions.includes("ACCEPT") || actions.includes("RETURN")) && (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                {actions.includes("ACCEPT") && <AcceptButton assignment={a} />}
                {actions.includes("RETURN") && (
                  <Button size="small" color="error" onClick={() => setReturning(a)}>
                    {translate("app.civic.assignments.return")}
                  </Button>
                )}
              </Stack>
            )}
          </Box>
        );
      })}
      {returning && <ReturnDialog matter={matter} assignment={returning} open onClose={() => setReturning(null)} />}
    </Stack>
  );
};
