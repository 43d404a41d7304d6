import type { absenceSchema } from '@muni/domain';
import { type AppointmentRow, lockEmployeeTime } from '@muni/db';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { closeRoomFor } from '../call/closeRoom';
import type { AppDeps } from '../deps';
import { adminNotFound } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import { type AbsenceRow, ownEmployee } from '../queries/admin';
import { type AffectedOutcome, appointmentsAffectedError, countOutcomes, settleAffected } from './closedTime';

export type AbsenceInput = z.infer<typeof absenceSchema>;

/**
 * An employee's absence: no free times with them inside it, and none of their
 * appointments stays booked in it. Their booked appointments inside it are
 * listed first (409 appointments_affected); with `affectedAppointments` they
 * are moved to the nearest free time or cancelled (see closedTime.ts).
 */
export async function createAbsence(
  deps: AppDeps,
  by: Requester,
  municipalityId: string,
  employeeId: string,
  input: AbsenceInput,
): Promise<{ absence: AbsenceRow; overlappingAppointments: number; affectedAppointments: AffectedOutcome[] }> {
  requireMunicipalAdmin(by.actor, municipalityId);
  const now = deps.now();
  const { result, changed } = await deps.knex.transaction(async (trx) => {
    await ownEmployee(trx, municipalityId, employeeId);
    const booked = () => bookedWithin(trx, employeeId, input, now);
    // Rows first, then the employee's time lock (see adminClosures.ts).
    await booked();
    await lockEmployeeTime(trx, employeeId);
    const [absence] = await trx<AbsenceRow>('employee_absences')
      .insert({ employee_id: employeeId, starts_at: input.start, ends_at: input.end, reason: input.reason } as never)
      .returning('*');
    const affected = await booked();
    if (affected.length && !input.affectedAppointments) {
      throw await appointmentsAffectedError(trx, affected, { el: 'Η απουσία αυτή', en: 'This absence' });
    }
    const settled = affected.length
      ? await settleAffected(trx, deps, by, affected, input.affectedAppointments!, {
          reason: 'employee_absent',
          subject: { kind: 'employee_absence', id: absence!.id },
          notBefore: () => input.start,
        }, now)
      : { outcomes: [], changed: [] };
    const counts = countOutcomes(settled.outcomes);
    await audit(trx, by, 'admin_create_absence', { employeeId, ...counts }, { kind: 'employee_absence', id: absence!.id, municipalityId });
    return { result: { absence: absence!, overlappingAppointments: affected.length, affectedAppointments: settled.outcomes }, changed: settled.changed };
  });
  for (const appt of changed) await closeRoomFor(deps, appt); // the old time's call ends
  return result;
}

/** The employee's booked appointments yet to start that overlap the absence, locked. */
const bookedWithin = (trx: Knex.Transaction, employeeId: string, a: Pick<AbsenceInput, 'start' | 'end'>, now: Date): Promise<AppointmentRow[]> =>
  trx<AppointmentRow>('appointments')
    .where({ employee_id: employeeId, status: 'booked' })
    .where('starts_at', '<', a.end)
    .where('ends_at', '>', a.start)
    .where('starts_at', '>=', now)
    .orderBy('starts_at')
    .forUpdate();

export async function deleteAbsence(deps: AppDeps, by: Requester, municipalityId: string, employeeId: string, absenceId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    await ownEmployee(trx, municipalityId, employeeId);
    const n = await trx('employee_absences').where({ id: absenceId, employee_id: employeeId }).delete();
    if (!n) throw adminNotFound('η απουσία', 'The absence');
    await audit(trx, by, 'admin_delete_absence', { employeeId }, { kind: 'employee_absence', id: absenceId, municipalityId });
  });
}
