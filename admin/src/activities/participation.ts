import type { ParticipantInput } from "../volunteer/actions";
import { parseWholeNumber } from "../common/wholeNumber";

// The participation form's rows as the server takes them.

// Hours as people write them: 3, 2.5, .5 (full-width digits from a Chinese
// input method too); not 1e1 or 0x10, which Number() would take.
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
const parseHours = (text: string): number => {
  const plain = text.trim().replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (plain === "") return 0;
  return DECIMAL.test(plain) ? Number(plain) : Number.NaN;
};

/** Per household: what was typed for people and hours. */
export type ParticipationRows = Map<string, { people: string; hours: string }>;

/**
 * The participants in the order picked; households whose people is not a
 * whole number from 1, or whose hours are not 0–24 in tenths, are named in
 * `invalid` (the member-count limit is the server's to check). Empty hours are 0.
 */
export const participationInput = (
  households: readonly { id: string; number: string; headName: string }[],
  rows: ParticipationRows,
): { participants: ParticipantInput[]; invalid: string[] } => {
  const participants: ParticipantInput[] = [];
  const invalid: string[] = [];
  for (const h of households) {
    const row = rows.get(h.id) ?? { people: "1", hours: "" };
    // The shared parser: "1e3" or "2.5" people are not a count.
    const people = parseWholeNumber(row.people) ?? Number.NaN;
    const hours = parseHours(row.hours);
    const tenths = Math.round(hours * 10);
    if (!Number.isInteger(people) || people < 1 || !Number.isFinite(hours) || hours < 0 || hours > 24 || Math.abs(tenths - hours * 10) > 1e-6) {
      invalid.push(`${h.number} ${h.headName}`);
      continue;
    }
    participants.push({ householdId: h.id, people, hours: tenths / 10 });
  }
  return { participants, invalid };
};
