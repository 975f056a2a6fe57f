import { Box, Card, CardContent, Typography } from "@mui/material";
import type { FormEvent, ReactNode } from "react";
import { useTranslate } from "react-admin";
import { saveSession, type Session } from "../providers/session";

/**
 * A page a resident opens without being signed in (activation, phone
 * login): no menu, one card, phone first (360 px wide and up).
 */
export const PublicFrame = ({ title, intro, onSubmit, testId, children }: { title: string; intro?: string; onSubmit: (event: FormEvent) => void; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: "100vh", display: "flex", alignItems: { xs: "flex-start", sm: "center" }, justifyContent: "center", p: { xs: 1.5, sm: 2 }, bgcolor: "background.default" }}>
      <Card sx={{ maxWidth: 440, width: "100%" }} data-testid={testId}>
        <CardContent component="form" onSubmit={onSubmit} noValidate>
          <Typography variant="overline" color="text.secondary" component="div">
            {translate("app.title")}
          </Typography>
          <Typography variant="h5" component="h1" gutterBottom sx={{ fontWeight: 600 }}>
            {translate(title)}
          </Typography>
          {intro && (
            <Typography variant="body1" color="text.secondary" gutterBottom>
              {translate(intro)}
            </Typography>
          )}
          {children}
        </CardContent>
      </Card>
    </Box>
  );
};

const WELCOME_KEY = "cunwu.welcome";

/**
 * Signs in with a session the server just gave (activation, phone code) and
 * opens the resident's home afresh: react-admin read "no session" when this
 * public page loaded, so a new start is the way in. The username, to be
 * shown once on the home, waits in this tab's sessionStorage.
 */
export function enterWith(session: Session, welcomeUsername?: string): void {
  saveSession(session);
  if (welcomeUsername) sessionStorage.setItem(WELCOME_KEY, welcomeUsername);
  window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}#/`);
  window.location.reload();
}

/** The username to greet with once after an activation (read, then forgotten by forgetWelcome). */
export const welcomeUsername = (): string | null => sessionStorage.getItem(WELCOME_KEY);
export const forgetWelcome = (): void => sessionStorage.removeItem(WELCOME_KEY);
