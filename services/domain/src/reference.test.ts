import { describe, expect, it } from 'vitest';
import { appointmentReference, normalizeAppointmentReference, REFERENCE_ALPHABET } from './reference';

describe('appointmentReference', () => {
  it('looks like K7P-4XQ-92M and avoids 0/O/1/I', () => {
    for (let i = 0; i < 200; i++) {
      expect(appointmentReference()).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    }
    expect(REFERENCE_ALPHABET).toHaveLength(32);
  });

  it('is deterministic given bytes, and differs run to run otherwise', () => {
    expect(appointmentReference(Uint8Array.from([0, 1, 2, 31, 32, 255, 8, 9, 10]))).toBe('234-Z2Z-ABC');
    expect(new Set(Array.from({ length: 100 }, () => appointmentReference())).size).toBe(100);
    expect(() => appointmentReference(new Uint8Array(4))).toThrow(RangeError);
  });

  it('normalises what people type', () => {
    expect(normalizeAppointmentReference(' k7p 4xq-92m ')).toBe('K7P-4XQ-92M');
    expect(normalizeAppointmentReference('K7P-4XQ-92O')).toBeNull();
    expect(normalizeAppointmentReference('K7P-4XQ')).toBeNull();
  });
});
