import { isApiError } from './client';
import type { Slot } from './types';

/** The 409 answers about a lost time, and what they offer instead. */
export interface TakenAnswer {
  /**
   * slot_taken: nobody is free then; requested_employee_taken: the chosen (or
   * the appointment's own) employee is not; no_interpreter: no interpreter of
   * the kind asked for is (the alternatives have one).
   */
  code: 'slot_taken' | 'requested_employee_taken' | 'no_interpreter';
  /** The nearest free times before and after the lost one (only the employee's, when one was asked for). */
  alternatives: Slot[];
  /** Another employee is free at the lost time: it can be kept with "any employee". */
  anyEmployeeFree: boolean;
}

const TAKEN_CODES: readonly string[] = ['slot_taken', 'requested_employee_taken', 'no_interpreter'] satisfies TakenAnswer['code'][];

/** A 409 about a lost time: the free times shown are out of date and must be fetched again. */
export function isSlotConflict(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && TAKEN_CODES.includes(e.code);
}

const slotsIn = (list: unknown): Slot[] | null =>
  Array.isArray(list) ? list.filter((s): s is Slot => typeof (s as Slot)?.start === 'string' && typeof (s as Slot)?.end === 'string') : null;

/**
 * A 409 slot_taken or requested_employee_taken answer, or null for any other
 * error. The API sends `alternatives` inside `error`; older answers called the
 * list `nextSlots`, inside or beside `error`, so those are read too.
 */
export function takenAnswer(e: unknown): TakenAnswer | null {
  if (!isSlotConflict(e) || !isApiError(e)) return null;
  const body = e.body as { nextSlots?: unknown; error?: { alternatives?: unknown; nextSlots?: unknown; anyEmployeeFree?: unknown } } | undefined;
  const alternatives = slotsIn(body?.error?.alternatives) ?? slotsIn(body?.error?.nextSlots) ?? slotsIn(body?.nextSlots) ?? [];
  return { code: e.code as TakenAnswer['code'], alternatives, anyEmployeeFree: body?.error?.anyEmployeeFree === true };
}

/** The free times a 409 offers instead, or null for any other error (an empty list when it offered none). */
export function takenNextSlots(e: unknown): Slot[] | null {
  return takenAnswer(e)?.alternatives ?? null;
}

/** Whether the lost time can still be had with any employee (the second choice after requested_employee_taken). */
export function canTakeAnyEmployee(answer: TakenAnswer | null): boolean {
  return answer?.code === 'requested_employee_taken' && answer.anyEmployeeFree;
}

/**
 * What to offer after a 409 for a time that was sent: the nearest free times
 * (the employee's own when one was insisted on), and the lost time with any
 * employee when only that employee is busy then and "any employee" was not
 * already what was asked.
 */
export function lostTimeOffer(answer: TakenAnswer | null, sent: { slot: Slot; anyEmployee: boolean } | null) {
  if (!answer) return null;
  const anyEmployeeAt = sent && !sent.anyEmployee && canTakeAnyEmployee(answer) ? sent.slot : null;
  return { alternatives: answer.alternatives, employeeTaken: answer.code === 'requested_employee_taken', anyEmployeeAt };
}
