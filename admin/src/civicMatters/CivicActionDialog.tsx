import { Alert, Button, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState, type ReactNode } from "react";
import { Form, useNotify, useRefresh, useTranslate } from "react-admin";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { CunwuDataProvider } from "../providers/dataProvider";
import { useErrorText } from "../common/useErrorText";
import { GuardedDialog, ReportFormDirty } from "../common/GuardedDialog";
import { civicFieldErrors, isStateRefusal } from "./civicErrors";

type Values = Record<string, any>;

const emptyRecord = {};

export interface CivicActionDialogProps {
  open: boolean;
  onClose: () => void;
  /** translation key (already translated text passes through) */
  title: string;
  titleArgs?: Record<string, unknown>;
  /** a sentence on what will happen */
  help?: ReactNode;
  defaultValues?: Values;
  /** the mutation, with the form's values */
  run: (dataProvider: CunwuDataProvider, values: Values) => Promise<unknown>;
  /** translation key notified on success */
  success: string;
  successArgs?: Record<string, unknown>;
  confirmLabel: string;
  confirmColor?: "primary" | "error" | "success";
  validate?: (values: Values) => Record<string, string>;
  children?: ReactNode;
  testId?: string;
  /** send only the inputs on screen: what a hidden input held (another channel's fields) is dropped */
  dropHidden?: boolean;
}

/**
 * One workflow step in a dialog: a react-admin form asking for what the
 * mutation needs. The server's field errors show next to their fields with
 * the sentence that says what is wrong; any other refusal (a status that
 * moved on, a passed due date, not allowed) shows above the form, and the
 * page reloads when the matter has changed meanwhile.
 */
export const CivicActionDialog = ({
  open,
  onClose,
  title,
  titleArgs,
  help,
  defaultValues,
  run,
  success,
  successArgs,
  confirmLabel,
  confirmColor = "primary",
  validate,
  children,
  testId,
  dropHidden = false,
}: CivicActionDialogProps) => {
  const translate = useTranslate();
  const dataProvider = useCunwuDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  const close = () => {
    if (pending) return;
    setFailure(null);
    onClose();
  };

  const submit = async (values: Values) => {
    setPending(true);
    setFailure(null);
    try {
      await run(dataProvider, values);
      notify(success, { type: "success", messageArgs: successArgs });
      setPending(false);
      onClose();
      refresh();
      return undefined;
    } catch (error) {
      setPending(false);
      const fieldErrors = civicFieldErrors(error);
      setFailure(errorText(error));
      // The matter moved on meanwhile: show it as it is now.
      if (isStateRefusal(error)) refresh();
      return fieldErrors ?? undefined;
    }
  };

  return (
    <GuardedDialog open={open} onClose={close} dirty={dirty} busy={pending} fullWidth maxWidth="sm" onClick={(event) => event.stopPropagation()} data-testid={testId}>
      {/* Its own empty record: the page's matter must not fill the form (its channel, its title …). */}
      <Form record={emptyRecord} onSubmit={submit} defaultValues={defaultValues} validate={validate} shouldUnregister={dropHidden} noValidate>
        <ReportFormDirty onChange={setDirty} />
        <DialogTitle>{translate(title, { _: title, ...titleArgs })}</DialogTitle>
        <DialogContent>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {failure}
            </Alert>
          )}
          {help && <DialogContentText sx={{ mb: 2 }}>{typeof help === "string" ? translate(help, { _: help }) : help}</DialogContentText>}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={pending}>
            {translate("ra.action.cancel")}
          </Button>
          <Button type="submit" variant="contained" color={confirmColor} disabled={pending}>
            {translate(confirmLabel)}
          </Button>
        </DialogActions>
      </Form>
    </GuardedDialog>
  );
};
