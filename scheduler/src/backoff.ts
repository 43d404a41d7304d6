/** Delay before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … capped at 15 min. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 15 * 60_000;

export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^6 × 30 s already passes the cap; avoid huge powers for large counts.
  return exponent >= 6 ? MAX_RETRY_MS : Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
}
