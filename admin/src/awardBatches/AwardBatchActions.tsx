import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import UndoIcon from "@mui/icons-material/Undo";
import { useState } from "react";
import { Button, ListButton, TopToolbar, useRecordContext } from "react-admin";
import { PrintButton } from "../common/PrintButton";
import { allows } from "../common/allowed";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { AwardBatch } from "../types";

/** 入账: after publicity, with a household left on it, writes the entries (once). */
const PostBatchButton = ({ batch }: { batch: AwardBatch }) => {
  const post = useAction((dp, id: string) => dp.postAwardBatch({ id }), {
    success: "resources.awardBatches.notifications.posted",
  });
  return (
    <Button
      label="resources.awardBatches.action.post"
      variant="contained"
      disabled={post.isPending}
      onClick={() => post.mutate(batch.id)}
    >
      <CheckCircleIcon />
    </Button>
  );
};

/** 撤回: the whole batch, with a reason; nothing is posted. */
const WithdrawBatchButton = ({ batch }: { batch: AwardBatch }) => {
  const [open, setOpen] = useState(false);
  const withdraw = useAction((dp, reason: string) => dp.withdrawAwardBatch({ id: batch.id, reason }), {
    success: "resources.awardBatches.notifications.withdrawn",
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label="resources.awardBatches.action.withdraw" color="error" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.awardBatches.message.withdraw_title"
        content="resources.awardBatches.message.withdraw_content"
        confirmLabel="resources.awardBatches.action.withdraw"
        pending={withdraw.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ reason }) => withdraw.mutate(reason)}
      />
    </>
  );
};

/** The batch's steps, as its allowedActions name them. */
export const AwardBatchActions = () => {
  const batch = useRecordContext<AwardBatch>();
  return (
    <TopToolbar className="no-print">
      <ListButton />
      <PrintButton />
      {batch && allows(batch, "WITHDRAW") && <WithdrawBatchButton batch={batch} />}
      {batch && allows(batch, "POST") && <PostBatchButton batch={batch} />}
    </TopToolbar>
  );
};
