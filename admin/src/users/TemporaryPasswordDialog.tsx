import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useTranslate } from "react-admin";

/** The temporary password of a reset, shown this once (the server keeps only its hash). */
export const TemporaryPasswordDialog = ({
  name,
  username,
  password,
  onClose,
}: {
  name: string;
  username: string;
  password: string | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={password !== null} onClose={onClose} aria-labelledby="temporary-password-title">
      <DialogTitle id="temporary-password-title">{translate("app.accounts.temporary_title", { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate("app.accounts.temporary_once")}</DialogContentText>
        <Box component="dl" sx={{ mt: 2, display: "grid", gridTemplateColumns: "auto 1fr", gap: 1, "& dd": { m: 0 } }}>
          <dt>{translate("app.accounts.username")}</dt>
          <dd>{username}</dd>
          <dt>{translate("app.accounts.temporary_password")}</dt>
          <Box component="dd" data-testid="temporary-password" sx={{ fontFamily: "monospace", fontSize: "1.4rem", letterSpacing: 1 }}>
            {password}
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate("ra.action.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
