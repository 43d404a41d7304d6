import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatShort, formatWhen, zoneLabel } from './format';
import { localTime } from './localTime';

const ZONES = ['Europe/Athens', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];

/** What format.ts wrote with luxon before it read the fields itself. */
function luxonWhen(start: Date, end: Date, zone: string, lang: 'el' | 'en'): string {
  const s = DateTime.fromJSDate(start, { zone }).setLocale(lang);
  const e = DateTime.fromJSDate(end, { zone }).setLocale(lang);
  const day = 'cccc d MMMM yyyy';
  const endText = s.hasSame(e, 'day') ? e.toFormat('HH:mm') : e.toFormat(`${day}, HH:mm`);
  return `${s.toFormat(`${day}, HH:mm`)}–${endText}`;
}

describe('local time fields', () => {
  it('write the same text as luxon across a year, DST changes and midnight, in both languages', () => {
    // Every 19 h 7 min through 2026 (every hour of the day, both sides of both DST changes), 45-minute appointments.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += (19 * 60 + 7) * 60_000) {
      const start = new Date(t);
      const end = new Date(t + 45 * 60_000);
      for (const zone of ZONES) {
        for (const lang of ['el', 'en'] as const) {
          expect(formatWhen(start, end, zone, lang)).toBe(`${luxonWhen(start, end, zone, lang)} (${zoneLabel(zone, lang)})`);
          expect(formatShort(start, zone, lang)).toBe(DateTime.fromJSDate(start, { zone }).setLocale(lang).toFormat('d MMMM yyyy, HH:mm'));
        }
      }
    }
  });

  it('shows the first minute of the day as 00, not 24', () => {
    expect(localTime(new Date('2026-05-24T21:00:00Z'), 'Europe/Athens')).toEqual({ year: 2026, month: 5, day: 25, hour: 0, minute: 0, weekday: 1 });
  });

  it('answers a time it has seen before the same way, whatever a caller did with the first answer', () => {
    const at = new Date('2026-10-25T00:30:00Z'); // the morning summer time ends in Athens
    const first = localTime(at, 'Europe/Athens');
    first.hour = 99;
    expect(localTime(at, 'Europe/Athens')).toEqual({ year: 2026, month: 10, day: 25, hour: 3, minute: 30, weekday: 7 });
    expect(localTime(at, 'Europe/Lisbon')).toEqual({ year: 2026, month: 10, day: 25, hour: 1, minute: 30, weekday: 7 });
  });

  it('refuses an unknown zone or an invalid date', () => {
    expect(() => formatShort(new Date('2026-05-24T21:00:00Z'), 'Mars/Olympus', 'el')).toThrow(/time zone Mars\/Olympus/);
    expect(() => formatShort(new Date(Number.NaN), 'Europe/Athens', 'el')).toThrow(/cannot show/);
  });
});
