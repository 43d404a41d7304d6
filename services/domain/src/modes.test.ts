import { describe, expect, it } from 'vitest';
import { INTERPRETATION_KINDS, isInterpretationKind, isMode, MODES } from './modes';

describe('modes', () => {
  it('lists the three appointment modes and two interpretation kinds', () => {
    expect(MODES).toEqual(['in_person', 'phone', 'video']);
    expect(INTERPRETATION_KINDS).toEqual(['gsl', 'lip_reading']);
  });

  it('recognises only known values', () => {
    expect(isMode('video')).toBe(true);
    expect(isMode('fax')).toBe(false);
    expect(isInterpretationKind('gsl')).toBe(true);
    expect(isInterpretationKind(3)).toBe(false);
  });
});
