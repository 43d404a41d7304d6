import type { Requester } from '../actor';
import { type AppointmentRow, lockMunicipalityDays, type MunicipalityRow } from '@muni/db';
import { MODES, withinHours } from '@muni/domain';
import type { Knex } from 'knex';
import { closeRoomFor } from '../call/closeRoom';
import { type AffectedDecision, type AffectedOutcome, appointmentsAffectedError, countOutcomes, settleAffected, startOfLocalDay } from './closedTime';
import type { AppDeps } from '../deps';
import { audit } from '../audit';
import type { Settings } from '@muni/domain';
import { invalidField } from '../errors';
import { requireMunicipalAdmin } from '../policies';

const COLUMNS: { [K in keyof Settings]: (v: Settings[K]) => Partial<Record<keyof MunicipalityRow, unknown>> } = {
  name: (v) => ({ name_el: v.el, name_en: v.en }),
  timeZone: (v) => ({ time_zone: v }),
  modes: (v) => ({ modes: v }),
  durations: (v) => ({ durations: JSON.stringify(v) }),
  openingHours: (v) => ({ opening_hours: JSON.stringify(v) }),
  bookingWindowDays: (v) => ({ booking_window_days: v }),
  minLeadMinutes: (v) => ({ min_lead_minutes: v }),
  bufferMinutes: (v) => ({ buffer_minutes: v }),
  holdMinutes: (v) => ({ hold_minutes: v }),
  changeCutoffMinutes: (v) => ({ change_cutoff_minutes: v }),
  allowThirdPerson: (v) => ({ allow_third_person: v }),
  thirdPersonInviteOnBooking: (v) => ({ third_person_invite_on_booking: v }),
  reminderOffsetsMinutes: (v) => ({ reminder_offsets_minutes: v }),
  publicHolidaysClosed: (v) => ({ public_holidays_closed: v }),
  phone: (v) => ({ phone: v }),
  email: (v) => ({ email: v }),
};

/**
 * Updates the settings fields that were sent. Checks the rule that spans
 * fields (every offered mode has a length) on the merged result. New opening
 * hours that leave booked appointments outside them are refused first with
 * the list (409 appointments_affected); sent again with `affected`, those are
 * moved to the nearest free time within the new hours or cancelled, in the
 * same transaction, each person told why (see closedTime.ts).
 */
export async function updateSettings(
  deps: AppDeps,
  by: Requester,
  municipalityId: string,
  patch: Partial<Settings>,
  affected?: AffectedDecision,
): Promise<{ settings: MunicipalityRow; affectedAppointments: AffectedOutcome[] }> {
  requireMunicipalAdmin(by.actor, municipalityId);
  const now = deps.now();
  const { row, outcomes, changed } = await deps.knex.transaction(async (trx) => {
    const current = await trx<MunicipalityRow>('municipalities').where({ id: municipalityId }).forUpdate().first();
    if (!current) throw new Error('admin municipality vanished');
    const modes = patch.modes ?? current.modes;
    const durations = patch.durations ?? current.durations;
    const missing = MODES.find((m) => modes.includes(m) && !durations[m]);
    if (missing) {
      throw invalidField(`durations.${missing}`, 'duration_missing', 'ορίστε διάρκεια για κάθε τρόπο που προσφέρει ο δήμος.', 'set a length for every mode the municipality offers.');
    }
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as (keyof Settings)[]) {
      if (patch[key] === undefined) continue;
      Object.assign(changes, (COLUMNS[key] as (v: unknown) => object)(patch[key]));
    }
    // Rows first, then the day lock (as closures do): a change of one of them waits for us, not we for it while holding the lock.
    const booked = patch.openingHours ? await futureBooked(trx, municipalityId, now) : [];
    if (patch.openingHours) await lockMunicipalityDays(trx, municipalityId);
    const [updated] = await trx<MunicipalityRow>('municipalities')
      .where({ id: municipalityId })
      .update({ ...changes, updated_at: now } as never)
      .returning('*');
    // Those the new hours no longer cover, in the municipality's own zone.
    const outside = booked.filter((a) => !withinHours(updated!.opening_hours, a.starts_at, a.ends_at, updated!.time_zone));
    if (outside.length && !affected) throw await appointmentsAffectedError(trx, outside, { el: 'Το νέο ωράριο', en: 'The new opening hours' }, { el: 'αφήνει εκτός', en: 'leave out' });
    const settled = outside.length
      ? await settleAffected(trx, deps, by, outside, affected!, {
          reason: 'hours_changed',
          subject: { kind: 'opening_hours', id: municipalityId },
          notBefore: (appt, zone) => startOfLocalDay(appt.starts_at, zone),
        }, now)
      : { outcomes: [], changed: [] };
    const counts = countOutcomes(settled.outcomes);
    await audit(trx, by, 'admin_update_settings', { fields: Object.keys(patch), ...(outside.length ? counts : {}) }, { kind: 'municipality', id: municipalityId, municipalityId });
    return { row: updated!, ...settled };
  });
  for (const appt of changed) await closeRoomFor(deps, appt); // the old time's call ends
  return { settings: row, affectedAppointments: outcomes };
}

/** The municipality's booked appointments yet to start, locked. */
const futureBooked = (trx: Knex.Transaction, municipalityId: string, now: Date) =>
  trx<AppointmentRow>('appointments').where({ municipality_id: municipalityId, status: 'booked' }).where('starts_at', '>=', now).orderBy('starts_at').forUpdate();

