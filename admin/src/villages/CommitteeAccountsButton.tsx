import GroupAddIcon from "@mui/icons-material/GroupAdd";
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from "@mui/material";
import { useState } from "react";
import { Button, Confirm, useListContext, useTranslate, useUnselectAll } from "react-admin";
import { PrintButton } from "../common/PrintButton";
import { useAction } from "../common/useAction";
import type { CommitteeAccount } from "../users/actions";

/**
 * The villages list's bulk action: a committee account for each chosen
 * village that has none, then the accounts with their temporary passwords in
 * a printable list, shown this once.
 */
export const CommitteeAccountsButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const unselectAll = useUnselectAll("villages");
  const [asking, setAsking] = useState(false);
  const [accounts, setAccounts] = useState<CommitteeAccount[] | null>(null);
  const create = useAction((dp, villageIds: string[]) => dp.createVillageCommitteeAccounts({ villageIds }), {
    onSuccess: (result) => {
      setAccounts(result);
      unselectAll();
    },
    refresh: false,
  });
  return (
    <>
      <Button label="app.accounts.committee_create" disabled={create.isPending} onClick={() => setAsking(true)}>
        <GroupAddIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title="app.accounts.committee_confirm_title"
        content="app.accounts.committee_confirm"
        translateOptions={{ smart_count: selectedIds.length }}
        loading={create.isPending}
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          create.mutate(selectedIds.map(String));
        }}
      />
      <Dialog open={accounts !== null} onClose={() => setAccounts(null)} maxWidth="md" fullWidth className="print-dialog">
        <DialogTitle>{translate("app.accounts.committee_title")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate("app.accounts.committee_intro")}</DialogContentText>
          <Table size="small" aria-label={translate("app.accounts.committee_title")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("app.accounts.village")}</TableCell>
                <TableCell>{translate("app.accounts.username")}</TableCell>
                <TableCell>{translate("app.accounts.temporary_password")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {accounts?.map((account) => (
                <TableRow key={account.village.id}>
                  <TableCell>
                    {account.village.name}（{account.village.code}）
                  </TableCell>
                  <TableCell>{account.outcome === "CREATED" ? account.username : ""}</TableCell>
                  <TableCell sx={{ fontFamily: "monospace", fontSize: "1.1rem" }}>
                    {account.temporaryPassword ?? translate(`app.accounts.outcome.${account.outcome}`)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
        <DialogActions className="no-print">
          <PrintButton />
          <MuiButton onClick={() => setAccounts(null)} variant="contained">
            {translate("ra.action.close")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
