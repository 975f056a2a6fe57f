import { randomInt } from "node:crypto";

// An activation code as printed on a slip: 12 characters in three groups of
// four (e.g. "K7PM-3XQA-H9TW"), from 31 upper-case letters and digits
// without look-alikes (no 0/O, 1/I/L): about 59 bits. Read in any case, with
// or without the dashes and spaces.

export const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const codeLength = 12;
/** Its first characters name the rate limiter's bucket (31² = 961 buckets). */
export const prefixLength = 2;
export const activationDays = 30;

/** A new random code, without dashes (as it is hashed and stored). */
export function newActivationCode(): string {
  return Array.from({ length: codeLength }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join("");
}

/** "K7PMXQ…" → "K7PM-3XQA-H9TW", as printed and returned. */
export const displayCode = (code: string) => code.match(/.{1,4}/g)!.join("-");

/** The code as typed, normalised (upper case, no dashes or spaces), or null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== codeLength) return null;
  for (const char of code) if (!codeAlphabet.includes(char)) return null;
  return code;
}

/** A 6-digit text-message login code. */
export const newLoginCode = () => String(randomInt(1_000_000)).padStart(6, "0");

/** A mainland mobile number (what a text message can reach), or null. */
export function mobileNumber(typed: string | null | undefined): string | null {
  const phone = typed?.replace(/[\s-]/g, "") ?? "";
  return /^1[3-9]\d{9}$/.test(phone) ? phone : null;
}
