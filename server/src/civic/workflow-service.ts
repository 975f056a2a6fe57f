/**
 * The civic matter's life (DESIGN.md, Civic service). Only these transitions
 * exist; any other is CONFLICT naming the current status, and nothing is
 * written:
 *
 *   RECEIVED    → REJECTED (reject), MERGED (merge), ASSIGNED (assign)
 *   ASSIGNED    → IN_PROGRESS (the lead accepts), RECEIVED (the lead returns),
 *                 ASSIGNED (changeChannel)
 *   IN_PROGRESS → RESOLVED (resolve), RECEIVED (the lead returns),
 *                 ASSIGNED (changeChannel)
 *   RESOLVED    → CLOSED (follow-up satisfied), IN_PROGRESS (follow-up not
 *                 satisfied: rework), RESOLVED (follow-up that reached nobody)
 *   CLOSED, REJECTED, MERGED: final.
 *
 * Who may take which step, in which status, is written once in
 * matter-actions.ts and assignment-actions.ts: every step locks the matter
 * (matter-store.ts claimMatter), runs its check on the locked row and bumps
 * the version, then writes its rows, one matter event and one audit row, in
 * one transaction. `allowedActions` runs the same checks.
 *
 * The steps, by stage: intake-service (submit, reject, merge),
 * assignment-service (assign, changeChannel, accept, return),
 * handling-service (progress, a co-unit's report of its part, resolve), follow-up-service (follow-up,
 * rating), supervision-service (supervise and answer a supervision,
 * request and decide extensions);
 * this file gathers them in one place to import from.
 */

export { submitMatter, rejectMatter, mergeMatter } from "./intake-service";
export { assignMatter, changeChannel, acceptAssignment, returnAssignment } from "./assignment-service";
export { postProgress, reportPart, resolveMatter } from "./handling-service";
export { recordFollowUp, rateMatter } from "./follow-up-service";
export { superviseMatter, answerSupervision, requestExtension, decideExtension } from "./supervision-service";
export { checkChannelInput, deadlineDays } from "./channel-plan";
export { isLeadAssignment } from "./assignment-actions";
