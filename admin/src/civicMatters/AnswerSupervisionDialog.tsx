import { required, TextInput, useTranslate } from "react-admin";
import { CivicActionDialog } from "./CivicActionDialog";
import type { MatterSupervision } from "./civicTypes";

/**
 * 答复督办: the handling unit says what it did or will do. A GuardedDialog
 * (through CivicActionDialog): typed text is not lost to a stray click.
 */
export const AnswerSupervisionDialog = ({ supervision, open, onClose }: { supervision: MatterSupervision; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <CivicActionDialog
      open={open}
      onClose={onClose}
      testId="answer-supervision-dialog"
      title="app.civic.supervisions.answer_title"
      titleArgs={{ level: translate(`enums.SupervisionLevel.${supervision.level}`) }}
      help={translate("app.civic.supervisions.answer_help", { reason: supervision.reason, date: supervision.responseDue })}
      confirmLabel="app.civic.supervisions.answer"
      success="app.civic.notifications.supervision_answered"
      run={(dp, v) => dp.answerSupervision({ supervisionId: supervision.id, response: v.response })}
    >
      <TextInput source="response" label="app.civic.supervisions.response" validate={required()} multiline minRows={3} fullWidth />
    </CivicActionDialog>
  );
};
