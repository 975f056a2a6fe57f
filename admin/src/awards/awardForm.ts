import type { AwardPointsInput } from "../providers/actions";

/** What the award screen holds before it is sent. */
export interface AwardForm {
  mode: "rule" | "points";
  ruleId: string;
  /** as typed */
  points: string;
  reason: string;
  deedDate: string;
  note: string;
}

/** Field → translation key of what is wrong. */
export type AwardErrors = Partial<Record<keyof AwardForm | "households", string>>;

/** The server's limit on points given without a rule. */
export const MAX_AWARD_POINTS = 1000;

export const validateAward = (form: AwardForm, householdCount: number, today: string): AwardErrors => {
  const errors: AwardErrors = {};
  if (form.mode === "rule" && !form.ruleId) errors.ruleId = "errors.fields.REQUIRED";
  if (form.mode === "points") {
    const points = Number(form.points);
    if (form.points.trim() === "") errors.points = "errors.fields.REQUIRED";
    else if (!Number.isInteger(points) || points < 1 || points > MAX_AWARD_POINTS) errors.points = "errors.fields.OUT_OF_RANGE";
    if (!form.reason.trim()) errors.reason = "errors.fields.REQUIRED";
  }
  if (!form.deedDate) errors.deedDate = "errors.fields.REQUIRED";
  else if (form.deedDate > today) errors.deedDate = "app.award.errors.future_date";
  if (householdCount === 0) errors.households = "app.award.errors.no_households";
  return errors;
};

/** The mutation's input: a rule, or points with a reason; never both. */
export const toAwardInput = (form: AwardForm, householdIds: string[], idempotencyKey: string): AwardPointsInput => ({
  householdIds,
  deedDate: form.deedDate,
  note: form.note.trim() || null,
  idempotencyKey,
  ...(form.mode === "rule"
    ? { ruleId: form.ruleId }
    : { points: Number(form.points), reason: form.reason.trim() }),
});
