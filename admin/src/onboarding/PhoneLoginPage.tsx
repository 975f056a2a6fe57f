import { Alert, Button, Link as MuiLink, Stack, TextField } from "@mui/material";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useErrorText } from "../common/useErrorText";
import { LoginWithCodeDocument, RequestLoginCodeDocument } from "../documents/onboarding";
import { execute, GraphQLRequestError } from "../providers/graphqlClient";
import { enterWith, PublicFrame } from "./PublicFrame";

const PHONE = /^1\d{10}$/;
const WAIT_SECONDS = 60;
const r = (key: string) => `app.resident.onboard.${key}`;
/** Field messages are keys (the page's own checks) or the server's reason already in words. */
const isKey = (text: string) => /^(app|errors)\.[\w.]+$/.test(text);

/**
 * 用手机验证码登录 (#/login-by-phone): the phone, 获取验证码 (then 60
 * seconds before another), the 6-digit code from the text message, 登录.
 * Public; the server answers the same whether or not the phone has an
 * account, and so does this page.
 */
export const PhoneLoginPage = () => {
  const translate = useTranslate();
  const errorText = useErrorText();
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<{ phone?: string; code?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [wait, setWait] = useState(0);
  const [pending, setPending] = useState(false);
  const own = { RATE_LIMITED: r("rate_limited") };

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const number = phone.replace(/\s/g, "");
  const askCode = async () => {
    setFailure(null);
    if (!PHONE.test(number)) return setErrors({ phone: "errors.fields.INVALID_PHONE" });
    setErrors({});
    setPending(true);
    try {
      await execute(RequestLoginCodeDocument, { phone: number });
      setSent(true);
      setWait(WAIT_SECONDS);
    } catch (error) {
      setFailure(errorText(error, own));
    } finally {
      setPending(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found: { phone?: string; code?: string } = {};
    if (!PHONE.test(number)) found.phone = "errors.fields.INVALID_PHONE";
    if (!/^\d{6}$/.test(code.trim())) found.code = r("code_six");
    setErrors(found);
    if (Object.keys(found).length) return;
    setPending(true);
    try {
      const { result } = await execute(LoginWithCodeDocument, { phone: number, code: code.trim() });
      enterWith(result);
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.reason === "LOGIN_CODE_INVALID") setErrors({ code: errorText(error) });
      else setFailure(errorText(error, own));
      setPending(false);
    }
  };

  return (
    <PublicFrame title={r("phone_title")} intro={r("phone_intro")} onSubmit={submit} testId="phone-login-page">
      {failure && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="phone-login-error">
          {failure}
        </Alert>
      )}
      {sent && !failure && (
        <Alert severity="info" sx={{ my: 1 }}>
          {translate(r("code_sent"))}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
        <TextField
          name="phone"
          type="tel"
          label={translate(r("phone_number"))}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={Boolean(errors.phone)}
          helperText={errors.phone ? (isKey(errors.phone) ? translate(errors.phone) : errors.phone) : " "}
          autoComplete="tel"
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
          required
          fullWidth
          margin="dense"
        />
        <Button variant="outlined" onClick={askCode} disabled={pending || wait > 0} sx={{ mt: "8px !important", height: 56, flex: "none", minWidth: 112 }}>
          {wait > 0 ? translate(r("resend_in"), { seconds: wait }) : translate(r("get_code"))}
        </Button>
      </Stack>
      <TextField
        name="code"
        label={translate(r("login_code"))}
        value={code}
        onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
        error={Boolean(errors.code)}
        helperText={errors.code ? (isKey(errors.code) ? translate(errors.code) : errors.code) : " "}
        autoComplete="one-time-code"
        slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 6, style: { letterSpacing: "0.3em", fontSize: "1.2rem" } } }}
        required
        fullWidth
        margin="dense"
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={pending} sx={{ mt: 1 }}>
        {translate(r("login"))}
      </Button>
      <Stack direction="row" sx={{ justifyContent: "space-between", mt: 2, flexWrap: "wrap", gap: 1 }}>
        <MuiLink component={Link} to="/login">
          {translate(r("password_login_link"))}
        </MuiLink>
        <MuiLink component={Link} to="/activate">
          {translate(r("activate_link"))}
        </MuiLink>
      </Stack>
    </PublicFrame>
  );
};
