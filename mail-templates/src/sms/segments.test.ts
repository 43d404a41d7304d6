import { describe, expect, it } from 'vitest';
import { countSegments, fitsSegments } from './segments';

describe('countSegments', () => {
  it('Greek is UCS-2: 70 characters in one segment, 67 a segment once split (so 134 in two)', () => {
    expect(countSegments('α'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSegments('α'.repeat(71)).segments).toBe(2);
    expect(countSegments('α'.repeat(134)).segments).toBe(2);
    expect(countSegments('α'.repeat(135)).segments).toBe(3);
    // One Greek letter makes a Latin text UCS-2 too.
    expect(countSegments(`${'a'.repeat(100)}ω`).encoding).toBe('UCS-2');
    expect(fitsSegments('α'.repeat(134))).toBe(true);
    expect(fitsSegments('α'.repeat(135))).toBe(false);
  });

  it('Latin text is GSM-7: 160 in one segment, 153 a segment once split; extension characters count twice', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('€'.repeat(81)).segments).toBe(2);
  });

});
