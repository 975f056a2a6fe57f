/**
 * The socket's own address is this machine's (never a forwarded one): the
 * metrics without a token and the backup requests are for this machine only.
 */
export const isLoopback = (address: string | undefined) => !!address && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
