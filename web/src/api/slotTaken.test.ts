import { describe, expect, it } from 'vitest';
import { toApiError } from './client';
import { canTakeAnyEmployee, isSlotConflict, lostTimeOffer, type TakenAnswer, takenAnswer, takenNextSlots } from './slotTaken';

const slot = { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T08:20:00.000Z' };
const earlier = { start: '2026-11-25T07:00:00.000Z', end: '2026-11-25T07:20:00.000Z' };
const message = { el: 'Η ώρα κλείστηκε.', en: 'The time was taken.' };
const ten = { start: '2026-11-27T08:00:00.000Z', end: '2026-11-27T08:20:00.000Z' };
const nine = { start: '2026-11-27T07:00:00.000Z', end: '2026-11-27T07:20:00.000Z' };
const eleven = { start: '2026-11-27T09:00:00.000Z', end: '2026-11-27T09:20:00.000Z' };

describe('alternatives after a time was taken', () => {
  it('reads the alternatives inside the error, earlier ones too, as the API sends them', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message, field: 'start', alternatives: [earlier, slot, { start: 1 }] } }))).toEqual([earlier, slot]);
  });

  it('still reads the older nextSlots, inside or beside the error, preferring the new list', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message }, nextSlots: [slot] }))).toEqual([slot]);
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message, nextSlots: [slot] } }))).toEqual([slot]);
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message, alternatives: [earlier], nextSlots: [slot] } }))).toEqual([earlier]);
  });

  it('reads "no interpreter then" the same way: the alternatives are the times with one', () => {
    const answer = takenAnswer(toApiError(409, { error: { code: 'no_interpreter', message, field: 'start', alternatives: [earlier] } }));
    expect(answer).toEqual({ code: 'no_interpreter', alternatives: [earlier], anyEmployeeFree: false });
    expect(canTakeAnyEmployee(answer)).toBe(false);
  });

  it('is null for other errors, and empty when no alternatives came', () => {
    expect(takenNextSlots(toApiError(409, { error: { code: 'employee_busy', message } }))).toBeNull();
    expect(takenNextSlots(new Error('x'))).toBeNull();
    expect(takenNextSlots(toApiError(409, { error: { code: 'slot_taken', message } }))).toEqual([]);
  });
});

describe('the requested employee is not free at the chosen time', () => {
  const employeeTaken = (anyEmployeeFree?: boolean) =>
    toApiError(409, { error: { code: 'requested_employee_taken', message, field: 'start', alternatives: [earlier], anyEmployeeFree } });

  it("offers that employee's times and, when someone else is free, the same time with any employee", () => {
    const answer = takenAnswer(employeeTaken(true));
    expect(answer).toEqual({ code: 'requested_employee_taken', alternatives: [earlier], anyEmployeeFree: true });
    expect(canTakeAnyEmployee(answer)).toBe(true);
  });

  it('offers no "any employee" choice when nobody else is free, nor after a plain slot_taken', () => {
    expect(canTakeAnyEmployee(takenAnswer(employeeTaken()))).toBe(false);
    expect(canTakeAnyEmployee(takenAnswer(toApiError(409, { error: { code: 'slot_taken', message, anyEmployeeFree: true } })))).toBe(false);
    expect(canTakeAnyEmployee(null)).toBe(false);
  });

  it('both 409s make the shown free times stale; other errors do not', () => {
    expect(isSlotConflict(employeeTaken(true))).toBe(true);
    expect(isSlotConflict(toApiError(409, { error: { code: 'slot_taken', message } }))).toBe(true);
    expect(isSlotConflict(toApiError(409, { error: { code: 'not_started', message } }))).toBe(false);
    expect(isSlotConflict(toApiError(422, { error: { code: 'slot_taken', message } }))).toBe(false);
  });
});

describe('what a refused hold, booking or move offers', () => {
  const employeeTaken: TakenAnswer = { code: 'requested_employee_taken', alternatives: [nine, eleven], anyEmployeeFree: true };

  it("the employee is busy then: their times before and after, or the same time with any employee", () => {
    expect(lostTimeOffer(employeeTaken, { slot: ten, anyEmployee: false })).toEqual({ alternatives: [nine, eleven], employeeTaken: true, anyEmployeeAt: ten });
  });

  it('no "any employee" choice when nobody else is free, after a plain slot_taken, or when it was already chosen', () => {
    expect(lostTimeOffer({ ...employeeTaken, anyEmployeeFree: false }, { slot: ten, anyEmployee: false })?.anyEmployeeAt).toBeNull();
    expect(lostTimeOffer({ code: 'slot_taken', alternatives: [nine], anyEmployeeFree: false }, { slot: ten, anyEmployee: false })).toEqual({
      alternatives: [nine],
      employeeTaken: false,
      anyEmployeeAt: null,
    });
    expect(lostTimeOffer(employeeTaken, { slot: ten, anyEmployee: true })?.anyEmployeeAt).toBeNull();
  });

  it('nothing to offer for other errors', () => {
    expect(lostTimeOffer(null, { slot: ten, anyEmployee: false })).toBeNull();
  });
});
