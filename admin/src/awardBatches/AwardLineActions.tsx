import PanToolIcon from "@mui/icons-material/PanTool";
import RemoveCircleOutlineIcon from "@mui/icons-material/RemoveCircleOutline";
import { useState } from "react";
import { Button as MuiButton } from "@mui/material";
import { Button, useTranslate } from "react-admin";
import { allows } from "../common/allowed";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { AwardBatch, AwardBatchLine } from "../types";

interface LineProps {
  batch: AwardBatch;
  line: AwardBatchLine;
}

/** Takes one household off a batch on publicity, e.g. after a justified objection. */
const RemoveLineButton = ({ line }: LineProps) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const remove = useAction((dp, reason: string) => dp.removeAwardLine({ lineId: line.id, reason }), {
    success: "resources.awardBatches.notifications.line_removed",
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label="resources.awardBatches.action.remove_line" color="error" size="small" onClick={() => setOpen(true)}>
        <RemoveCircleOutlineIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.awardBatches.message.remove_line_title"
        content={translate("resources.awardBatches.message.remove_line_content", { household: `${line.householdNumber} ${line.headName}` })}
        confirmLabel="resources.awardBatches.action.remove_line"
        pending={remove.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ reason }) => remove.mutate(reason)}
      />
    </>
  );
};

/** 我有异议: a resident of the village objects to one household's award. */
const ObjectButton = ({ line }: LineProps) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const object = useAction((dp, reason: string) => dp.objectToAward({ lineId: line.id, reason }), {
    success: "resources.awardBatches.notifications.objected",
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      {/* Worded on a phone too: a resident should not have to guess what a hand means. */}
      <MuiButton size="small" variant="outlined" startIcon={<PanToolIcon />} onClick={() => setOpen(true)} sx={{ whiteSpace: "nowrap" }}>
        {translate("resources.awardBatches.action.object")}
      </MuiButton>
      <ReasonDialog
        open={open}
        title="resources.awardBatches.message.object_title"
        content={translate("resources.awardBatches.message.object_content", { household: `${line.householdNumber} ${line.headName}` })}
        reasonLabel="resources.awardBatches.fields.objectionReason"
        confirmLabel="resources.awardBatches.action.object_submit"
        pending={object.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ reason }) => object.mutate(reason)}
      />
    </>
  );
};

/** What may be done to one line: the steps its allowedActions name (a resident objects once). */
export const AwardLineActions = ({ batch, line }: LineProps) => (
  <>
    {allows(line, "REMOVE") && <RemoveLineButton batch={batch} line={line} />}
    {allows(line, "OBJECT") && <ObjectButton batch={batch} line={line} />}
  </>
);
