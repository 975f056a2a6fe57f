import type { pointEntries } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { runsVillage } from "../auth/scope";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { conflict, forbidden } from "../errors";

/**
 * What may be done to a ledger entry: reversing it (reversePointEntry), which
 * throws this check and lists it in the entry's `allowedActions`. Whether the
 * balance covers taking an award back is the ledger's to refuse
 * (INSUFFICIENT_POINTS), not listed here.
 */

export const pointEntryActions = ["REVERSE"] as const;
export type PointEntryAction = (typeof pointEntryActions)[number];

type Entry = Pick<typeof pointEntries.$inferSelect, "villageId" | "kind">;

/** Awards and deductions, by whoever runs the village, once. */
export function reverseCheck(actor: Actor, entry: Entry, state: { reversedBy: number | null }): Refusal {
  if (!runsVillage(actor, entry.villageId)) return forbidden("Only the village's own committee or the district admin does this");
  if (entry.kind !== "AWARD" && entry.kind !== "DEDUCTION") {
    return conflict(
      "ENTRY_NOT_REVERSIBLE",
      entry.kind === "REDEMPTION" ? "A redemption is undone by cancelling it" : `A ${entry.kind} entry cannot be reversed`,
      { kind: entry.kind },
    );
  }
  if (state.reversedBy !== null) {
    return conflict("ALREADY_REVERSED", `The entry was already reversed by entry ${state.reversedBy}`, { reversedBy: String(state.reversedBy) });
  }
  return null;
}

/** What the caller may do with the entry now. */
export const allowedEntryActions = (actor: Actor, entry: Entry, state: { reversedBy: number | null }): PointEntryAction[] =>
  allowedActions({ REVERSE: () => reverseCheck(actor, entry, state) });
