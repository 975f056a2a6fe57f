import { Alert, Box, Button, Card, CardContent, TextField, Typography } from "@mui/material";
import { useState, type FormEvent } from "react";
import { useLogout, useNotify, useTranslate } from "react-admin";
import { ChangePasswordDocument } from "../documents/accounts";
import { execute, GraphQLRequestError } from "../providers/graphqlClient";
import { saveSession } from "../providers/session";
import { useErrorText } from "../common/useErrorText";

type Field = "currentPassword" | "newPassword" | "repeat";

/**
 * After an admin's reset the server serves only `me` and `changePassword`,
 * so the console shows nothing but this form until a new password is chosen.
 */
export const PasswordChangeGate = ({ onDone }: { onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: "", newPassword: "", repeat: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = "errors.fields.REQUIRED";
    if (!values.newPassword) found.newPassword = "errors.fields.REQUIRED";
    if (values.newPassword !== values.repeat) found.repeat = "app.accounts.passwords_differ";
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      const { changePassword } = await execute(ChangePasswordDocument, {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      saveSession(changePassword);
      notify("app.accounts.changed", { type: "success" });
      onDone();
    } catch (error) {
      // The server's field errors go next to their inputs; anything else above the form.
      const fields = error instanceof GraphQLRequestError ? error.body?.errors : undefined;
      const next: Partial<Record<Field, string>> = {};
      for (const field of ["currentPassword", "newPassword"] as const) {
        const message = fields?.[field];
        if (typeof message === "string") next[field] = message;
      }
      setErrors(next);
      if (!Object.keys(next).length) setFailure(errorText(error));
    } finally {
      setPending(false);
    }
  };

  const input = (field: Field, label: string, autoComplete: string) => (
    <TextField
      name={field}
      type="password"
      label={translate(label)}
      autoComplete={autoComplete}
      value={values[field]}
      onChange={(event) => setValues({ ...values, [field]: event.target.value })}
      error={Boolean(errors[field])}
      helperText={errors[field] ? translate(errors[field]) : " "}
      required
      fullWidth
      margin="dense"
    />
  );

  return (
    <Box sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", p: 2 }}>
      <Card sx={{ maxWidth: 420, width: "100%" }}>
        <CardContent component="form" onSubmit={submit} noValidate>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate("app.accounts.change_title")}
          </Typography>
          <Typography variant="body2" gutterBottom>
            {translate("app.accounts.change_intro")}
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          {input("currentPassword", "app.accounts.current_password", "current-password")}
          {input("newPassword", "app.accounts.new_password", "new-password")}
          {input("repeat", "app.accounts.repeat_password", "new-password")}
          <Box sx={{ display: "flex", justifyContent: "space-between", mt: 2 }}>
            <Button onClick={() => logout()}>{translate("ra.auth.logout")}</Button>
            <Button type="submit" variant="contained" disabled={pending}>
              {translate("app.accounts.change_submit")}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
