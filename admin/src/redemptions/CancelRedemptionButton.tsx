import CancelIcon from "@mui/icons-material/Cancel";
import { useState } from "react";
import { Button, useRecordContext, useTranslate } from "react-admin";
import { allows } from "../common/allowed";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import type { Redemption } from "../types";

/** 取消兑换: refunds the points and restocks the goods, once; the redemption stays on record. */
export const CancelRedemptionButton = () => {
  const redemption = useRecordContext<Redemption>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const cancel = useAction((dp, reason: string) => dp.cancelRedemption({ id: redemption!.id, reason }), {
    success: "resources.redemptions.notifications.cancelled",
    onSuccess: () => setOpen(false),
  });
  if (!redemption || !allows(redemption, "CANCEL")) return null;
  return (
    <>
      <Button label="resources.redemptions.action.cancel" color="error" onClick={() => setOpen(true)}>
        <CancelIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.redemptions.message.cancel_title"
        content={translate("resources.redemptions.message.cancel_content", { total: redemption.total })}
        confirmLabel="resources.redemptions.action.cancel"
        pending={cancel.isPending}
        onClose={() => setOpen(false)}
        onConfirm={({ reason }) => cancel.mutate(reason)}
      />
    </>
  );
};
