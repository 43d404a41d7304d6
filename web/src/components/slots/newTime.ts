// Moving an appointment (the citizen's and the clerk's reschedule pages): the
// form's state and what it sends. Pure; NewTimeForm.tsx renders it.
import type { Appointment, RescheduleRequest, Slot } from '../../api/types';

export interface NewTimeState {
  slot: Slot | null;
  /** Submit was pressed without a time (for the page's error summary). */
  missing: boolean;
  /**
   * false (the default): the appointment keeps its employee, and only their
   * free times are offered. true: the person agreed that any free employee
   * may take it, so everyone's free times are offered.
   */
  anyEmployee: boolean;
}

export type NewTimeAction = { type: 'pick'; slot: Slot } | { type: 'anyEmployee'; value: boolean } | { type: 'check' };

export const initialNewTime: NewTimeState = { slot: null, missing: false, anyEmployee: false };

export function newTimeReducer(state: NewTimeState, action: NewTimeAction): NewTimeState {
  switch (action.type) {
    case 'pick':
      return { ...state, slot: action.slot, missing: false };
    case 'anyEmployee':
      if (action.value === state.anyEmployee) return state;
      // Other free times are shown now: a time picked from the old list may not be among them.
      return { ...state, anyEmployee: action.value, slot: null };
    case 'check':
      return { ...state, missing: !state.slot };
  }
}

/** Whose free times the picker shows: the appointment's employee's, or (any employee) everyone's. */
export const pickerEmployeeId = (a: Pick<Appointment, 'employee'>, anyEmployee: boolean): string | null =>
  anyEmployee ? null : a.employee.id;

/** The reschedule request; `anyEmployee` only when the person chose it. */
export const rescheduleRequest = (slot: Slot, anyEmployee: boolean) => ({ start: slot.start, anyEmployee }) satisfies RescheduleRequest;
