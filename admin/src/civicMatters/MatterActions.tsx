import { Button, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import type { CivicMatterAction } from "../gql/graphql";
import { matterButtons } from "./matterButtons";
import { AssignDialog } from "./AssignDialog";
import { hasOwnSteps, OwnPartButtons } from "./OwnPart";
import type { CivicMatter } from "./civicTypes";
import {
  DecideExtensionDialog,
  ExtensionDialog,
  FollowUpDialog,
  MergeDialog,
  ProgressDialog,
  RateDialog,
  RejectDialog,
  ResolveDialog,
  SuperviseDialog,
} from "./WorkflowDialogs";

// The main step of each status stands out; the rest are plain.
const primary: readonly CivicMatterAction[] = ["ASSIGN", "RESOLVE", "FOLLOW_UP", "RATE", "APPROVE_EXTENSION"];
const danger: readonly CivicMatterAction[] = ["REJECT"];

/**
 * The steps the server allows the signed-in user on the matter as it stands,
 * each opening the dialog that asks for what it needs.
 */
export const MatterActions = ({ matter, showNone = false }: { matter: CivicMatter; showNone?: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<CivicMatterAction | null>(null);
  const actions = matterButtons(matter.allowedActions);
  const own = hasOwnSteps(matter);
  if (actions.length === 0 && !own) {
    return showNone ? (
      <Typography variant="body2" color="text.secondary">
        {translate("app.civic.show.actions_none")}
      </Typography>
    ) : null;
  }
  const close = () => setOpen(null);
  const dialogProps = { matter, open: true, onClose: close };
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }} data-testid="matter-actions" className="no-print">
        {/* The caller's own part first: 签收 until accepted (the server offers nothing of the work before it). */}
        <OwnPartButtons matter={matter} />
        {actions.map(([action, label]) => (
          <Button
            key={action}
            variant={primary.includes(action) ? "contained" : "outlined"}
            color={danger.includes(action) ? "error" : "primary"}
            onClick={() => setOpen(action)}
          >
            {translate(`app.civic.action.${label}`)}
          </Button>
        ))}
      </Stack>
      {open === "ASSIGN" && <AssignDialog {...dialogProps} mode="assign" />}
      {open === "CHANGE_CHANNEL" && <AssignDialog {...dialogProps} mode="changeChannel" />}
      {open === "REJECT" && <RejectDialog {...dialogProps} />}
      {open === "MERGE" && <MergeDialog {...dialogProps} />}
      {open === "PROGRESS" && <ProgressDialog {...dialogProps} />}
      {open === "RESOLVE" && <ResolveDialog {...dialogProps} />}
      {open === "SUPERVISE" && <SuperviseDialog {...dialogProps} />}
      {open === "REQUEST_EXTENSION" && <ExtensionDialog {...dialogProps} />}
      {open === "APPROVE_EXTENSION" && <DecideExtensionDialog {...dialogProps} approve />}
      {open === "REFUSE_EXTENSION" && <DecideExtensionDialog {...dialogProps} approve={false} />}
      {open === "FOLLOW_UP" && <FollowUpDialog {...dialogProps} />}
      {open === "RATE" && <RateDialog {...dialogProps} />}
    </>
  );
};
