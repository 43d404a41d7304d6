import { useState } from 'react';
import { type ApiError, isApiError } from '../api/client';
import { useCreateHold } from '../api/hooks';
import { takenAnswer } from '../api/slotTaken';
import type { Interpretation, Slot } from '../api/types';
import { type LostTime, lostTime } from './lostTime';
import { useWizard } from './WizardContext';

/**
 * Holds a time for the booking in progress (POST /holds). A new hold replaces
 * the session's previous one on the server. When the time has gone (or the
 * requested employee is not free then), `taken` holds what to offer instead.
 */
export function useHoldSlot() {
  const { state, dispatch } = useWizard();
  const create = useCreateHold();
  const [taken, setTaken] = useState<LostTime | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function hold(
    slot: Slot,
    opts: { interpretation?: Interpretation | null; requestedEmployeeId?: string | null } = {},
  ): Promise<boolean> {
    const { municipalityId, mode, topicId } = state;
    if (!municipalityId || !mode || !topicId) return false;
    const interpretation = opts.interpretation !== undefined ? opts.interpretation : state.interpretation;
    const requestedEmployeeId = opts.requestedEmployeeId !== undefined ? opts.requestedEmployeeId : state.requestedEmployeeId;
    setTaken(null);
    setError(null);
    try {
      const h = await create.mutateAsync({ municipalityId, topicId, mode, start: slot.start, interpretation, requestedEmployeeId });
      dispatch({ type: 'slot', slot, hold: { ...h, start: slot.start, interpretation, requestedEmployeeId } });
      return true;
    } catch (e) {
      const answer = takenAnswer(e);
      if (answer) setTaken(lostTime(answer, slot, requestedEmployeeId));
      else setError(isApiError(e) ? e : null);
      return false;
    }
  }

  /**
   * The second choice after requested_employee_taken: no employee preference
   * any more, and the lost time held with whoever is free.
   */
  async function holdWithAnyEmployee(slot: Slot): Promise<boolean> {
    dispatch({ type: 'employee', id: null });
    return hold(slot, { requestedEmployeeId: null });
  }

  return { hold, holdWithAnyEmployee, taken, error, busy: create.isPending, clearTaken: () => setTaken(null) };
}
