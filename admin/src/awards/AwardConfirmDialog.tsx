import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useTranslate } from "react-admin";

interface AwardConfirmDialogProps {
  open: boolean;
  households: number;
  points: number;
  reason: string;
  villageName: string;
  publicityDays: number;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Says exactly what will happen, and whether it posts now or goes on publicity first. */
export const AwardConfirmDialog = (props: AwardConfirmDialogProps) => {
  const translate = useTranslate();
  const { open, households, points, reason, villageName, publicityDays, pending, onClose, onConfirm } = props;
  return (
    <Dialog open={open} onClose={() => !pending && onClose()} maxWidth="xs" fullWidth>
      <DialogTitle>{translate("app.award.confirm_title")}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {translate("app.award.confirm_content", { households, points, reason, total: households * points })}
        </DialogContentText>
        <DialogContentText>
          {publicityDays > 0
            ? translate("app.award.confirm_publicity", { village: villageName, days: publicityDays })
            : translate("app.award.confirm_immediate", { village: villageName })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate("ra.action.cancel")}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={pending} data-testid="confirm-award">
          {translate("app.award.confirm_button")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
