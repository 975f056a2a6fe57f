import type { AwardPointsInput } from "../providers/actions";
import { checkWholeNumber, parseWholeNumber, type WholeNumberMessage } from "../common/wholeNumber";

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

/** Field → translation key of what is wrong (with its arguments for a number out of range). */
export type AwardErrors = Partial<Record<Exclude<keyof AwardForm, "points"> | "households", string>> & {
  points?: string | WholeNumberMessage;
};

/** The server's limit on points given without a rule. */
export const MAX_AWARD_POINTS = 1000;

export const validateAward = (form: AwardForm, householdCount: number, today: string): AwardErrors => {
  const errors: AwardErrors = {};
  if (form.mode === "rule" && !form.ruleId) errors.ruleId = "errors.fields.REQUIRED";
  if (form.mode === "points") {
    // "2.5" asks for a whole number; "1e3" is not read as 1000 (the shared parser).
    if (form.points.trim() === "") errors.points = "errors.fields.REQUIRED";
    else {
      const problem = checkWholeNumber(form.points, { min: 1, max: MAX_AWARD_POINTS });
      if (problem) errors.points = problem;
    }
    if (!form.reason.trim()) errors.reason = "errors.fields.REQUIRED";
  }
  if (!form.deedDate) errors.deedDate = "errors.fields.REQUIRED";
  else if (form.deedDate > today) errors.deedDate = "app.award.errors.future_date";
  if (householdCount === 0) errors.households = "app.award.errors.no_households";
  return errors;
};

/** Photos that arrived: the award's own, and per household (only households still picked, only those with photos). */
export interface AwardPhotoIds {
  attachmentIds: string[];
  householdAttachments: { householdId: string; attachmentIds: string[] }[];
}

/** The mutation's input: a rule, or points with a reason; never both. Photos only where there are some. */
export const toAwardInput = (form: AwardForm, householdIds: string[], idempotencyKey: string, photos?: AwardPhotoIds): AwardPointsInput => ({
  householdIds,
  deedDate: form.deedDate,
  note: form.note.trim() || null,
  idempotencyKey,
  ...(form.mode === "rule"
    ? { ruleId: form.ruleId }
    : { points: parseWholeNumber(form.points) ?? 0, reason: form.reason.trim() }),
  ...(photos?.attachmentIds.length ? { attachmentIds: photos.attachmentIds } : {}),
  ...(photos?.householdAttachments.length ? { householdAttachments: photos.householdAttachments } : {}),
});

/** Points per household as the footer counts them: what the form says, 0 while it says nothing whole. */
export const awardPoints = (form: AwardForm, rulePoints: number | undefined): number =>
  form.mode === "rule" ? (rulePoints ?? 0) : (parseWholeNumber(form.points) ?? 0);
