import { describe, expect, it } from 'vitest';
import { formatShort, formatWhen, zoneLabel } from './format';

const ATHENS = 'Europe/Athens';

describe('formatWhen', () => {
  it('writes the Greek date with weekday, genitive month and the zone', () => {
    const text = formatWhen(new Date('2026-11-24T08:30:00Z'), new Date('2026-11-24T09:00:00Z'), ATHENS, 'el');
    expect(text).toBe('Τρίτη 24 Νοεμβρίου 2026, 10:30–11:00 (ώρα Ελλάδας)');
  });

  it('follows the Athens DST change of 25 October 2026 (UTC+3 → UTC+2)', () => {
    const before = formatWhen(new Date('2026-10-24T08:00:00Z'), new Date('2026-10-24T08:30:00Z'), ATHENS, 'en');
    const after = formatWhen(new Date('2026-10-25T08:00:00Z'), new Date('2026-10-25T08:30:00Z'), ATHENS, 'en');
    expect(before).toBe('Saturday 24 October 2026, 11:00–11:30 (Greek time)');
    expect(after).toBe('Sunday 25 October 2026, 10:00–10:30 (Greek time)');
  });

  it('repeats the date when an appointment crosses midnight', () => {
    const text = formatWhen(new Date('2026-11-24T21:30:00Z'), new Date('2026-11-24T22:30:00Z'), ATHENS, 'el');
    expect(text).toBe('Τρίτη 24 Νοεμβρίου 2026, 23:30–Τετάρτη 25 Νοεμβρίου 2026, 00:30 (ώρα Ελλάδας)');
  });

  it('names other zones too', () => {
    expect(zoneLabel('Europe/Berlin', 'en')).toMatch(/Central European/);
    expect(formatShort(new Date('2026-11-24T08:30:00Z'), 'Europe/Berlin', 'en')).toBe('24 November 2026, 09:30');
  });
});
