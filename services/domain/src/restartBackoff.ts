// When a supervised local server (LiveKit, the embedded PostgreSQL) exits,
// how long `npm start` waits before starting it again: doubling while it
// keeps failing, back to the first wait once it has run for a while.

export interface BackoffPolicy {
  /** wait before the first restart */
  firstMs: number;
  /** the longest wait between restarts */
  maxMs: number;
  /** a server that ran this long before exiting counts as stable: the next wait is firstMs again */
  stableMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { firstMs: 1000, maxMs: 30_000, stableMs: 60_000 };

/**
 * After an exit (or a failed start: ranForMs 0), how long to wait before the
 * next start and how many quick failures in a row there have been.
 * 1 s, 2 s, 4 s … up to maxMs; a stable run resets the count.
 */
export function nextRestart(failuresInARow: number, ranForMs: number, policy: BackoffPolicy = DEFAULT_BACKOFF): { delayMs: number; failuresInARow: number } {
  const failures = ranForMs >= policy.stableMs ? 0 : failuresInARow;
  const delayMs = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.min(failures, 30));
  return { delayMs, failuresInARow: failures + 1 };
}
