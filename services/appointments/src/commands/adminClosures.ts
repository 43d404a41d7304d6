import type { closureSchema } from '@muni/domain';
import { type AppointmentRow, getMunicipality, lockMunicipalityDays } from '@muni/db';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { closeRoomFor } from '../call/closeRoom';
import type { AppDeps } from '../deps';
import { adminNotFound } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import type { ClosureView } from '../queries/admin';
import { type AffectedOutcome, appointmentsAffectedError, countOutcomes, settleAffected, startOfLocalDay } from './closedTime';

export type ClosureInput = z.infer<typeof closureSchema>;

/**
 * A day (or a day every year) the municipality is closed: no free times are
 * offered on it, and nothing stays booked on it. Booked appointments on it
 * are listed first (409 appointments_affected); with `affectedAppointments`
 * they are moved to the nearest free time or cancelled (see closedTime.ts).
 */
export async function createClosure(
  deps: AppDeps,
  by: Requester,
  municipalityId: string,
  input: ClosureInput,
): Promise<ClosureView & { affectedAppointments: AffectedOutcome[] }> {
  requireMunicipalAdmin(by.actor, municipalityId);
  const now = deps.now();
  const { id, outcomes, changed } = await deps.knex.transaction(async (trx) => {
    const municipality = await getMunicipality(trx, municipalityId);
    if (!municipality) throw adminNotFound('ο δήμος', 'The municipality');
    const booked = () => bookedOnDay(trx, municipalityId, municipality.time_zone, input, now);
    // Rows first, then the day lock: a change of one of them waits for us, not we for it while holding the lock.
    await booked();
    await lockMunicipalityDays(trx, municipalityId);
    const [row] = await trx('closures')
      .insert({ municipality_id: municipalityId, date: input.date, recurring_yearly: input.recurringYearly, label: input.label })
      .returning(['id']);
    const affected = await booked();
    if (affected.length && !input.affectedAppointments) {
      throw await appointmentsAffectedError(trx, affected, { el: 'Το κλείσιμο αυτής της ημέρας', en: 'Closing this day' });
    }
    const settled = affected.length
      ? await settleAffected(trx, deps, by, affected, input.affectedAppointments!, {
          reason: 'municipality_closed',
          subject: { kind: 'closure', id: row.id },
          notBefore: (appt, zone) => startOfLocalDay(appt.starts_at, zone),
        }, now)
      : { outcomes: [], changed: [] };
    const counts = countOutcomes(settled.outcomes);
    await audit(trx, by, 'admin_create_closure', { date: input.date, recurringYearly: input.recurringYearly, ...counts }, { kind: 'closure', id: row.id, municipalityId });
    return { id: row.id as string, ...settled };
  });
  for (const appt of changed) await closeRoomFor(deps, appt); // the old time's call ends
  return { id, date: input.date, recurringYearly: input.recurringYearly, label: input.label, affectedAppointments: outcomes };
}

/** Booked appointments yet to start on the closure's day (every year's, for a yearly one), locked. */
function bookedOnDay(trx: Knex.Transaction, municipalityId: string, zone: string, c: Pick<ClosureInput, 'date' | 'recurringYearly'>, now: Date): Promise<AppointmentRow[]> {
  const q = trx<AppointmentRow>('appointments').where({ municipality_id: municipalityId, status: 'booked' }).where('starts_at', '>=', now);
  if (c.recurringYearly) q.whereRaw(`to_char(starts_at AT TIME ZONE ?, 'MM-DD') = ?`, [zone, c.date.slice(5, 10)]);
  else q.whereRaw('(starts_at AT TIME ZONE ?)::date = ?::date', [zone, c.date]);
  return q.orderBy('starts_at').forUpdate();
}

export async function deleteClosure(deps: AppDeps, by: Requester, municipalityId: string, closureId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    const n = await trx('closures').where({ id: closureId, municipality_id: municipalityId }).delete();
    if (!n) throw adminNotFound('το κλείσιμο', 'The closure');
    await audit(trx, by, 'admin_delete_closure', {}, { kind: 'closure', id: closureId, municipalityId });
  });
}
