import { Alert } from "@mui/material";
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { forgetWelcome, welcomeUsername } from "./PublicFrame";

/** After an activation, once: the resident's login name, to write down. */
export const WelcomeNotice = () => {
  const translate = useTranslate();
  const [username] = useState(welcomeUsername);
  // Forgotten once shown: the next visit to the home greets no more.
  useEffect(() => {
    if (username) forgetWelcome();
  }, [username]);
  if (!username) return null;
  return (
    <Alert severity="success" data-testid="welcome-username">
      {translate("app.resident.onboard.welcome", { username })}
    </Alert>
  );
};
