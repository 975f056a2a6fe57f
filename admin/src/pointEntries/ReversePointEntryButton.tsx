import UndoIcon from "@mui/icons-material/Undo";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { allows } from "../common/allowed";
import { newIdempotencyKey } from "../common/idempotency";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { PointEntry } from "../types";

/**
 * 冲正: cancels an award or a deduction with a REVERSAL entry, once, with a
 * reason. A redemption is undone by cancelling it instead. One key per
 * opening of the dialog, so a double press reverses once.
 */
export const ReversePointEntryButton = (_props: { label?: string }) => {
  const entry = useRecordContext<PointEntry>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const reverse = useAction(
    (dp, params: { id: string; reason: string }) => dp.reversePointEntry({ ...params, idempotencyKey: key }),
    { success: "resources.pointEntries.notifications.reversed", onSuccess: () => setOpen(false) },
  );
  // Offered where the server would reverse it: an award or deduction not reversed yet, for its village's keeper.
  if (!entry || !allows(entry, "REVERSE")) return null;
  return (
    <>
      <Button
        label="resources.pointEntries.action.reverse"
        onClick={(event) => {
          event.stopPropagation();
          setKey(newIdempotencyKey());
          setOpen(true);
        }}
      >
        <UndoIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.pointEntries.message.reverse_title"
        content={translate("resources.pointEntries.message.reverse_content", {
          reason: entry.reason,
          delta: entry.delta > 0 ? `+${entry.delta}` : String(entry.delta),
        })}
        confirmLabel="resources.pointEntries.action.reverse"
        pending={reverse.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ reason }) => reverse.mutate({ id: entry.id, reason })}
      />
    </>
  );
};
