import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import UndoIcon from "@mui/icons-material/Undo";
import { useState } from "react";
import { Button, ListButton, TopToolbar, useCanAccess, useRecordContext } from "react-admin";
import { PrintButton } from "../common/PrintButton";
import { districtToday } from "../common/format";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { AwardBatch } from "../types";
import { mayPost } from "./batchFigures";

/** 入账: after publicity, writes the entries (once). Disabled while publicity lasts. */
const PostBatchButton = ({ batch }: { batch: AwardBatch }) => {
  const post = useAction((dp, id: string) => dp.postAwardBatch({ id }), {
    success: "resources.awardBatches.notifications.posted",
  });
  return (
    <Button
      label="resources.awardBatches.action.post"
      variant="contained"
      disabled={!mayPost(batch, districtToday()) || post.isPending}
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

export const AwardBatchActions = () => {
  const batch = useRecordContext<AwardBatch>();
  const { canAccess: canPost } = useCanAccess({ resource: "awardBatches", action: "post" });
  const { canAccess: canWithdraw } = useCanAccess({ resource: "awardBatches", action: "withdraw" });
  const open = batch?.status === "ON_PUBLICITY";
  return (
    <TopToolbar className="no-print">
      <ListButton />
      <PrintButton />
      {batch && open && canWithdraw && <WithdrawBatchButton batch={batch} />}
      {batch && open && canPost && <PostBatchButton batch={batch} />}
    </TopToolbar>
  );
};
