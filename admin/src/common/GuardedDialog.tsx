import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, type DialogProps } from "@mui/material";
import { useEffect, useState } from "react";
import { useFormIsDirty, useTranslate } from "react-admin";

export interface GuardedDialogProps extends Omit<DialogProps, "onClose"> {
  /** something chosen or typed that closing would throw away */
  dirty: boolean;
  /** a request on its way: the dialog stays */
  busy?: boolean;
  onClose: () => void;
}

/**
 * A dialog holding someone's choices. Escape or a click beside it closes it at
 * once when nothing was chosen; otherwise it asks 放弃已填写的内容？ first.
 * Its own Cancel button (a deliberate press) calls onClose directly.
 */
export const GuardedDialog = ({ dirty, busy = false, onClose, open, children, ...props }: GuardedDialogProps) => {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  const requestClose = (_event: unknown, reason: "escapeKeyDown" | "backdropClick") => {
    if (busy) return;
    if (dirty && (reason === "escapeKeyDown" || reason === "backdropClick")) setAsking(true);
    else onClose();
  };
  const discard = () => {
    setAsking(false);
    onClose();
  };
  return (
    <>
      <Dialog {...props} open={open} onClose={requestClose}>
        {children}
      </Dialog>
      <Dialog
        open={open && asking}
        onClose={() => setAsking(false)}
        maxWidth="xs"
        data-testid="discard-dialog"
        onClick={(event) => event.stopPropagation()}
      >
        <DialogTitle>{translate("app.discard.title")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate("app.discard.content")}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} autoFocus>
            {translate("app.discard.keep")}
          </Button>
          <Button color="error" onClick={discard}>
            {translate("app.discard.discard")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Inside a react-admin Form: tells the GuardedDialog around it whether anything was changed. */
export const ReportFormDirty = ({ onChange }: { onChange: (dirty: boolean) => void }) => {
  const dirty = useFormIsDirty();
  useEffect(() => onChange(dirty), [dirty, onChange]);
  // The form goes with the dialog's content: a new opening starts clean.
  useEffect(() => () => onChange(false), [onChange]);
  return null;
};
