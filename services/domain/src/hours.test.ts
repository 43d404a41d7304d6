import { describe, expect, it } from 'vitest';
import { intersectWeeklyHours, normalizeRanges, weeklyHoursSchema, withinHours } from './hours';

describe('weeklyHoursSchema', () => {
  it('accepts split days and touching ranges', () => {
    const week = { '1': [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '14:30' }], '5': [] };
    expect(weeklyHoursSchema.parse(week)).toEqual(week);
  });

  it.each([
    ['bad time', { '1': [{ start: '9:00', end: '12:00' }] }],
    ['hour 24', { '1': [{ start: '09:00', end: '24:00' }] }],
    ['start after end', { '2': [{ start: '14:00', end: '09:00' }] }],
    ['empty range', { '2': [{ start: '09:00', end: '09:00' }] }],
    ['overlap', { '3': [{ start: '12:00', end: '15:00' }, { start: '09:00', end: '12:30' }] }],
    ['unknown weekday', { '8': [{ start: '09:00', end: '12:00' }] }],
  ])('rejects %s', (_label, week) => {
    expect(weeklyHoursSchema.safeParse(week).success).toBe(false);
  });
});

describe('intersectWeeklyHours', () => {
  it('keeps only the time both allow, per weekday', () => {
    const employee = {
      '1': [{ start: '08:00', end: '11:00' }, { start: '12:00', end: '16:00' }],
      '2': [{ start: '10:00', end: '18:00' }],
      '6': [{ start: '09:00', end: '13:00' }],
    };
    const opening = { '1': [{ start: '09:00', end: '15:00' }], '2': [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '14:00' }] };
    expect(intersectWeeklyHours(employee, opening)).toEqual({
      '1': [{ start: '09:00', end: '11:00' }, { start: '12:00', end: '15:00' }],
      '2': [{ start: '10:00', end: '12:00' }, { start: '13:00', end: '14:00' }],
    });
  });

  it('merges touching ranges so a slot may span them', () => {
    expect(normalizeRanges([{ start: '12:00', end: '14:00' }, { start: '09:00', end: '12:00' }])).toEqual([
      { start: '09:00', end: '14:00' },
    ]);
  });
});

describe('withinHours: is a booked appointment inside the opening hours of its own local day', () => {
  const week = { '2': [{ start: '08:00', end: '12:00' }, { start: '12:00', end: '14:00' }], '3': [{ start: '10:00', end: '13:00' }] };
  const at = (iso: string) => new Date(iso);
  it('in the municipality\'s zone, across a touching split and up to the closing minute', () => {
    // Tuesday 1 Dec 2026, Athens is UTC+2.
    expect(withinHours(week, at('2026-12-01T06:00:00Z'), at('2026-12-01T06:20:00Z'), 'Europe/Athens')).toBe(true);
    expect(withinHours(week, at('2026-12-01T09:50:00Z'), at('2026-12-01T10:10:00Z'), 'Europe/Athens')).toBe(true); // 11:50–12:10 over the touch
    expect(withinHours(week, at('2026-12-01T11:40:00Z'), at('2026-12-01T12:00:00Z'), 'Europe/Athens')).toBe(true); // ends at 14:00
    expect(withinHours(week, at('2026-12-01T11:50:00Z'), at('2026-12-01T12:10:00Z'), 'Europe/Athens')).toBe(false);
    expect(withinHours(week, at('2026-12-02T06:00:00Z'), at('2026-12-02T06:20:00Z'), 'Europe/Athens')).toBe(false); // Wednesday 08:00
    expect(withinHours(week, at('2026-12-03T08:00:00Z'), at('2026-12-03T08:20:00Z'), 'Europe/Athens')).toBe(false); // Thursday: closed
  });
  it('on a summer-time day the local clock counts (Athens UTC+3 in June)', () => {
    expect(withinHours(week, at('2026-06-02T05:00:00Z'), at('2026-06-02T05:20:00Z'), 'Europe/Athens')).toBe(true); // Tuesday 08:00
    expect(withinHours(week, at('2026-06-02T04:50:00Z'), at('2026-06-02T05:10:00Z'), 'Europe/Athens')).toBe(false);
  });
});
