import { nextStatus } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import { isVideoRole, type WebhookEvent } from '@muni/livekit';
import type { Knex } from 'knex';
import { recordEvent } from '../booking/history';

/**
 * Attendance from LiveKit's (verified) webhooks: one row per connection,
 * keyed by the participant's sid so a redelivered event changes nothing.
 */
export async function recordAttendance(knex: Knex, event: WebhookEvent, now: Date): Promise<'recorded' | 'ignored'> {
  const p = event.participant;
  switch (event.event) {
    case 'participant_joined': {
      if (!p || !event.room) return 'ignored';
      const appt = await knex('appointments').where({ room_name: event.room.name }).first('id');
      if (!appt) return 'ignored';
      const link = await knex('join_links').where({ appointment_id: appt.id, identity: p.identity }).first('role');
      const role = link?.role ?? (isVideoRole(p.attributes?.role) ? p.attributes.role : null);
      await knex('call_attendance')
        .insert({ appointment_id: appt.id, identity: p.identity, role, participant_sid: p.sid, joined_at: now })
        .onConflict('participant_sid')
        .ignore();
      return 'recorded';
    }
    case 'participant_left':
    case 'participant_connection_aborted': {
      if (!p) return 'ignored';
      const n = await knex('call_attendance').where({ participant_sid: p.sid }).whereNull('left_at').update({ left_at: now });
      return n > 0 ? 'recorded' : 'ignored';
    }
    case 'room_finished': {
      if (!event.room) return 'ignored';
      const appt = await knex('appointments').where({ room_name: event.room.name }).first('id');
      if (!appt) return 'ignored';
      await knex('call_attendance').where({ appointment_id: appt.id }).whereNull('left_at').update({ left_at: now });
      return 'recorded';
    }
    default:
      return 'ignored';
  }
}

/**
 * Marks booked video appointments whose end has passed as no-shows when the
 * employee was in the call and the citizen never joined. An appointment nobody
 * attended is left alone: without the employee's attendance, missing records
 * (webhooks not configured, LiveKit down) cannot be told from a no-show.
 * Returns the ids marked. For the scheduler.
 */
export async function markNoShows(knex: Knex, now: Date): Promise<string[]> {
  const attended = (role: string) =>
    knex('call_attendance as c').select(knex.raw('1')).whereRaw('c.appointment_id = a.id').andWhere('c.role', role);
  const candidates: string[] = await knex('appointments as a')
    .where({ 'a.mode': 'video', 'a.status': 'booked' })
    .andWhere('a.ends_at', '<=', now)
    .whereExists(attended('employee'))
    .whereNotExists(attended('citizen'))
    .pluck('a.id');
  const marked: string[] = [];
  for (const id of candidates) {
    await knex.transaction(async (trx) => {
      const appt = await trx<AppointmentRow>('appointments').where({ id, status: 'booked' }).forUpdate().first();
      if (!appt) return; // changed meanwhile
      const status = nextStatus(appt.status, 'mark_no_show');
      const version = appt.version + 1;
      await trx('appointments').where({ id }).update({ status, version, updated_at: now });
      await recordEvent(trx, id, 'no_show', { kind: 'system' }, version, { reason: 'citizen_never_joined' }, now);
      marked.push(id);
    });
  }
  return marked;
}
