// A time the wizard could not hold or book, and what it offers instead. Pure.
import { lostTimeOffer, type TakenAnswer } from '../api/slotTaken';
import type { Slot } from '../api/types';

/** A 409 answer for a time the wizard asked for, with what it asked. */
export interface LostTime extends TakenAnswer {
  lost: Slot;
  /** The employee the hold or booking was for, if any. */
  requestedEmployeeId: string | null;
}

export const lostTime = (answer: TakenAnswer, lost: Slot, requestedEmployeeId: string | null): LostTime => ({ ...answer, lost, requestedEmployeeId });

/**
 * The citizen's choices: the nearest free times (the requested employee's, if
 * one was asked for) and, when only that employee is busy then, the same time
 * with any employee. The wizard never makes that switch by itself.
 */
export const wizardOffer = (t: LostTime) => lostTimeOffer(t, { slot: t.lost, anyEmployee: t.requestedEmployeeId === null })!;
