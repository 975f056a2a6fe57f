import {
  Button,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material";
import { useState, type FormEvent, type ReactNode } from "react";
import { GuardedDialog } from "./GuardedDialog";
import { checkWholeNumber, parseWholeNumber } from "./wholeNumber";
import { useTranslate } from "react-admin";

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** what will happen, already translated or a key */
  content?: ReactNode;
  /** translation key of the reason's label (default: app.common.reason) */
  reasonLabel?: string;
  /** also ask for a whole number (e.g. a stock change), with this label */
  quantityLabel?: string;
  /** translation key of the confirm button */
  confirmLabel?: string;
  pending?: boolean;
  onClose: () => void;
  onConfirm: (values: { reason: string; quantity: number }) => void;
}

/**
 * Asks why (and with quantityLabel, how many) before an action the ledger or
 * the shop records with its reason: withdraw, remove a line, reverse, cancel,
 * object, restock.
 */
export const ReasonDialog = ({
  open,
  title,
  content,
  reasonLabel = "app.common.reason",
  quantityLabel,
  confirmLabel = "ra.action.confirm",
  pending = false,
  onClose,
  onConfirm,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState("");
  const [quantity, setQuantity] = useState("");
  const [touched, setTouched] = useState(false);
  const quantityValue = parseWholeNumber(quantity);
  const reasonError = touched && reason.trim() === "";
  // Blank, not whole, or 0 (a change of nothing): the app's words, never the browser's.
  const quantityProblem = !quantityLabel
    ? undefined
    : quantity.trim() === ""
      ? { message: "errors.fields.REQUIRED", args: {} }
      : (checkWholeNumber(quantity) ?? (quantityValue === 0 ? { message: "app.validation.not_zero", args: {} } : undefined));
  const quantityError = touched && quantityProblem !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (reason.trim() === "") return;
    if (quantityProblem) return;
    onConfirm({ reason: reason.trim(), quantity: quantityValue ?? 0 });
  };
  const close = () => {
    if (pending) return;
    setReason("");
    setQuantity("");
    setTouched(false);
    onClose();
  };

  return (
    // Clicks in the dialog must not reach a list row it was opened from (portals bubble in React).
    <GuardedDialog
      open={open}
      onClose={close}
      dirty={reason.trim() !== "" || quantity.trim() !== ""}
      busy={pending}
      fullWidth
      maxWidth="xs"
      onClick={(event) => event.stopPropagation()}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle>{translate(title, { _: title })}</DialogTitle>
        <DialogContent>
          {content && (
            <DialogContentText sx={{ mb: 2 }}>
              {typeof content === "string" ? translate(content, { _: content }) : content}
            </DialogContentText>
          )}
          {quantityLabel && (
            <TextField
              label={translate(quantityLabel)}
              name="quantity"
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
              error={quantityError}
              helperText={quantityError && quantityProblem ? translate(quantityProblem.message, quantityProblem.args) : translate("app.common.quantity_help")}
              fullWidth
              autoFocus
              slotProps={{ htmlInput: { inputMode: "numeric" } }}
              sx={{ mb: 2 }}
            />
          )}
          <TextField
            label={translate(reasonLabel)}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
            helperText={reasonError ? translate("errors.fields.REQUIRED") : " "}
            fullWidth
            multiline
            minRows={2}
            autoFocus={!quantityLabel}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={pending}>
            {translate("ra.action.cancel")}
          </Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {translate(confirmLabel)}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  );
};
