import { describe, expect, it } from 'vitest';
import { isValidAfm } from './afm';

describe('isValidAfm', () => {
  it('accepts tax numbers whose check digit is right', () => {
    expect(isValidAfm('068933130')).toBe(true);
    expect(isValidAfm('800123456')).toBe(true);
  });

  it('accepts the padded value GSIS returns', () => {
    expect(isValidAfm('068933130   ')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length, letters and all zeros', () => {
    expect(isValidAfm('068933131')).toBe(false);
    expect(isValidAfm('06893313')).toBe(false);
    expect(isValidAfm('0689331300')).toBe(false);
    expect(isValidAfm('06893313O')).toBe(false);
    expect(isValidAfm('068 933 130')).toBe(false);
    expect(isValidAfm('000000000')).toBe(false);
    expect(isValidAfm('')).toBe(false);
  });
});
