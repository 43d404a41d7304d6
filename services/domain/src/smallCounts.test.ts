import { describe, expect, it } from 'vitest';
import { publishCount, publishedShare, suppressSmallCounts } from './smallCounts';

const parts = ['held', 'noShow', 'cancelled'] as const;
const row = (label: string, held: number, noShow: number, cancelled: number) => ({ label, held, noShow, cancelled, total: held + noShow + cancelled });

describe('the small-count rule', () => {
  it('shows 1 to 4 as "<5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 4, 5, 120].map(publishCount)).toEqual([0, '<5', '<5', 5, 120]);
  });

  it('hides a second cell in a row and in a column when one small cell could be worked out from the sums', () => {
    // Topic A: 2 no-shows; the row total (22) and the no-show column total (12) are both published.
    const out = suppressSmallCounts([row('A', 20, 2, 0), row('B', 30, 10, 6), row('C', 40, 0, 7)], parts, 'total');
    expect(out[0]).toEqual({ label: 'A', held: 'withheld', noShow: '<5', cancelled: 0, total: 22 });
    // The no-show column had one hidden cell: B's 10 (the smallest visible non-zero one) is withheld too.
    expect(out[1]!.noShow).toBe('withheld');
    // The held column now has one hidden cell (A's): the smallest other one, B's 30, goes too, and so on until stable.
    for (const c of [...parts, 'total'] as const) {
      const hiddenInColumn = out.filter((r) => typeof r[c] !== 'number').length;
      expect(hiddenInColumn === 0 || hiddenInColumn >= 2).toBe(true);
    }
    for (const r of out) {
      const hiddenInRow = [...parts, 'total' as const].filter((c) => typeof r[c] !== 'number').length;
      expect(hiddenInRow === 0 || hiddenInRow >= 2).toBe(true);
    }
    expect(out[2]).toMatchObject({ label: 'C', noShow: 0 });
  });

  it('leaves a table without small counts exact', () => {
    const rows = [row('A', 20, 5, 0), row('B', 30, 10, 6)];
    expect(suppressSmallCounts(rows, parts, 'total')).toEqual(rows);
  });

  it('gives a share only from visible counts over a base of at least 5', () => {
    expect(publishedShare(3, 12)).toBeCloseTo(0.25);
    expect(publishedShare('<5', 12)).toBeNull();
    expect(publishedShare(0, 4)).toBeNull();
    expect(publishedShare(0, 0)).toBeNull();
  });
});
