import { DayTextField } from "../common/DayInput";
import RemoveCircleIcon from "@mui/icons-material/RemoveCircle";
import {
  Button as MuiButton,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from "@mui/material";
import { useState, type FormEvent } from "react";
import { Button, useGetList, useRecordContext, useTranslate } from "react-admin";
import { allows } from "../common/allowed";
import { GuardedDialog } from "../common/GuardedDialog";
import { districtToday } from "../common/format";
import { newIdempotencyKey } from "../common/idempotency";
import { useAction } from "../common/useAction";
import type { Household, PointRule } from "../types";

/**
 * 扣分 by one of the village's negative rules (the reason is the rule, plus a
 * note). Never below zero: the server answers INSUFFICIENT_POINTS. One key
 * per opening of the dialog, so a double press deducts once.
 */
export const DeductPointsButton = () => {
  const household = useRecordContext<Household>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [ruleId, setRuleId] = useState("");
  const [deedDate, setDeedDate] = useState(districtToday);
  const [note, setNote] = useState("");
  const [touched, setTouched] = useState(false);
  const { data: rules = [] } = useGetList<PointRule>(
    "pointRules",
    {
      filter: { villageId: household?.villageId, positive: false, active: true },
      sort: { field: "category", order: "ASC" },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: open && Boolean(household) },
  );
  const deduct = useAction(
    (dp, input: { householdId: string; ruleId: string; deedDate: string; note: string }) =>
      dp.deductPoints({ ...input, note: input.note || null, idempotencyKey: key }),
    { success: "resources.households.notifications.deducted", onSuccess: () => setOpen(false) },
  );
  if (!household || !allows(household, "DEDUCT")) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!ruleId || !deedDate) return;
    deduct.mutate({ householdId: household.id, ruleId, deedDate, note: note.trim() });
  };
  const openDialog = () => {
    setKey(newIdempotencyKey());
    setRuleId("");
    setNote("");
    setTouched(false);
    setDeedDate(districtToday());
    setOpen(true);
  };

  return (
    <>
      <Button label="resources.households.action.deduct" color="error" onClick={openDialog}>
        <RemoveCircleIcon />
      </Button>
      <GuardedDialog
        open={open}
        onClose={() => setOpen(false)}
        dirty={ruleId !== "" || note.trim() !== ""}
        busy={deduct.isPending}
        fullWidth
        maxWidth="sm"
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle>
            {translate("resources.households.message.deduct_title", { household: `${household.number} ${household.headName}` })}
          </DialogTitle>
          <DialogContent>
            <TextField
              select
              name="ruleId"
              label={translate("resources.households.fields.deductRule")}
              value={ruleId}
              onChange={(e) => setRuleId(e.target.value)}
              error={touched && !ruleId}
              helperText={touched && !ruleId ? translate("errors.fields.REQUIRED") : translate("resources.households.helper.deductRule")}
              fullWidth
              margin="normal"
            >
              {rules.map((rule) => (
                <MenuItem key={rule.id} value={rule.id}>
                  {rule.name}（{rule.points}）
                </MenuItem>
              ))}
            </TextField>
            <DayTextField
              name="deedDate"
              label={translate("resources.pointEntries.fields.deedDate")}
              value={deedDate}
              onChange={setDeedDate}
              fullWidth
              margin="normal"
            />
            <TextField
              name="note"
              label={translate("app.common.note")}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              fullWidth
              multiline
              minRows={2}
              margin="normal"
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)} disabled={deduct.isPending}>
              {translate("ra.action.cancel")}
            </MuiButton>
            <MuiButton type="submit" variant="contained" color="error" disabled={deduct.isPending}>
              {translate("resources.households.action.deduct")}
            </MuiButton>
          </DialogActions>
        </form>
      </GuardedDialog>
    </>
  );
};
