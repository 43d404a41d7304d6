import { hasVideoCall } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import { opaqueId, type VideoService } from '@muni/livekit';
import type { Knex } from 'knex';
import type { Logger } from 'pino';

/**
 * Ends the call of an appointment (video, or in person with interpreting) that was cancelled or moved: everyone
 * connected is disconnected. A moved appointment also gets a new room name, so
 * a LiveKit token issued for the old time (valid a few minutes) opens nothing.
 * Never throws: the change itself has already been committed; failures are logged.
 */
export async function closeRoomFor(
  deps: { knex: Knex; logger: Logger; video?: VideoService },
  appointment: Pick<AppointmentRow, 'id' | 'mode' | 'interpretation' | 'status' | 'room_name'>,
): Promise<void> {
  const roomName = appointment.room_name;
  if (!hasVideoCall(appointment) || !roomName) return;
  try {
    if (appointment.status === 'booked') {
      await deps.knex('appointments').where({ id: appointment.id, room_name: roomName }).update({ room_name: opaqueId('rm') });
    }
    await deps.video?.closeRoom(roomName);
  } catch (err) {
    deps.logger.warn({ err, appointmentId: appointment.id }, 'could not close the video room');
  }
}

/**
 * Closes the rooms of calls (a room name: see createJoinLinks) whose join window (end + grace) has
 * just passed, so nobody lingers in a call after its time. Run every few
 * minutes; the look-back covers a missed run, and closing twice is harmless.
 */
export async function closeEndedRooms(
  deps: { knex: Knex; logger: Logger; video?: VideoService },
  now: Date,
  graceMinutes: number,
  lookBackMinutes = 60,
): Promise<number> {
  if (!deps.video) return 0;
  const closedBefore = new Date(now.getTime() - graceMinutes * 60_000);
  const rows: { id: string; room_name: string }[] = await deps.knex('appointments')
    .whereNotNull('room_name')
    .where('ends_at', '<=', closedBefore)
    .where('ends_at', '>', new Date(closedBefore.getTime() - lookBackMinutes * 60_000))
    .select('id', 'room_name');
  for (const row of rows) {
    try {
      await deps.video.closeRoom(row.room_name);
    } catch (err) {
      deps.logger.warn({ err, appointmentId: row.id }, 'could not close the video room');
    }
  }
  return rows.length;
}
