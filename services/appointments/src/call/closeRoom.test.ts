// Rooms end with their appointments: against a REAL livekit-server.
import { fileURLToPath } from 'node:url';
import { createVideoService, findFreePorts, type RunningLivekit, startLivekitServer, type VideoService } from '@muni/livekit';
import { livekitBinaryOrSkip } from '@muni/livekit/testing';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppTestKit } from '../testing';
import { closeEndedRooms } from './closeRoom';

const binary = livekitBinaryOrSkip(fileURLToPath(new URL('../../../..', import.meta.url)), 'the room-closing tests');

describe.skipIf(!binary)('closing rooms of ended calls', () => {
  let livekit: RunningLivekit;
  let video: VideoService;
  beforeAll(async () => {
    const [port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    livekit = await startLivekitServer({ binary: binary!, port, rtcTcpPort, rtcUdpPort });
    video = createVideoService(livekit);
  });
  afterAll(() => livekit?.stop());
  const kit = useAppTestKit('2026-11-23T08:00:00Z', () => video);

  it('closes a room once the join window (end + grace) has passed, not before', async () => {
    const { knex } = kit.deps;
    const appointment = await kit.bookVideo();
    const { room_name: roomName } = await knex('appointments').where({ id: appointment.id }).first('room_name');
    await video.ensureRoom(roomName, { maxParticipants: 5, emptyTimeoutSeconds: 600 });
    const admin = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret);
    expect((await admin.listRooms([roomName])).length).toBe(1);

    const end = appointment.ends_at.getTime();
    expect(await closeEndedRooms(kit.deps, new Date(end + 10 * 60_000), 30)).toBe(0); // still within the grace
    expect((await admin.listRooms([roomName])).length).toBe(1);
    expect(await closeEndedRooms(kit.deps, new Date(end + 31 * 60_000), 30)).toBe(1);
    expect(await admin.listRooms([roomName])).toEqual([]);
  });
});
