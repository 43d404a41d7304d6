import { describe, expect, it } from 'vitest';
import { describeDay, fromDraft, hoursProblems, hoursReducer, toDraft } from './hours';

const week = toDraft({ '1': [{ start: '09:00', end: '14:00' }], '3': [{ start: '08:00', end: '12:00' }, { start: '17:00', end: '19:00' }] });

describe('hours editor', () => {
  it('reads API hours into seven days, closed days empty', () => {
    expect(week['1']).toEqual([{ start: '09:00', end: '14:00' }]);
    expect(week['2']).toEqual([]);
    expect(week['3']).toHaveLength(2);
  });

  it('adds a second range of the day after the first, and removes it again', () => {
    const added = hoursReducer(week, { type: 'add', day: '1' });
    expect(added['1']).toEqual([
      { start: '09:00', end: '14:00' },
      { start: '15:00', end: '17:00' },
    ]);
    expect(hoursProblems(added, 'openingHours')).toEqual([]);
    expect(hoursReducer(added, { type: 'remove', day: '1', index: 1 })['1']).toEqual(week['1']);
  });

  it('opens a closed day with a usual morning', () => {
    expect(hoursReducer(week, { type: 'add', day: '6' })['6']).toEqual([{ start: '08:00', end: '14:00' }]);
  });

  it('changes one time without touching the others', () => {
    const next = hoursReducer(week, { type: 'set', day: '3', index: 1, part: 'end', value: '20:30' });
    expect(next['3']).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '17:00', end: '20:30' },
    ]);
    expect(week['3']![1]!.end).toBe('19:00');
  });

  it('copies a day to other days as independent copies', () => {
    const next = hoursReducer(week, { type: 'copy', from: '3', to: ['4', '5'] });
    expect(next['5']).toEqual(week['3']);
    const edited = hoursReducer(next, { type: 'set', day: '5', index: 0, part: 'start', value: '07:00' });
    expect(edited['4']![0]!.start).toBe('08:00');
  });

  it('names the input of each problem with the API path', () => {
    let d = hoursReducer(week, { type: 'set', day: '1', index: 0, part: 'end', value: '08:00' });
    d = hoursReducer(d, { type: 'set', day: '3', index: 1, part: 'start', value: '11:00' });
    d = hoursReducer(d, { type: 'add', day: '2' });
    d = hoursReducer(d, { type: 'set', day: '2', index: 0, part: 'start', value: '' });
    expect(hoursProblems(d, 'openingHours')).toEqual([
      { field: 'openingHours.1.0.end', key: 'admin.hours.errors.order' },
      { field: 'openingHours.2.0.start', key: 'admin.hours.errors.time' },
      { field: 'openingHours.3.1.start', key: 'admin.hours.errors.overlap' },
    ]);
  });

  it('accepts touching ranges and sends days in time order, closed days left out', () => {
    const d = toDraft({ '2': [{ start: '12:00', end: '15:00' }, { start: '09:00', end: '12:00' }] });
    expect(hoursProblems(d, 'workingHours')).toEqual([]);
    expect(fromDraft(d)).toEqual({ '2': [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '15:00' }] });
    expect(describeDay(d['2'])).toBe('09:00–12:00, 12:00–15:00');
  });
});
