import { describe, expect, it } from 'vitest';
import { initialNewTime, newTimeReducer, pickerEmployeeId, rescheduleRequest } from './newTime';

const ten = { start: '2026-11-27T08:00:00.000Z', end: '2026-11-27T08:20:00.000Z' };
const appointment = { employee: { id: 'e-georgiou', displayName: 'Μαρία Γεωργίου' } };

describe('moving an appointment keeps its employee unless the person chooses otherwise', () => {
  it('starts with the same employee: only their free times, and the request does not allow another', () => {
    expect(initialNewTime.anyEmployee).toBe(false);
    expect(pickerEmployeeId(appointment, false)).toBe('e-georgiou');
    expect(rescheduleRequest(ten, false)).toEqual({ start: ten.start, anyEmployee: false });
  });

  it('"any employee" shows everyone\'s times and says so in the request', () => {
    const any = newTimeReducer(initialNewTime, { type: 'anyEmployee', value: true });
    expect(any.anyEmployee).toBe(true);
    expect(pickerEmployeeId(appointment, any.anyEmployee)).toBeNull();
    expect(rescheduleRequest(ten, any.anyEmployee)).toEqual({ start: ten.start, anyEmployee: true });
  });

  it('switching whose times are shown drops a time picked from the other list', () => {
    const picked = newTimeReducer(newTimeReducer(initialNewTime, { type: 'anyEmployee', value: true }), { type: 'pick', slot: ten });
    expect(picked.slot).toEqual(ten);
    expect(newTimeReducer(picked, { type: 'anyEmployee', value: true })).toBe(picked);
    expect(newTimeReducer(picked, { type: 'anyEmployee', value: false })).toMatchObject({ anyEmployee: false, slot: null });
  });

  it('flags a submit without a time, and picking one clears the flag', () => {
    const missing = newTimeReducer(initialNewTime, { type: 'check' });
    expect(missing.missing).toBe(true);
    expect(newTimeReducer(missing, { type: 'pick', slot: ten })).toMatchObject({ slot: ten, missing: false });
  });
});
