import type { AppointmentRow, JoinLinkRow } from '@muni/db';
import type { VideoService, WebhookEvent } from '@muni/livekit';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { isNotFound } from './callDeps';
import { readCallState } from './callState';
import { participantState } from './grants';
import { roomMetadata } from './callRules';
import { callHolder } from './holder';

interface RoomDeps {
  knex: Knex;
  logger: Logger;
  video?: VideoService;
}

/**
 * Sends one participant out of a room, if they are there. Never throws: it is
 * the effect of a change already committed (their link already refuses), so a
 * failure is logged for the operators.
 */
export async function removeFromRoom(deps: Pick<RoomDeps, 'logger' | 'video'>, roomName: string, identity: string): Promise<void> {
  if (!deps.video) return;
  try {
    await deps.video.removeParticipant(roomName, identity);
  } catch (err) {
    if (!isNotFound(err)) deps.logger.warn({ err }, 'could not remove a participant from the video room');
  }
}

// A call can be joined until its end plus the grace period; a day covers any setting.
const ROOM_LOOK_BACK_MS = 24 * 3_600_000;

/**
 * A deactivated employee leaves every call they run (assigned and not taken
 * over, or taken over by them) at once; their employee link already refuses
 * (resolveJoinLink checks employees.active). Returns how many rooms were asked.
 */
export async function disconnectEmployee(deps: RoomDeps, employeeId: string, now: Date): Promise<number> {
  if (!deps.video) return 0;
  const rows: { room_name: string; identity: string }[] = await deps
    .knex('appointments as a')
    .join('join_links as l', (j) => j.on('l.appointment_id', 'a.id').andOn('l.appointment_version', 'a.version'))
    .leftJoin('call_states as s', (j) => j.on('s.appointment_id', 'a.id').andOn('s.appointment_version', 'a.version'))
    .where({ 'a.status': 'booked', 'l.role': 'employee' })
    .whereNotNull('a.room_name')
    .where('a.ends_at', '>', new Date(now.getTime() - ROOM_LOOK_BACK_MS))
    .whereRaw('coalesce(s.acting_employee_id, a.employee_id) = ?', [employeeId])
    .select('a.room_name', 'l.identity');
  for (const r of rows) await removeFromRoom(deps, r.room_name, r.identity);
  return rows.length;
}

/**
 * LiveKit's participant_joined webhook, checked against the database: a
 * LiveKit token lives a few minutes after its link stopped working, so
 * whoever connects is held to the call as it is now. Someone whose link was
 * revoked (taken over) or whose employee account was deactivated is removed;
 * everyone else gets the permission of the current state (e.g. no media
 * during the identity step for those who may not see the document, even with
 * a token issued before it began). Never throws: the webhook must not fail.
 */
export async function guardJoin(deps: RoomDeps & { video: VideoService }, event: WebhookEvent): Promise<'removed' | 'checked' | 'ignored'> {
  const p = event.participant;
  if (event.event !== 'participant_joined' || !p || !event.room) return 'ignored';
  const roomName = event.room.name;
  try {
    const appt = await deps.knex<AppointmentRow>('appointments').where({ room_name: roomName }).first();
    if (!appt) return 'ignored';
    const link = await deps.knex<JoinLinkRow>('join_links').where({ appointment_id: appt.id, appointment_version: appt.version, identity: p.identity }).first();
    const refused = !link || appt.status !== 'booked' || (link.role === 'employee' && !(await callHolder(deps.knex, appt)).active);
    if (refused) {
      await removeFromRoom(deps, roomName, p.identity);
      return 'removed';
    }
    const callState = await readCallState(deps.knex, appt);
    const state = participantState({ appt: { ...appt, room_name: roomName } }, link, callState);
    await deps.video.applyState(roomName, p.identity, link.role, state);
    // A room without our metadata was created again by LiveKit itself (people
    // reconnecting after the SFU restarted or a cluster node was lost): give
    // it the call's state again, so the pages keep the identity step and
    // sound-only rules.
    if (!event.room.metadata) await deps.video.updateRoomMetadata(roomName, JSON.stringify(roomMetadata(callState, appt.interpreter_id !== null)));
    return 'checked';
  } catch (err) {
    if (!isNotFound(err)) deps.logger.warn({ err }, 'could not check a participant who joined');
    return 'ignored';
  }
}
