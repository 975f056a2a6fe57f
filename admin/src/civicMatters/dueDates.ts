import type { CivicMatter } from "./civicTypes";

// How a matter's due date reads on the board: display only; whether it is
// overdue is the server's word (`overdue`, counted in working days).

/** Days from today to the due date (negative once past), by the calendar. */
export const daysUntil = (dueDate: string, today: string): number =>
  Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

export type DueState =
  | { kind: "none" }
  | { kind: "done" }
  | { kind: "overdue"; workingDays: number | null }
  | { kind: "today" }
  | { kind: "left"; days: number };

/** How the due date stands: overdue (the server's word), due today, days left, or nothing to count. */
export const dueState = (matter: Pick<CivicMatter, "status" | "dueDate" | "overdue" | "overdueWorkingDays">, today: string): DueState => {
  if (["RESOLVED", "CLOSED", "REJECTED", "MERGED"].includes(matter.status)) return { kind: "done" };
  if (!matter.dueDate) return { kind: "none" };
  if (matter.overdue) return { kind: "overdue", workingDays: matter.overdueWorkingDays };
  const days = daysUntil(matter.dueDate, today);
  return days <= 0 ? { kind: "today" } : { kind: "left", days };
};
