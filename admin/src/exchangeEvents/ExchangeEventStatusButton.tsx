import LockIcon from "@mui/icons-material/Lock";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import { Button, useCanAccess, useRecordContext } from "react-admin";
import { useAction } from "../common/useAction";
import type { ExchangeEvent } from "../types";

/** Closes an open exchange event, or (unless `closeOnly`, as in the list) opens a closed one again. */
export const ExchangeEventStatusButton = ({ closeOnly = false }: { label?: string; closeOnly?: boolean }) => {
  const event = useRecordContext<ExchangeEvent>();
  const { canAccess } = useCanAccess({ resource: "exchangeEvents", action: "close" });
  const close = useAction((dp, id: string) => dp.closeExchangeEvent({ id }), {
    success: "resources.exchangeEvents.notifications.closed",
  });
  const reopen = useAction((dp, id: string) => dp.reopenExchangeEvent({ id }), {
    success: "resources.exchangeEvents.notifications.reopened",
  });
  if (!event || !canAccess || (closeOnly && event.status !== "OPEN")) return null;
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return event.status === "OPEN" ? (
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
  ) : (
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
