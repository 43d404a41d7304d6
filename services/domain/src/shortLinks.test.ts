import { describe, expect, it } from 'vitest';
import { SHORT_CODE, shortLinkCode } from './shortLinks';

const A = '7f1c2a4e-0b5d-4c3e-9a8f-1d2e3f4a5b6c';

describe('shortLinkCode', () => {
  it('is ten base62 characters, the same for the same text and different for another recipient, target, version or secret', () => {
    const code = shortLinkCode('s', A, 'citizen', 'join', 1);
    expect(code).toMatch(SHORT_CODE);
    expect(shortLinkCode('s', A, 'citizen', 'join', 1)).toBe(code);
    const others = [
      shortLinkCode('s', A, 'third_person', 'join', 1),
      shortLinkCode('s', A, 'citizen', 'manage', 1),
      shortLinkCode('s', A, 'citizen', 'join', 2),
      shortLinkCode('other', A, 'citizen', 'join', 1),
    ];
    expect(new Set([code, ...others]).size).toBe(5);
  });

  it('spreads over the whole alphabet (no visible pattern across versions)', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, v) => shortLinkCode('s', A, 'citizen', 'manage', v)).join(''));
    expect(seen.size).toBeGreaterThan(55);
  });
});
