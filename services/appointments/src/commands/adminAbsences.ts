import type { absenceSchema } from '@muni/domain';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { adminNotFound } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import { type AbsenceRow, ownEmployee } from '../queries/admin';

export type AbsenceInput = z.infer<typeof absenceSchema>;

/**
 * An employee's absence: no free times with them inside it. The answer counts
 * their booked appointments inside the absence, so the admin can reassign them.
 */
export async function createAbsence(
  deps: AppDeps,
  by: Requester,
  municipalityId: string,
  employeeId: string,
  input: AbsenceInput,
): Promise<{ absence: AbsenceRow; overlappingAppointments: number }> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    await ownEmployee(trx, municipalityId, employeeId);
    const [absence] = await trx<AbsenceRow>('employee_absences')
      .insert({ employee_id: employeeId, starts_at: input.start, ends_at: input.end, reason: input.reason } as never)
      .returning('*');
    const overlapping = await trx('appointments')
      .where({ employee_id: employeeId, status: 'booked' })
      .where('starts_at', '<', input.end)
      .where('ends_at', '>', input.start)
      .count<{ n: string }[]>('* as n')
      .first();
    await audit(trx, by, 'admin_create_absence', { employeeId }, { kind: 'employee_absence', id: absence!.id, municipalityId });
    return { absence: absence!, overlappingAppointments: Number(overlapping?.n ?? 0) };
  });
}

export async function deleteAbsence(deps: AppDeps, by: Requester, municipalityId: string, employeeId: string, absenceId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    await ownEmployee(trx, municipalityId, employeeId);
    const n = await trx('employee_absences').where({ id: absenceId, employee_id: employeeId }).delete();
    if (!n) throw adminNotFound('η απουσία', 'The absence');
    await audit(trx, by, 'admin_delete_absence', { employeeId }, { kind: 'employee_absence', id: absenceId, municipalityId });
  });
}
