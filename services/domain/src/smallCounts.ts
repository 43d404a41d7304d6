/**
 * The small-count rule of the statistics: a count of 1 to 4 in a breakdown
 * could point to one person (the only no-show of a topic, the one citizen who
 * asked for sign language this month), so it is published as "<5". Zero
 * points to nobody and stays. Which cells the rule covers is the caller's
 * choice; the statistics apply it to every cell of every breakdown and keep
 * only the totals of the whole chosen scope exact.
 */
export const SMALL_COUNT = 5;
export const SUPPRESSED = '<5' as const;
/** A count hidden only so that a small one beside it cannot be worked out from the sums (it may be large). */
export const WITHHELD = 'withheld' as const;
export type PublishedCount = number | typeof SUPPRESSED | typeof WITHHELD;

export const isSmall = (n: number) => n > 0 && n < SMALL_COUNT;

/** One count on its own (no margins to protect). */
export const publishCount = (n: number): PublishedCount => (isSmall(n) ? SUPPRESSED : n);

/**
 * The rule over a table whose `parts` add up to its `total` in every row, and
 * whose columns add up to totals published elsewhere (exactly). Hiding only
 * the small cells would not be enough: with one hidden cell in a row or a
 * column, subtracting the others from the published sum gives it back. So,
 * until no row or column has exactly one hidden cell, the smallest visible
 * non-zero cell beside it is withheld too (secondary suppression; published
 * as "withheld", not "<5", since it may be large). Rows keep
 * their order and any other fields.
 */
export function suppressSmallCounts<K extends string, R extends Record<K, number>>(
  rows: R[],
  parts: readonly K[],
  total: K,
): (Omit<R, K> & Record<K, PublishedCount>)[] {
  const columns: K[] = [...parts, total];
  const hidden = rows.map((r) => new Set(columns.filter((c) => isSmall(r[c]))));
  /** In `cells` (row index and column), exactly one hidden: hide the smallest visible non-zero other one. */
  const protect = (cells: [number, K][]): boolean => {
    if (cells.filter(([i, c]) => hidden[i]!.has(c)).length !== 1) return false;
    const candidates = cells.filter(([i, c]) => !hidden[i]!.has(c) && rows[i]![c] > 0).sort(([i, a], [j, b]) => rows[i]![a] - rows[j]![b]);
    const next = candidates[0];
    if (!next) return false;
    hidden[next[0]]!.add(next[1]);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    rows.forEach((_, i) => {
      if (protect(columns.map((c) => [i, c]))) changed = true;
    });
    for (const c of columns) if (protect(rows.map((_, i) => [i, c]))) changed = true;
  }
  return rows.map((r, i) => {
    const out: Record<string, unknown> = { ...r };
    for (const c of columns) out[c] = !hidden[i]!.has(c) ? r[c] : isSmall(r[c]) ? SUPPRESSED : WITHHELD;
    return out as Omit<R, K> & Record<K, PublishedCount>;
  });
}

/** A share (0..1) of two published counts, or null when either is hidden or the base is too small to say anything. */
export function publishedShare(part: PublishedCount, of: PublishedCount): number | null {
  if (typeof part !== 'number' || typeof of !== 'number' || of < SMALL_COUNT) return null;
  return Math.round((part / of) * 1000) / 1000;
}
