import { callRoles, hashToken, joinToken, type ParticipantRole } from '@muni/domain';
import { Appointment, type AppointmentRow } from '@muni/db';
import { opaqueId } from '@muni/livekit';
import type { Knex } from 'knex';

/**
 * Join links for the current version of an appointment with a video call (see
 * callRoles: a video appointment, or an in-person one with interpreting, whose
 * call has only the employee and the interpreter): one per participant, opaque
 * identities, hashed tokens. Older versions' rows stay so an old link can be
 * told apart (410) from a wrong one (404).
 */
export async function createJoinLinks(trx: Knex.Transaction, appt: AppointmentRow, secret: string): Promise<void> {
  const roles = callRoles(appt);
  if (roles.length === 0 || appt.status !== 'booked') return;
  // The employee's and interpreter's names (no interpreter: no query, null).
  const { employee, interpreter } = await Appointment.fetchGraph(appt, '[employee(name), interpreter(name)]', { transaction: trx }).modifiers({
    name: (q) => q.select('full_name'),
  });
  const participants: [ParticipantRole, string | null | undefined][] = [
    ['citizen', appt.person_full_name],
    ['employee', employee?.full_name],
    ['interpreter', interpreter?.full_name],
    ['third_person', appt.third_person_name],
  ];
  const rows = participants
    .filter(([role, name]) => roles.includes(role) && Boolean(name))
    .map(([role, name]) => ({
      token_hash: hashToken(joinToken(secret, appt.id, role, appt.version)),
      appointment_id: appt.id,
      role,
      appointment_version: appt.version,
      identity: opaqueId('pt'),
      display_name: name!,
    }));
  await trx('join_links').insert(rows).onConflict(['appointment_id', 'role', 'appointment_version']).ignore();
  if (!appt.room_name) await trx('appointments').where({ id: appt.id }).update({ room_name: opaqueId('rm') });
}
