import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMunicipality } from '../api/hooks';
import type { Interpretation, Slot } from '../api/types';
import { holdIsStale } from './buildBooking';
import { LostTimeNotice } from './LostTimeNotice';
import { nextStep, type StepId, stepPath } from './steps';
import { useHoldSlot } from './useHoldSlot';
import { useWizard } from './WizardContext';

/** A choice that changes which times are free: an interpreter, a named employee. */
export type HoldChange = { interpretation?: Interpretation | null; requestedEmployeeId?: string | null };

/**
 * For a step whose choice changes which times are free: the chosen time must
 * suit the new choice, so it is held again before moving on. When it has gone,
 * `taken` offers the nearest free times (for StepPage's `after`), and, when
 * only the requested employee is busy then, the same time with any employee.
 */
export function useRehold(step: StepId, change: HoldChange) {
  const navigate = useNavigate();
  const { state } = useWizard();
  const { municipality } = useMunicipality(state.municipalityId);
  const holder = useHoldSlot();
  const next = () => navigate(stepPath(nextStep(step)));

  /** Call once the step's choice is dispatched. */
  const proceed = async () => {
    if (state.slot && holdIsStale({ ...state, ...change })) {
      if (!(await holder.hold(state.slot, change))) return;
    }
    next();
  };
  const pick = async (slot: Slot) => {
    if (await holder.hold(slot, change)) next();
  };
  const anyEmployee = async (slot: Slot) => {
    if (await holder.holdWithAnyEmployee(slot)) next();
  };
  const taken: ReactNode = holder.taken && municipality && (
    <LostTimeNotice
      taken={holder.taken}
      timeZone={municipality.timeZone}
      onPick={(s) => void pick(s)}
      onAnyEmployee={(s) => void anyEmployee(s)}
      busy={holder.busy}
    />
  );

  return { proceed, taken, busy: holder.busy, error: holder.error };
}
