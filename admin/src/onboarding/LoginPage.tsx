import { Box, Link as MuiLink, Stack } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

/** react-admin's login form, and below it the residents' ways in: a text-message code, or a slip's activation code. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm />
      <Box sx={{ px: 2, pb: 2 }}>
        <Stack spacing={1} sx={{ alignItems: "center" }}>
          <MuiLink component={Link} to="/login-by-phone" data-testid="phone-login-link">
            {translate("app.resident.onboard.phone_title")}
          </MuiLink>
          <MuiLink component={Link} to="/activate" variant="body2">
            {translate("app.resident.onboard.activate_link")}
          </MuiLink>
        </Stack>
      </Box>
    </Login>
  );
};
