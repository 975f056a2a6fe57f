import LockIcon from "@mui/icons-material/Lock";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import { Button, useRecordContext } from "react-admin";
import { allows } from "../common/allowed";
import { useAction } from "../common/useAction";
import type { ExchangeEvent } from "../types";

/** Closes the exchange event, or (unless `closeOnly`, as in the list) opens it again: as its allowedActions say. */
export const ExchangeEventStatusButton = ({ closeOnly = false }: { label?: string; closeOnly?: boolean }) => {
  const event = useRecordContext<ExchangeEvent>();
  const close = useAction((dp, id: string) => dp.closeExchangeEvent({ id }), {
    success: "resources.exchangeEvents.notifications.closed",
  });
  const reopen = useAction((dp, id: string) => dp.reopenExchangeEvent({ id }), {
    success: "resources.exchangeEvents.notifications.reopened",
  });
  if (!event) return null;
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  if (allows(event, "CLOSE")) return (
    <Button
      label="resources.exchangeEvents.action.close"
      disabled={close.isPending}
      onClick={(e) => {
        stop(e);
        close.mutate(event.id);
      }}
    >
      <LockIcon />
    </Button>
  );
  if (closeOnly || !allows(event, "REOPEN")) return null;
  return (
    <Button
      label="resources.exchangeEvents.action.reopen"
      disabled={reopen.isPending}
      onClick={(e) => {
        stop(e);
        reopen.mutate(event.id);
      }}
    >
      <LockOpenIcon />
    </Button>
  );
};
