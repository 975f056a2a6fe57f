import type { ResidentActivation } from "./actions";

/**
 * The codes just issued, held in this tab's memory for the print page and
 * nowhere else: the server keeps only their hashes, and a code written to
 * localStorage would outlive the sheet it was printed on. A reload forgets
 * them; the page then says to issue again (which replaces the unused ones).
 */
export interface IssuedSlips {
  villageId: string;
  /** One household's page, or the whole village. */
  householdId?: string;
  activations: ResidentActivation[];
}

let issued: IssuedSlips | null = null;

export const keepIssued = (slips: IssuedSlips): void => {
  issued = slips;
};

export const issuedSlips = (): IssuedSlips | null => issued;

/** The print page's address for what was just issued. */
export const slipsRoute = ({ villageId, householdId }: { villageId: string; householdId?: string }): string =>
  `/print/activations?villageId=${encodeURIComponent(villageId)}${householdId ? `&householdId=${encodeURIComponent(householdId)}` : ""}`;

/** The activation page's address on this console, with the code filled in when given (a slip's QR). */
export const activationUrl = (code?: string): string => {
  const base = `${window.location.origin}${window.location.pathname}#/activate`;
  return code ? `${base}?code=${encodeURIComponent(code)}` : base;
};

/** A code as typed or scanned: upper case, without spaces or dashes ("abcd-efgh 23" → "ABCDEFGH23"). */
export const normalizeCode = (text: string): string => text.toUpperCase().replace(/[\s\-–—_]/g, "");

/** A code as read aloud: groups of four ("ABCDEFGH23" → "ABCD EFGH 23"). */
export const spacedCode = (code: string): string => normalizeCode(code).replace(/(.{4})(?=.)/g, "$1 ");
