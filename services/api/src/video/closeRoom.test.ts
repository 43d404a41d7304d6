// Rooms end with their appointments: against a REAL livekit-server.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { bookVideo, livekitBinaryOrSkip, useVideoApi } from '../routes/video/videoTestKit';
import { closeEndedRooms } from './closeRoom';

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('closing rooms of ended calls', () => {
  const { h, kit } = useVideoApi(binary!);

  it('closes a room once the join window (end + grace) has passed, not before', async () => {
    const appt = await bookVideo(h, '2026-11-24T08:00:00.000Z');
    h.clock.set('2026-11-24T07:50:00Z');
    const joined = await h.client().post(`/api/v1/join/${appt.token('employee')}`, {}, { 'X-CSRF-Token': '' });
    expect(joined.status).toBe(200);
    const roomName = joined.body.roomName as string;
    expect((await kit.admin.listRooms([roomName])).length).toBe(1);

    const deps = { knex: h.knex, logger: pino({ level: 'silent' }), video: kit.video };
    const end = new Date(appt.end).getTime();
    expect(await closeEndedRooms(deps, new Date(end + 10 * 60_000), 30)).toBe(0); // still within the grace
    expect((await kit.admin.listRooms([roomName])).length).toBe(1);
    expect(await closeEndedRooms(deps, new Date(end + 31 * 60_000), 30)).toBe(1);
    expect(await kit.admin.listRooms([roomName])).toEqual([]);
  });
});
