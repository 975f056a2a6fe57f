import { Typography } from "@mui/material";
import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from "react-admin";
import { DayInput } from "../common/DayInput";
import { addDays, districtToday } from "../common/format";
import { PhotoPicker } from "../photos/PhotoPicker";
import { CivicActionDialog } from "./CivicActionDialog";
import {
  followUpMethodChoices,
  followUpResolvedChoices,
  satisfactionChoices,
  SUPERVISION_LEVELS,
  supervisionLevelChoices,
} from "./civicEnums";
import type { CivicMatter, MatterAssignment } from "./civicTypes";

/** A lead unit or lead official: returning it sends the matter back to triage (the help text says so). */
const isLead = (a: Pick<MatterAssignment, "role">) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";

// The workflow's dialogs, one per step, each asking for what its mutation needs.

export interface MatterDialogProps {
  matter: CivicMatter;
  open: boolean;
  onClose: () => void;
}

const text = (source: string, label: string, { optional = false, rows = 2 } = {}) => (
  <TextInput source={source} label={label} validate={optional ? undefined : required()} multiline minRows={rows} fullWidth />
);

/** RECEIVED → REJECTED, with the reason the resident reads. */
export const RejectDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    title="app.civic.dialog.reject_title"
    titleArgs={{ code: matter.code }}
    help="app.civic.dialog.reject_content"
    confirmLabel="app.civic.action.reject"
    confirmColor="error"
    success="app.civic.notifications.rejected"
    run={(dp, v) => dp.rejectCivicMatter({ id: matter.id, reason: v.reason })}
  >
    {text("reason", "app.common.reason")}
  </CivicActionDialog>
);

/** RECEIVED → MERGED into another matter of the village. */
export const MergeDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    title="app.civic.dialog.merge_title"
    titleArgs={{ code: matter.code }}
    confirmLabel="app.civic.action.merge"
    success="app.civic.notifications.merged"
    run={(dp, v) => dp.mergeCivicMatter({ id: matter.id, intoId: v.intoId, note: v.note || null })}
  >
    <ReferenceInput source="intoId" reference="civicMatters" filter={{ villageId: matter.villageId }}>
      <AutocompleteInput
        label="app.civic.dialog.merge_into"
        optionText={(m: CivicMatter) => `${m.code} ${m.title}`}
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
    {text("note", "app.common.note", { optional: true })}
  </CivicActionDialog>
);

/** A progress note, public (the resident reads it) or internal. */
export const ProgressDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    title="app.civic.dialog.progress_title"
    defaultValues={{ public: true }}
    confirmLabel="app.civic.action.progress"
    success="app.civic.notifications.progress"
    run={(dp, v) => dp.postProgress({ id: matter.id, note: v.note, public: Boolean(v.public), attachmentIds: v.attachmentIds })}
  >
    {text("note", "app.civic.dialog.progress_note", { rows: 3 })}
    <BooleanInput source="public" label="app.civic.dialog.progress_public" />
    <PhotoPicker />
  </CivicActionDialog>
);

/** A co-unit reports its own accepted part (a note, photos): its part is then done. */
export const ReportPartDialog = ({ matter, assignment, open, onClose }: MatterDialogProps & { assignment: MatterAssignment }) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    testId="report-part-dialog"
    title="app.civic.assignments.report_title"
    titleArgs={{ code: matter.code }}
    help="app.civic.assignments.report_help"
    confirmLabel="app.civic.assignments.report"
    success="app.civic.notifications.part_reported"
    run={(dp, v) => dp.reportPart({ assignmentId: assignment.id, note: v.note, attachmentIds: v.attachmentIds })}
  >
    {text("note", "app.civic.assignments.report_note", { rows: 3 })}
    <PhotoPicker />
  </CivicActionDialog>
);

/** IN_PROGRESS → RESOLVED with the resolution. */
export const ResolveDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    testId="resolve-dialog"
    title="app.civic.dialog.resolve_title"
    titleArgs={{ code: matter.code }}
    help="app.civic.dialog.resolve_help"
    confirmLabel="app.civic.action.resolve"
    confirmColor="success"
    success="app.civic.notifications.resolved"
    run={(dp, v) => dp.resolveCivicMatter({ id: matter.id, resolution: v.resolution, attachmentIds: v.attachmentIds })}
  >
    {text("resolution", "app.civic.dialog.resolution", { rows: 3 })}
    <PhotoPicker />
  </CivicActionDialog>
);

/** 督办: a level never below the current one, the reason, when to answer. */
export const SuperviseDialog = ({ matter, open, onClose }: MatterDialogProps) => {
  const today = districtToday();
  return (
    <CivicActionDialog
      open={open}
      onClose={onClose}
      title="app.civic.dialog.supervise_title"
      titleArgs={{ code: matter.code }}
      defaultValues={{ level: matter.supervisionLevel ?? "URGE", responseDueDate: addDays(today, 3) }}
      confirmLabel="app.civic.action.supervise"
      success="app.civic.notifications.supervised"
      run={(dp, v) => dp.superviseCivicMatter({ id: matter.id, level: v.level, reason: v.reason, responseDueDate: v.responseDueDate })}
    >
      <RadioButtonGroupInput
        source="level"
        label="app.civic.dialog.level"
        choices={supervisionLevelChoices.filter(
          (c) => SUPERVISION_LEVELS.indexOf(c.id as never) >= (matter.supervisionLevel ? SUPERVISION_LEVELS.indexOf(matter.supervisionLevel) : 0),
        )}
        validate={required()}
      />
      {text("reason", "app.civic.dialog.supervise_reason")}
      <DayInput source="responseDueDate" label="app.civic.dialog.response_due" validate={required()} />
    </CivicActionDialog>
  );
};

const assignmentLabel = (a: MatterAssignment, translate: (key: string) => string) =>
  `${translate(`enums.AssignmentRole.${a.role}`)} · ${a.department?.name ?? a.village?.name ?? a.personName ?? ""}`;

/** 延期: the assignee asks for a later due date for one of its open assignments, before the current one passes. */
export const ExtensionDialog = ({ matter, open, onClose }: MatterDialogProps) => {
  const translate = useTranslate();
  // The caller's assignments the server would extend (MatterAssignment.allowedActions).
  const mine = matter.assignments.filter((a) => a.allowedActions.includes("REQUEST_EXTENSION"));
  const first = mine.find(isLead) ?? mine[0];
  return (
    <CivicActionDialog
      open={open}
      onClose={onClose}
      testId="extension-dialog"
      title="app.civic.dialog.extension_title"
      defaultValues={{ assignmentId: first?.id }}
      confirmLabel="app.civic.action.requestExtension"
      success="app.civic.notifications.extension_requested"
      run={(dp, v) =>
        dp.requestExtension({ id: matter.id, assignmentId: v.assignmentId, reason: v.reason, requestedDueDate: v.requestedDueDate })
      }
    >
      <SelectInput
        source="assignmentId"
        label="app.civic.dialog.extension_for"
        choices={mine.map((a) => ({ id: a.id, name: assignmentLabel(a, translate) }))}
        validate={required()}
        fullWidth
      />
      <FormDataConsumer<{ assignmentId?: string }>>
        {({ formData }) => {
          const chosen = mine.find((a) => a.id === formData.assignmentId);
          return chosen ? (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate("app.civic.dialog.extension_help", { date: chosen.dueDate })}
            </Typography>
          ) : null;
        }}
      </FormDataConsumer>
      <DayInput source="requestedDueDate" label="app.civic.dialog.requested_due" validate={required()} />
      {text("reason", "app.civic.dialog.extension_reason")}
    </CivicActionDialog>
  );
};

/** Staff above approve or refuse the waiting extension request (the button chose which). */
export const DecideExtensionDialog = ({ matter, open, onClose, approve }: MatterDialogProps & { approve: boolean }) => {
  const translate = useTranslate();
  const pending = (matter.extensions ?? []).find((e) => e.state === "PENDING");
  if (!pending) return null;
  return (
    <CivicActionDialog
      open={open}
      onClose={onClose}
      title="app.civic.extensions.decide_title"
      help={translate("app.civic.extensions.decide_content", { date: pending.requestedDueDate, reason: pending.reason })}
      confirmLabel={approve ? "app.civic.action.approveExtension" : "app.civic.action.refuseExtension"}
      confirmColor={approve ? "primary" : "error"}
      success="app.civic.notifications.extension_decided"
      run={(dp, v) => dp.decideExtension({ extensionId: pending.id, approve, note: v.note || null })}
    >
      {text("note", "app.civic.extensions.decision_note", { optional: true })}
    </CivicActionDialog>
  );
};

/** The outcome inputs a follow-up (or a resident's rating) records. */
const OutcomeInputs = () => (
  <>
    <RadioButtonGroupInput source="resolved" label="app.civic.dialog.resolved" choices={followUpResolvedChoices} validate={required()} />
    <RadioButtonGroupInput source="satisfaction" label="app.civic.dialog.satisfaction" choices={satisfactionChoices} validate={required()} />
  </>
);

/** 回访 of a RESOLVED matter by its committee or staff above. */
export const FollowUpDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    testId="follow-up-dialog"
    title="app.civic.dialog.follow_up_title"
    titleArgs={{ code: matter.code }}
    help="app.civic.dialog.follow_up_help"
    defaultValues={{ method: "PHONE", reached: true }}
    confirmLabel="app.civic.action.followUp"
    success="app.civic.notifications.followed_up"
    run={(dp, v) =>
      dp.recordFollowUp({
        id: matter.id,
        method: v.method,
        reached: Boolean(v.reached),
        resolved: v.resolved,
        satisfaction: v.satisfaction,
        comment: v.comment,
        attachmentIds: v.attachmentIds,
      })
    }
  >
    <SelectInput source="method" label="app.civic.dialog.method" choices={followUpMethodChoices} validate={required()} />
    <BooleanInput source="reached" label="app.civic.dialog.reached" />
    <FormDataConsumer<{ reached?: boolean }>>{({ formData }) => (formData.reached ? <OutcomeInputs /> : null)}</FormDataConsumer>
    {text("comment", "app.civic.dialog.comment", { optional: true })}
    <PhotoPicker />
  </CivicActionDialog>
);

/** A resident rates its own resolved matter. */
export const RateDialog = ({ matter, open, onClose }: MatterDialogProps) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    testId="rate-dialog"
    title="app.civic.dialog.rate_title"
    help="app.civic.dialog.rate_help"
    confirmLabel="app.resident.civic.rate_submit"
    success="app.civic.notifications.rated"
    run={(dp, v) => dp.rateCivicMatter({ id: matter.id, resolved: v.resolved, satisfaction: v.satisfaction, comment: v.comment })}
  >
    <OutcomeInputs />
    {/* A resident writes its own words, not a 回访记录 (the staff dialog's field). */}
    {text("comment", "app.resident.civic.comment", { optional: true })}
  </CivicActionDialog>
);

/** The assignee hands its assignment back, with the reason (internal). */
export const ReturnDialog = ({
  assignment,
  open,
  onClose,
}: MatterDialogProps & { assignment: MatterAssignment }) => (
  <CivicActionDialog
    open={open}
    onClose={onClose}
    title="app.civic.assignments.return_title"
    help={isLead(assignment) ? "app.civic.assignments.return_lead" : "app.civic.assignments.return_other"}
    confirmLabel="app.civic.assignments.return"
    confirmColor="error"
    success="app.civic.notifications.returned"
    run={(dp, v) => dp.returnAssignment({ assignmentId: assignment.id, reason: v.reason })}
  >
    {text("reason", "app.common.reason")}
  </CivicActionDialog>
);

