import type { Requester } from '../actor';
import type { MunicipalityRow } from '@muni/db';
import { MODES } from '@muni/domain';
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
 * fields (every offered mode has a length) on the merged result.
 */
export async function updateSettings(deps: AppDeps, by: Requester, municipalityId: string, patch: Partial<Settings>): Promise<MunicipalityRow> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
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
    const [row] = await trx<MunicipalityRow>('municipalities')
      .where({ id: municipalityId })
      .update({ ...changes, updated_at: deps.now() } as never)
      .returning('*');
    await audit(trx, by, 'admin_update_settings', { fields: Object.keys(patch) }, { kind: 'municipality', id: municipalityId, municipalityId });
    return row!;
  });
}
