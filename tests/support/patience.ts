/**
 * How long one step waits for what it needs to become ready (a server's
 * /healthz, a screen's content, a child process's end) before the test fails.
 * Generous on purpose: a loaded machine makes a step slow, never wrong, so
 * the bound only ends a step that would never happen.
 */
export const patience = 120_000;

/** The bound on a whole test or hook: ten minutes, far above any on a quiet machine. */
export const overallBound = 600_000;
