import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import EventBusyIcon from "@mui/icons-material/EventBusy";
import HowToRegIcon from "@mui/icons-material/HowToReg";
import { useState } from "react";
import { Link } from "react-router-dom";
import { Button, Confirm, useCanAccess, useLocaleState, useNotify, useRecordContext, useTranslate } from "react-admin";
import { districtToday, formatPoints } from "../common/format";
import { newIdempotencyKey } from "../common/idempotency";
import { ReasonDialog } from "../common/ReasonDialog";
import { useSessionUser } from "../common/session";
import { useAction } from "../common/useAction";
import { canRunActivity } from "../volunteer/access";
import { useVolunteerErrorText } from "../volunteer/errors";
import type { Activity } from "../volunteer/types";

/** What the role may do to this activity now: the status and the village decide. */
export const useActivityPermissions = (activity: Activity | undefined) => {
  const user = useSessionUser();
  const record = useCanAccess({ resource: "activities", action: "record" });
  const confirm = useCanAccess({ resource: "activities", action: "confirm" });
  const cancel = useCanAccess({ resource: "activities", action: "cancel" });
  const runs = Boolean(activity) && canRunActivity(user, activity!);
  const planned = activity?.status === "PLANNED";
  return {
    edit: runs && planned,
    record: runs && planned && Boolean(record.canAccess),
    confirm: runs && planned && Boolean(confirm.canAccess),
    cancel: runs && activity?.status !== "CANCELLED" && Boolean(cancel.canAccess),
  };
};

/** 登记参与: the page that records which households took part. */
export const RecordParticipationButton = () => {
  const activity = useRecordContext<Activity>();
  const can = useActivityPermissions(activity);
  if (!activity || !can.record) return null;
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
  const can = useActivityPermissions(activity);
  const [key, setKey] = useState<string | null>(null);
  const confirm = useAction((dp, params: { id: string; idempotencyKey: string }) => dp.confirmActivity(params), {
    success: "resources.activities.notifications.confirmed",
    notifyError: false,
    onSuccess: () => setKey(null),
  });
  if (!activity || !can.confirm) return null;
  const early = activity.date > districtToday();
  const points = activity.points ?? 0;
  return (
    <>
      <Button
        label="resources.activities.action.confirm"
        variant="contained"
        data-testid="confirm-activity"
        onClick={() => {
          if (early) notify(translate("app.volunteer.errors.AFTER_TODAY", { date: activity.date }), { type: "warning" });
          else if (activity.participantCount === 0) notify("app.volunteer.errors.NO_PARTICIPANTS", { type: "warning" });
          else setKey(newIdempotencyKey());
        }}
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
  const can = useActivityPermissions(activity);
  const [key, setKey] = useState<string | null>(null);
  const cancel = useAction((dp, params: { id: string; reason: string; idempotencyKey: string }) => dp.cancelActivity(params), {
    success: "resources.activities.notifications.cancelled",
    notifyError: false,
    onSuccess: () => setKey(null),
  });
  if (!activity || !can.cancel) return null;
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
