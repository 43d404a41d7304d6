import { describe, expect, it } from 'vitest';
import { intersectWeeklyHours, normalizeRanges, weeklyHoursSchema } from './hours';

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
