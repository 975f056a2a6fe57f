import LockResetIcon from "@mui/icons-material/LockReset";
import { useState } from "react";
import { Button, Confirm, useRecordContext } from "react-admin";
import { useSessionUser } from "../common/session";
import { useAction } from "../common/useAction";
import type { User } from "../types";
import { TemporaryPasswordDialog } from "./TemporaryPasswordDialog";

/**
 * 重置密码 for another user (the admin's own goes through the password change):
 * asks first, then shows the temporary password once.
 */
export const ResetPasswordButton = (_props: { label?: string }) => {
  const user = useRecordContext<User>();
  const me = useSessionUser();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const reset = useAction((dp, userId: string) => dp.resetPassword({ userId }), {
    onSuccess: (result) => setPassword(result.temporaryPassword),
  });
  if (!user || user.id === me?.id) return null;
  const name = user.displayName;
  return (
    <>
      <Button
        label="app.accounts.reset"
        disabled={reset.isPending}
        onClick={(event) => {
          event.stopPropagation();
          setAsking(true);
        }}
      >
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title="app.accounts.reset_confirm_title"
        content="app.accounts.reset_confirm"
        translateOptions={{ name }}
        loading={reset.isPending}
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          reset.mutate(user.id);
        }}
      />
      <TemporaryPasswordDialog name={name} username={user.username} password={password} onClose={() => setPassword(null)} />
    </>
  );
};
