import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDate,
  formatDay,
  formatTime,
  groupSlotsByDay,
  localDate,
  minutesLeft,
  timeZoneName,
} from './dates';

const ATHENS = 'Europe/Athens';

describe('showing instants in the municipality time zone', () => {
  it('puts a late-evening UTC instant on the next Athens day', () => {
    expect(localDate('2026-11-23T22:30:00.000Z', ATHENS)).toBe('2026-11-24');
    expect(localDate('2026-11-23T21:30:00.000Z', ATHENS)).toBe('2026-11-23');
  });

  it('shows Athens wall-clock time in winter (UTC+2) and summer (UTC+3)', () => {
    expect(formatTime('2026-11-24T08:30:00.000Z', ATHENS, 'el')).toBe('10:30');
    expect(formatTime('2026-07-01T08:30:00.000Z', ATHENS, 'en')).toBe('11:30');
  });

  it('shows the same instants across the October DST change', () => {
    // Clocks go back at 04:00 local on 25 Oct 2026 (01:00 UTC).
    expect(formatTime('2026-10-24T06:00:00.000Z', ATHENS, 'el')).toBe('09:00');
    expect(formatTime('2026-10-26T07:00:00.000Z', ATHENS, 'el')).toBe('09:00');
  });

  it('writes full dates in Greek and English', () => {
    expect(formatDate('2026-11-24T08:30:00.000Z', ATHENS, 'el')).toBe('Τρίτη 24 Νοεμβρίου 2026');
    expect(formatDate('2026-11-24T08:30:00.000Z', ATHENS, 'en')).toMatch(/Tuesday,? 24 November 2026/);
  });

  it('names the Greek time zone plainly', () => {
    expect(timeZoneName(ATHENS, 'el')).toBe('Ώρα Ελλάδας');
    expect(timeZoneName(ATHENS, 'en')).toBe('Greek time');
  });
});

describe('calendar days', () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists days inclusively', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('labels a day without shifting it', () => {
    expect(formatDay('2026-11-24', 'el', 'long')).toBe('Τρίτη 24 Νοεμβρίου');
  });
});

describe('grouping free slots by local day', () => {
  it('groups by Athens day and sorts by time', () => {
    const slots = [
      { start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T09:30:00.000Z' },
      { start: '2026-11-23T22:00:00.000Z', end: '2026-11-23T22:30:00.000Z' },
      { start: '2026-11-23T08:00:00.000Z', end: '2026-11-23T08:30:00.000Z' },
    ];
    const byDay = groupSlotsByDay(slots, ATHENS);
    expect([...byDay.keys()]).toEqual(['2026-11-23', '2026-11-24']);
    expect(byDay.get('2026-11-24')?.map((s) => s.start)).toEqual(['2026-11-23T22:00:00.000Z', '2026-11-24T09:00:00.000Z']);
  });
});

describe('hold countdown', () => {
  it('rounds up to whole minutes and stops at zero', () => {
    const now = new Date('2026-11-24T08:00:00.000Z');
    expect(minutesLeft('2026-11-24T08:09:01.000Z', now)).toBe(10);
    expect(minutesLeft('2026-11-24T08:10:00.000Z', now)).toBe(10);
    expect(minutesLeft('2026-11-24T07:59:00.000Z', now)).toBe(0);
  });
});
