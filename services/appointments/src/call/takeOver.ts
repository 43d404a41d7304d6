import { hashToken, hasVideoCall } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import { opaqueId } from '@muni/livekit';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { recordEvent } from '../booking/history';
import type { EffectDeps } from '../deps';
import { notAllowed } from '../errors';
import { notAVideoCall } from './errors';
import { assertAppointmentAccess, requireStaff } from '../policies';
import { removeFromRoom } from './disconnect';
import { employeeLinkToken } from './holder';

/**
 * A colleague of the same municipality takes a video call over, after
 * confirming in the console: from then on they run it (moderation, the
 * identity check, the audit name them) until the appointment changes version
 * (a reschedule or reassignment hands it back to the assigned employee).
 *
 * The previous holder's employee link stops working at once (410
 * link_taken_over, remembered by hash) and, if they are connected, they are
 * removed from the room; the new link opens a fresh LiveKit identity, so the
 * old one can be refused if it comes back with a LiveKit token it still holds
 * (see guardJoin). The citizen's and the guests' links are not touched.
 * Taking over a call one already runs changes nothing.
 */
export async function takeOverCall(deps: EffectDeps, by: Requester, id: string): Promise<{ role: 'employee'; token: string; takenOver: boolean }> {
  requireStaff(by.actor);
  const actor = by.actor;
  const now = deps.now();
  const done = await deps.knex.transaction(async (trx) => {
    const appt = assertAppointmentAccess(actor, await trx<AppointmentRow>('appointments').where({ id }).forUpdate().first());
    if (!hasVideoCall(appt) || appt.status !== 'booked' || !appt.room_name) throw notAVideoCall();
    const taker = await trx('employees').where({ id: actor.employeeId }).first('full_name', 'active');
    if (!taker?.active) throw notAllowed();
    const key = { appointment_id: appt.id, appointment_version: appt.version };
    await trx('call_states').insert(key).onConflict(['appointment_id', 'appointment_version']).ignore();
    const state = await trx('call_states').where(key).forUpdate().first('acting_employee_id', 'takeovers');
    const previous: string = state.acting_employee_id ?? appt.employee_id;
    if (previous === actor.employeeId) {
      return { token: employeeLinkToken(deps.linkSecret, appt, { employeeId: previous, takeovers: state.takeovers }), revoked: null };
    }
    const link = await trx('join_links').where({ ...key, role: 'employee' }).first('token_hash', 'identity');
    if (!link) throw notAVideoCall();
    const takeovers: number = state.takeovers + 1;
    const token = employeeLinkToken(deps.linkSecret, appt, { employeeId: actor.employeeId, takeovers });
    await trx('revoked_join_links').insert({ token_hash: link.token_hash, ...key, identity: link.identity, employee_id: previous, reason: 'taken_over', revoked_at: now });
    await trx('join_links').where({ token_hash: link.token_hash }).update({ token_hash: hashToken(token), identity: opaqueId('pt'), display_name: taker.full_name });
    await trx('call_states').where(key).update({ acting_employee_id: actor.employeeId, takeovers, updated_at: now });
    await recordEvent(trx, appt.id, 'call_taken_over', actor, appt.version, { from: previous, to: actor.employeeId }, now);
    await audit(trx, by, 'take_over_call', { from: previous }, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    return { token, revoked: { roomName: appt.room_name, identity: link.identity as string } };
  });
  // After the commit: the previous holder leaves the room (their link already refuses).
  if (done.revoked) await removeFromRoom(deps, done.revoked.roomName, done.revoked.identity);
  return { role: 'employee', token: done.token, takenOver: done.revoked !== null };
}
