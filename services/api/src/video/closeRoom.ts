import type { AppointmentRow } from '@muni/db';
import { opaqueId, type VideoService } from '@muni/video';
import type { Knex } from 'knex';
import type { Logger } from 'pino';

/**
 * Ends the call of a video appointment that was cancelled or moved: everyone
 * connected is disconnected. A moved appointment also gets a new room name, so
 * a LiveKit token issued for the old time (valid a few minutes) opens nothing.
 * Never throws: the change itself has already been committed; failures are logged.
 */
export async function closeRoomFor(
  deps: { knex: Knex; logger: Logger; video?: VideoService },
  appointment: Pick<AppointmentRow, 'id' | 'mode' | 'status' | 'room_name'>,
): Promise<void> {
  const roomName = appointment.room_name;
  if (appointment.mode !== 'video' || !roomName) return;
  try {
    if (appointment.status === 'booked') {
      await deps.knex('appointments').where({ id: appointment.id, room_name: roomName }).update({ room_name: opaqueId('rm') });
    }
    await deps.video?.closeRoom(roomName);
  } catch (err) {
    deps.logger.warn({ err, appointmentId: appointment.id }, 'could not close the video room');
  }
}
