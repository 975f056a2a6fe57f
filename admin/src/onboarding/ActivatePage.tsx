import { Alert, Button, Link as MuiLink, Stack, TextField } from "@mui/material";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { Link, useSearchParams } from "react-router-dom";
import { useErrorText } from "../common/useErrorText";
import { ActivateResidentDocument } from "../documents/onboarding";
import { execute, GraphQLRequestError } from "../providers/graphqlClient";
import { normalizeCode } from "./issuedSlips";
import { enterWith, PublicFrame } from "./PublicFrame";

type Field = "code" | "password" | "repeat" | "phone";

const PHONE = /^1\d{10}$/;
const r = (key: string) => `app.resident.onboard.${key}`;
/** Field messages are keys (the page's own checks) or the server's reason already in words. */
const isKey = (text: string) => /^(app|errors)\.[\w.]+$/.test(text);

/** The server's answer as words by the field it concerns, or for the whole form. */
function placeError(error: unknown, errorText: (error: unknown, own?: Record<string, string>) => string): { fields: Partial<Record<Field, string>>; form?: string } {
  if (!(error instanceof GraphQLRequestError)) return { fields: {}, form: errorText(error) };
  const own = { RATE_LIMITED: r("rate_limited") };
  switch (error.reason) {
    case "ACTIVATION_CODE_INVALID":
      return { fields: { code: errorText(error) } };
    case "DUPLICATE_KEY":
      return { fields: { phone: r("phone_taken") } };
  }
  // Password rules (the same as a password change's): next to the password.
  const fields = error.body?.errors ?? {};
  const found: Partial<Record<Field, string>> = {};
  for (const field of ["password", "phone", "code"] as const) if (typeof fields[field] === "string") found[field] = fields[field];
  return Object.keys(found).length ? { fields: found } : { fields: {}, form: errorText(error, own) };
}

/**
 * 开通账号 (#/activate?code=…): the code from the slip (filled in by its QR;
 * typed in any case, spaces and dashes ignored), a password twice and, if
 * the resident wants phone logins, the phone. Public; on success the
 * resident is signed in and lands on the balance.
 */
export const ActivatePage = () => {
  const translate = useTranslate();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({ code: (params.get("code") ?? "").toUpperCase(), password: "", repeat: "", phone: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Another slip's link opened in the same tab changes only the address's code: take it.
  const linked = params.get("code");
  useEffect(() => {
    if (linked) setValues((current) => ({ ...current, code: linked.toUpperCase() }));
    setErrors({});
    setFailure(null);
  }, [linked]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeCode(values.code);
    const phone = values.phone.replace(/\s/g, "");
    const found: Partial<Record<Field, string>> = {};
    if (!code) found.code = "errors.fields.REQUIRED";
    if (!values.password) found.password = "errors.fields.REQUIRED";
    else if (values.password.length < 8) found.password = r("password_short");
    if (values.password !== values.repeat) found.repeat = r("passwords_differ");
    if (phone && !PHONE.test(phone)) found.phone = "errors.fields.INVALID_PHONE";
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      const { result } = await execute(ActivateResidentDocument, { input: { code, password: values.password, phone: phone || null } });
      enterWith(result, result.user.username);
    } catch (error) {
      const placed = placeError(error, errorText);
      setErrors(placed.fields);
      setFailure(placed.form ?? null);
      setPending(false);
    }
  };

  const input = (field: Field, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      name={field}
      label={translate(r(label))}
      value={values[field]}
      onChange={(event) => setValues({ ...values, [field]: field === "code" ? event.target.value.toUpperCase() : event.target.value })}
      error={Boolean(errors[field])}
      helperText={errors[field] ? (isKey(errors[field]) ? translate(errors[field]) : errors[field]) : extra.helperText ?? " "}
      fullWidth
      margin="dense"
      {...extra}
    />
  );

  return (
    <PublicFrame title={r("activate_title")} intro={r("activate_intro")} onSubmit={submit} testId="activate-page">
      {failure && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="activate-error">
          {failure}
        </Alert>
      )}
      {input("code", "code", {
        required: true,
        autoComplete: "one-time-code",
        slotProps: { htmlInput: { autoCapitalize: "characters", spellCheck: false, style: { fontFamily: "monospace", fontSize: "1.2rem", letterSpacing: "0.1em" } } },
      })}
      {input("password", "password", { type: "password", required: true, autoComplete: "new-password", helperText: translate(r("password_hint")) })}
      {input("repeat", "repeat", { type: "password", required: true, autoComplete: "new-password" })}
      {input("phone", "phone", { type: "tel", autoComplete: "tel", helperText: translate(r("phone_hint")), slotProps: { htmlInput: { inputMode: "numeric" } } })}
      <Button type="submit" variant="contained" size="large" fullWidth disabled={pending} sx={{ mt: 1 }}>
        {translate(r("activate_submit"))}
      </Button>
      <Stack direction="row" sx={{ justifyContent: "space-between", mt: 2, flexWrap: "wrap", gap: 1 }}>
        <MuiLink component={Link} to="/login">
          {translate(r("to_login"))}
        </MuiLink>
        <MuiLink component={Link} to="/login-by-phone">
          {translate(r("phone_login_link"))}
        </MuiLink>
      </Stack>
    </PublicFrame>
  );
};
