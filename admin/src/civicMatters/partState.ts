import type { MatterAssignment } from "./civicTypes";

// A co-unit's part of a 联办 in words (DESIGN.md 联办): only its own report
// makes it DONE, and the lead may resolve without it.

const FINISHED = ["RESOLVED", "CLOSED"];

/**
 * The words of a co-unit's part where its state alone would mislead: 已报送
 * once reported, and on a finished matter 未签收 / 未报送 when it never was
 * (the lead resolved without it); null: the state's own word says it.
 */
export function coUnitPartKey(matterStatus: string, a: Pick<MatterAssignment, "role" | "state">): "reported" | "not_accepted" | "not_reported" | null {
  if (a.role !== "CO_UNIT") return null;
  if (a.state === "DONE") return "reported";
  if (!FINISHED.includes(matterStatus)) return null;
  return a.state === "PENDING" ? "not_accepted" : a.state === "ACCEPTED" ? "not_reported" : null;
}

