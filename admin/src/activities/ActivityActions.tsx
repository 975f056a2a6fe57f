import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import EventBusyIcon from "@mui/icons-material/EventBusy";
import HowToRegIcon from "@mui/icons-material/HowToReg";
import { useState } from "react";
import { Link } from "react-router-dom";
import { Button, Confirm, useLocaleState, useNotify, useRecordContext, useTranslate } from "react-admin";
import { allows } from "../common/allowed";
import { formatPoints } from "../common/format";
import { newIdempotencyKey } from "../common/idempotency";
import { ReasonDialog } from "../common/ReasonDialog";
import { useAction } from "../common/useAction";
import { useVolunteerErrorText } from "../volunteer/errors";
import type { Activity } from "../volunteer/types";

// Each button shows when the activity's allowedActions names its step.

/** 登记参与: the page that records which households took part. */
export const RecordParticipationButton = () => {
  const activity = useRecordContext<Activity>();
  if (!activity || !allows(activity, "RECORD_PARTICIPATION")) return null;
  return (
    <Button component={Link} to={`/activities/${activity.id}/participation`} label="resources.activities.action.record">
      <HowToRegIcon />
    </Button>
  );
};

/**
 * 确认参与: PLANNED → HELD, each participating household gets its points
 * through the ledger. One key per opening of the dialog, so a double press
 * or a retry awards nothing twice.
 */
export const ConfirmActivityButton = () => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const errorText = useVolunteerErrorText();
  const [key, setKey] = useState<string | null>(null);
  const confirm = useAction((dp, params: { id: string; idempotencyKey: string }) => dp.confirmActivity(params), {
    success: "resources.activities.notifications.confirmed",
    notifyError: false,
    onSuccess: () => setKey(null),
  });
  // Offered only when the server would confirm it: dated today or before, participants recorded, its rule active.
  if (!activity || !allows(activity, "CONFIRM")) return null;
  const points = activity.points ?? 0;
  return (
    <>
      <Button
        label="resources.activities.action.confirm"
        variant="contained"
        data-testid="confirm-activity"
        onClick={() => setKey(newIdempotencyKey())}
      >
        <CheckCircleIcon />
      </Button>
      <Confirm
        isOpen={key !== null}
        loading={confirm.isPending}
        title="resources.activities.message.confirm_title"
        content={translate("resources.activities.message.confirm_content", {
          households: activity.participantCount,
          points: formatPoints(points, locale),
          total: formatPoints(points * activity.participantCount, locale),
        })}
        confirm="resources.activities.action.confirm"
        onConfirm={() =>
          confirm.mutate(
            { id: activity.id, idempotencyKey: key! },
            { onError: (error) => notify(errorText(error), { type: "error" }) },
          )
        }
        onClose={() => setKey(null)}
      />
    </>
  );
};

/** 取消活动, with a reason; a held activity's points are taken back (REVERSAL entries). */
export const CancelActivityButton = () => {
  const activity = useRecordContext<Activity>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const errorText = useVolunteerErrorText();
  const [key, setKey] = useState<string | null>(null);
  const cancel = useAction((dp, params: { id: string; reason: string; idempotencyKey: string }) => dp.cancelActivity(params), {
    success: "resources.activities.notifications.cancelled",
    notifyError: false,
    onSuccess: () => setKey(null),
  });
  if (!activity || !allows(activity, "CANCEL")) return null;
  const held = activity.status === "HELD";
  return (
    <>
      <Button label="resources.activities.action.cancel" color="error" onClick={() => setKey(newIdempotencyKey())}>
        <EventBusyIcon />
      </Button>
      <ReasonDialog
        open={key !== null}
        title="resources.activities.message.cancel_title"
        content={
          held
            ? translate("resources.activities.message.cancel_held", {
                households: activity.participantCount,
                points: formatPoints(activity.points ?? 0, locale),
              })
            : translate("resources.activities.message.cancel_planned")
        }
        reasonLabel="resources.activities.fields.cancelReason"
        confirmLabel="resources.activities.action.cancel"
        pending={cancel.isPending}
        onClose={() => setKey(null)}
        onConfirm={({ reason }) =>
          cancel.mutate(
            { id: activity.id, reason, idempotencyKey: key! },
            { onError: (error) => notify(errorText(error), { type: "error", autoHideDuration: 10_000 }) },
          )
        }
      />
    </>
  );
};
