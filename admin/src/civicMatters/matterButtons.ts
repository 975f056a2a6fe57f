import type { CivicMatterAction } from "../gql/graphql";

// The order the matter page offers its steps in, with each one's label key
// (app.civic.action.*). Which of them show is the server's word alone:
// CivicMatter.allowedActions, computed by the checks its mutations run.
const offered: readonly (readonly [CivicMatterAction, string])[] = [
  ["ASSIGN", "assign"],
  ["REJECT", "reject"],
  ["MERGE", "merge"],
  ["RESOLVE", "resolve"],
  ["PROGRESS", "progress"],
  ["REQUEST_EXTENSION", "requestExtension"],
  ["APPROVE_EXTENSION", "approveExtension"],
  ["REFUSE_EXTENSION", "refuseExtension"],
  ["SUPERVISE", "supervise"],
  ["CHANGE_CHANNEL", "changeChannel"],
  ["FOLLOW_UP", "followUp"],
  ["RATE", "rate"],
];

/** The buttons for the allowed steps, in the page's order: [action, label key]. */
export const matterButtons = (allowed: readonly CivicMatterAction[]) => offered.filter(([action]) => allowed.includes(action));
