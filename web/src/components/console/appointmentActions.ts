// What an employee may do with an appointment right now. The API enforces the
// same rules; these only decide which controls to offer.
import { callRoles } from '@muni/domain/interpreting';
import type { Appointment } from '../../api/types';

type Timed = Pick<Appointment, 'status' | 'start' | 'end' | 'mode'>;

export function hasStarted(a: Pick<Appointment, 'start'>, now: Date): boolean {
  return Date.parse(a.start) <= now.getTime();
}

/** Completed / no-show: only for a booked appointment whose time has come. */
export function canFinish(a: Timed, now: Date): boolean {
  return a.status === 'booked' && hasStarted(a, now);
}

/** Reschedule, cancel, reassign, e-mail documents: only while booked. */
export function isActive(a: Pick<Appointment, 'status'>): boolean {
  return a.status === 'booked';
}

/**
 * The call link is offered for booked appointments with a call (video, or in
 * person with an interpreter, who joins on the counter's screen) until their end.
 */
export function canJoinCall(a: Timed & Pick<Appointment, 'interpretation'>, now: Date): boolean {
  return callRoles(a).includes('employee') && a.status === 'booked' && Date.parse(a.end) > now.getTime();
}

/** The third person's invitation: a booked video appointment that has a third person. */
export function canInviteThirdPerson(a: Pick<Appointment, 'status' | 'mode' | 'thirdPerson'>): boolean {
  return a.status === 'booked' && a.mode === 'video' && a.thirdPerson !== null;
}
