import { describe, expect, it } from 'vitest';
import { foldLine } from './ics';

const encoder = new TextEncoder();

/** The straightforward fold (one code point at a time, sized by TextEncoder) the fast one must equal. */
function referenceFold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

describe('foldLine (fast path)', () => {
  it('folds exactly like the per-character reference for ASCII, Greek, emoji and lone surrogates at every length', () => {
    const alphabet = ['a', 'Ω', 'ά', '😀', '€', ',', ' ', '\ud800', '\udc00', 'ß'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let length = 0; length < 240; length++) {
      for (let round = 0; round < 4; round++) {
        let line = 'DESCRIPTION:';
        while (line.length < length) line += alphabet[next() % alphabet.length];
        expect(foldLine(line)).toBe(referenceFold(line));
      }
    }
  });
});
