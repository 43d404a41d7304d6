import { useEmployees } from '../api/hooks';
import type { Slot } from '../api/types';
import { SlotTaken } from '../components/slots/SlotTaken';
import { type LostTime, wizardOffer } from './lostTime';
import { useWizard } from './WizardContext';

interface Props {
  taken: LostTime;
  timeZone: string;
  /** One of the offered times (the requested employee's, when one was asked for). */
  onPick: (slot: Slot) => void;
  /** The lost time with any free employee instead of the requested one. */
  onAnyEmployee: (lost: Slot) => void;
  busy?: boolean;
}

/**
 * The wizard's answer to a lost time. When the requested employee is the one
 * not free, the citizen chooses: one of that employee's times, or the same
 * time with any employee. Never switched for them.
 */
export function LostTimeNotice({ taken, timeZone, onPick, onAnyEmployee, busy }: Props) {
  const { state } = useWizard();
  const employees = useEmployees(state.municipalityId, state.topicId, state.mode);
  const name = employees.data?.find((e) => e.id === taken.requestedEmployeeId)?.displayName;
  const offer = wizardOffer(taken);
  const at = offer.anyEmployeeAt;
  const employee = offer.employeeTaken ? { name, lost: taken.lost, onAnyEmployee: at ? () => onAnyEmployee(at) : null } : undefined;
  return <SlotTaken key={`${taken.code}-${taken.lost.start}`} nextSlots={offer.alternatives} timeZone={timeZone} onPick={onPick} busy={busy} employee={employee} noInterpreter={taken.code === 'no_interpreter'} />;
}
