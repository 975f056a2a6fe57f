import { Card, CardContent, Typography } from "@mui/material";
import { useGetIdentity, usePermissions, useTranslate } from "react-admin";
import { isRole } from "../common/enums";

/** Greets the user by name and says what their role does in the console. */
export const WelcomeCard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<unknown>();
  if (!identity || !isRole(permissions)) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate("app.dashboard.welcome", { name: identity.fullName })}
        </Typography>
        <Typography color="text.secondary" gutterBottom>
          {translate("app.dashboard.signedInAs", { role: translate(`enums.Role.${permissions}`) })}
        </Typography>
        <Typography>{translate(`app.dashboard.intro.${permissions}`)}</Typography>
      </CardContent>
    </Card>
  );
};
