import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useTranslate } from "react-admin";
import type { AwardPhotos } from "./AwardPhotos";
import type { PickedHouseholds } from "./HouseholdPicker";

interface AwardConfirmDialogProps {
  open: boolean;
  households: number;
  points: number;
  reason: string;
  villageName: string;
  publicityDays: number;
  photos: AwardPhotos;
  picked: PickedHouseholds;
  pending: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Says exactly what will happen, and whether it posts now or goes on publicity first. */
export const AwardConfirmDialog = (props: AwardConfirmDialogProps) => {
  const translate = useTranslate();
  const { open, households, points, reason, villageName, publicityDays, photos, picked, pending, onClose, onConfirm } = props;
  // What goes with the award: the photos that arrived (the page waits for the others before it opens this).
  const shown = [...photos.award, ...[...picked.keys()].flatMap((id) => photos.of(id))].filter((p) => p.id);
  const { attachmentIds, householdAttachments } = photos.ids(picked);
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
        {shown.length > 0 && (
          <>
            <DialogContentText sx={{ mt: 1 }} data-testid="award-confirm-photos">
              {translate("app.photos.award.confirm", {
                award: attachmentIds.length,
                households: householdAttachments.length,
                photos: householdAttachments.reduce((sum, h) => sum + h.attachmentIds.length, 0),
              })}
            </DialogContentText>
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 1 }}>
              {shown.slice(0, 8).map((p) => (
                <Box key={p.key} component="img" src={p.preview} alt="" sx={{ width: 48, height: 48, objectFit: "cover", borderRadius: 0.5 }} />
              ))}
            </Box>
          </>
        )}
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
