import { Alert, Box, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Confirm, useRecordContext, useTranslate } from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { formatDateTime, formatDay } from "../common/format";
import { useAction } from "../common/useAction";
import { useErrorText } from "../common/useErrorText";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Household } from "../types";
import type { ResidentAccount } from "./actions";
import { HouseholdActivationButton } from "./IssueActivationsButton";
import { useRoleAccess } from "../common/useRoleAccess";

/** 停用 / 启用 one family member's login; disabling ends their sessions, so it asks first. */
const ActiveToggle = ({ account, onDone }: { account: ResidentAccount; onDone: () => void }) => {
  const [asking, setAsking] = useState(false);
  const toggle = useAction((dp, active: boolean) => dp.setResidentAccountActive({ id: account.id, active }), {
    success: account.active ? "app.onboarding.accounts.disabled_done" : "app.onboarding.accounts.enabled_done",
    onSuccess: onDone,
    refresh: false,
  });
  if (!account.active) {
    return <Button label="app.onboarding.accounts.enable" disabled={toggle.isPending} onClick={() => toggle.mutate(true)} />;
  }
  return (
    <>
      <Button label="app.onboarding.accounts.disable" color="error" disabled={toggle.isPending} onClick={() => setAsking(true)} />
      <Confirm
        isOpen={asking}
        title="app.onboarding.accounts.disable_title"
        content="app.onboarding.accounts.disable_confirm"
        translateOptions={{ username: account.username }}
        loading={toggle.isPending}
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          toggle.mutate(false);
        }}
      />
    </>
  );
};

/**
 * The household page's 居民账号 tab: each family member's login (username,
 * phone, active, last login) with 停用 / 启用, the outstanding code's expiry,
 * and 为家庭成员开通 (one more code for this household).
 */
export const ResidentAccountsTab = () => {
  const household = useRecordContext<Household>();
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.onboarding.accounts.${key}`, options);
  const dataProvider = useCunwuDataProvider();
  const errorText = useErrorText();
  const canAccess = useRoleAccess("households", "activate");
  const id = household ? String(household.id) : "";
  const accounts = useQuery({
    queryKey: ["householdAccounts", id],
    queryFn: () => dataProvider.householdAccounts({ id }),
    enabled: Boolean(id),
  });
  const list = accounts.data?.residentAccounts ?? [];
  return (
    <Box data-testid="resident-accounts" sx={{ width: "100%" }}>
      {accounts.isPending && <LinearProgress />}
      {accounts.error && <Alert severity="error">{errorText(accounts.error)}</Alert>}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
        <HouseholdActivationButton label={list.length ? "app.onboarding.issue_member" : "app.onboarding.issue_household"} />
        {accounts.data?.activationExpiresAt && (
          <Chip size="small" label={t("outstanding", { date: formatDay(accounts.data.activationExpiresAt) })} />
        )}
      </Stack>
      {accounts.data && list.length === 0 && <EmptyState message="app.onboarding.accounts.empty" />}
      {list.length > 0 && (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={t("title")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("username")}</TableCell>
                <TableCell>{t("phone")}</TableCell>
                <TableCell>{t("active")}</TableCell>
                <TableCell>{t("last_login")}</TableCell>
                {canAccess && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((account) => (
                <TableRow key={account.id} data-testid="resident-account" data-username={account.username}>
                  <TableCell>{account.username}</TableCell>
                  <TableCell>{account.phone ?? ""}</TableCell>
                  <TableCell>{account.active ? t("is_active") : t("is_disabled")}</TableCell>
                  <TableCell>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t("never")}</TableCell>
                  {canAccess && (
                    <TableCell align="right">
                      <ActiveToggle account={account} onDone={() => void accounts.refetch()} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
