import { Button, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { districtToday } from "../common/format";
import { useSessionUser } from "../common/session";
import { AssignDialog } from "./AssignDialog";
import type { CivicMatter } from "./civicTypes";
import { matterActions, type MatterAction } from "./matterRules";
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
const primary: readonly MatterAction[] = ["assign", "resolve", "followUp", "rate", "decideExtension"];
const danger: readonly MatterAction[] = ["reject"];

/**
 * The steps the signed-in user may take on the matter as it stands (see
 * matterRules.ts), each opening the dialog that asks for what it needs.
 */
export const MatterActions = ({ matter, showNone = false }: { matter: CivicMatter; showNone?: boolean }) => {
  const translate = useTranslate();
  const user = useSessionUser();
  const [open, setOpen] = useState<MatterAction | null>(null);
  const actions = matterActions(user, matter, districtToday());
  if (actions.length === 0) {
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
        {actions.map((action) => (
          <Button
            key={action}
            variant={primary.includes(action) ? "contained" : "outlined"}
            color={danger.includes(action) ? "error" : "primary"}
            onClick={() => setOpen(action)}
          >
            {translate(`app.civic.action.${action}`)}
          </Button>
        ))}
      </Stack>
      {(open === "assign" || open === "changeChannel") && <AssignDialog {...dialogProps} mode={open} />}
      {open === "reject" && <RejectDialog {...dialogProps} />}
      {open === "merge" && <MergeDialog {...dialogProps} />}
      {open === "progress" && <ProgressDialog {...dialogProps} />}
      {open === "resolve" && <ResolveDialog {...dialogProps} />}
      {open === "supervise" && <SuperviseDialog {...dialogProps} />}
      {open === "requestExtension" && <ExtensionDialog {...dialogProps} />}
      {open === "decideExtension" && <DecideExtensionDialog {...dialogProps} />}
      {open === "followUp" && <FollowUpDialog {...dialogProps} />}
      {open === "rate" && <RateDialog {...dialogProps} />}
    </>
  );
};
