/**
 * A fresh idempotency key (a v4 UUID) for one form: pressing its button twice,
 * or a retry after a lost answer, sends the same key, and the server moves
 * nothing twice. crypto.randomUUID exists only in secure contexts (https,
 * localhost); a village office reaching the server at http://192.168.x.x
 * gets the same kind of key from crypto.getRandomValues.
 */
export const newIdempotencyKey = (): string => {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
