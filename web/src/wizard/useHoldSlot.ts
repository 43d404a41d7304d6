import { useState } from 'react';
import { type ApiError, isApiError } from '../api/client';
import { useCreateHold } from '../api/hooks';
import { takenNextSlots } from '../api/slotTaken';
import type { Interpretation, Slot } from '../api/types';
import { useWizard } from './WizardContext';

/**
 * Holds a time for the booking in progress (POST /holds). A new hold replaces
 * the session's previous one on the server. When the time has gone, `taken`
 * holds the next free times to offer instead.
 */
export function useHoldSlot() {
  const { state, dispatch } = useWizard();
  const create = useCreateHold();
  const [taken, setTaken] = useState<Slot[] | null>(null);
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
      const gone = takenNextSlots(e);
      if (gone) setTaken(gone);
      else setError(isApiError(e) ? e : null);
      return false;
    }
  }

  return { hold, taken, error, busy: create.isPending, clearTaken: () => setTaken(null) };
}
