import { describe, expect, it } from 'vitest';
import { isValidAfm } from './afm';

describe('Greek tax number (ΑΦΜ) check', () => {
  it('accepts numbers whose check digit matches', () => {
    expect(isValidAfm('090000045')).toBe(true);
    expect(isValidAfm('094014201')).toBe(true);
  });
  it('rejects typos, wrong lengths and all zeros', () => {
    expect(isValidAfm('094014202')).toBe(false);
    expect(isValidAfm('09401420')).toBe(false);
    expect(isValidAfm('09401420a')).toBe(false);
    expect(isValidAfm('000000000')).toBe(false);
  });
});
