// Against a REAL livekit-server (built by scripts/install-livekit.mjs): rooms,
// tokens accepted/refused by the server, lobby admit and audio-only through
// the RoomService, webhooks. Participants join over signalling only; browser
// tests cover real media.
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { AccessToken, RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opaqueId } from './ids';
import { findFreePorts, type RunningLivekit, startLivekitServer } from './launcher';
import { Rooms } from './rooms';
import { createVideoService, type VideoService } from './service';
import { connectSignalOnly, ensureLivekitBinary } from './testing';
import type { WebhookEvent } from './webhooks';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const binary = ensureLivekitBinary(repoRoot);
if (!binary) {
  const why = 'livekit-server is missing and could not be built (see the install script output above)';
  if (process.env.CI) throw new Error(`${why}; CI must run the LiveKit tests`);
  console.warn(`SKIPPING the LiveKit tests: ${why}. Run \`npm run livekit:install\`.`);
}

interface Delivery {
  body: string;
  auth: string | undefined;
}

/** A local endpoint that records LiveKit's webhook POSTs verbatim. */
async function startWebhookSink(): Promise<{ server: Server; url: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      deliveries.push({ body, auth: req.headers.authorization });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/livekit/webhook`, deliveries };
}

async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!binary)('video service against a real livekit-server', () => {
  let livekit: RunningLivekit;
  let video: VideoService;
  let admin: RoomServiceClient;
  let sink: Awaited<ReturnType<typeof startWebhookSink>>;
  const room = { maxParticipants: 4, emptyTimeoutSeconds: 120 };

  beforeAll(async () => {
    sink = await startWebhookSink();
    const [port, rtcTcpPort, rtcUdpPort] = (await findFreePorts(3)) as [number, number, number];
    livekit = await startLivekitServer({ binary: binary!, port, rtcTcpPort, rtcUdpPort, webhookUrl: sink.url });
    video = createVideoService(livekit);
    admin = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret);
  });

  afterAll(async () => {
    await livekit?.stop();
    sink?.server.close();
  });

  /** Verified webhook events received so far, in order. */
  async function receivedEvents(): Promise<WebhookEvent[]> {
    return Promise.all(sink.deliveries.map((d) => video.receiveWebhook(d.body, d.auth)));
  }

  it('answers on a loopback ws:// URL with the dev keys', () => {
    expect(livekit.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect([livekit.apiKey, livekit.apiSecret]).toEqual(['devkey', 'secret']);
  });

  it('refuses to start on a port that is already taken', async () => {
    const port = Number(new URL(livekit.url).port);
    const [rtcTcpPort, rtcUdpPort] = (await findFreePorts(2)) as [number, number];
    await expect(startLivekitServer({ binary: binary!, port, rtcTcpPort, rtcUdpPort })).rejects.toThrow(
      `port ${port} is already in use`,
    );
  });

  it('creates a room once, however often it is ensured', async () => {
    const name = opaqueId('rm');
    const first = await video.ensureRoom(name, { ...room, metadata: '{"appointment":"ap_1"}' });
    const second = await video.ensureRoom(name, room);
    expect(second.sid).toBe(first.sid);
    const rooms = await admin.listRooms([name]);
    expect(rooms).toHaveLength(1);
    expect(rooms[0]).toMatchObject({ name, maxParticipants: 4, emptyTimeout: 120 });
    expect(await video.listParticipants(name)).toEqual([]);
  });

  it('asks LiveKit for a room once per burst of joins; again when the options change, after closing it here, after a failure, and once its memory lapses', async () => {
    let now = 0;
    let asked = 0;
    let failNext = false;
    const client = {
      createRoom: (...args: Parameters<RoomServiceClient['createRoom']>) => {
        asked++;
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('LiveKit did not answer'));
        }
        return admin.createRoom(...args);
      },
      deleteRoom: (name: string) => admin.deleteRoom(name),
    } as unknown as RoomServiceClient;
    const rooms = new Rooms(client, () => now);
    const name = opaqueId('rm');
    const exists = async () => (await admin.listRooms([name])).length === 1;
    const opts = { ...room, departureTimeoutSeconds: 20, metadata: '{"v":1}' };

    // Both sides of the call and a reload at once: one request, one room.
    const burst = await Promise.all(Array.from({ length: 5 }, () => rooms.ensureRoomCached(name, opts)));
    expect(asked).toBe(1);
    expect(new Set(burst.map((r) => r.sid)).size).toBe(1);
    expect((await admin.listRooms([name]))[0]).toMatchObject({ maxParticipants: 4, emptyTimeout: 120, departureTimeout: 20, metadata: '{"v":1}' });

    // Closed behind this process's back (a node lost): within the memory it is not asked again...
    await admin.deleteRoom(name);
    now = 9_999;
    await rooms.ensureRoomCached(name, opts);
    expect([asked, await exists()]).toEqual([1, false]);
    // ...but other options (the call's state changed) are asked at once,
    await rooms.ensureRoomCached(name, { ...opts, metadata: '{"v":2}' });
    expect([asked, await exists()]).toEqual([2, true]);
    // and the memory is at most 10 s and under half the departure timeout: a room LiveKit closed after everyone left is never taken as existing.
    await admin.deleteRoom(name);
    now = 9_999 + 10_000;
    await rooms.ensureRoomCached(name, { ...opts, metadata: '{"v":2}' });
    expect([asked, await exists()]).toEqual([3, true]);
    const shortLived = { ...opts, departureTimeoutSeconds: 4 };
    await rooms.ensureRoomCached(name, shortLived);
    now += 2_000;
    await rooms.ensureRoomCached(name, shortLived);
    expect(asked).toBe(5);

    // Closed here: forgotten at once.
    await rooms.closeRoom(name);
    await rooms.ensureRoomCached(name, shortLived);
    expect([asked, await exists()]).toEqual([6, true]);

    // A failed request is not remembered: the next join asks again.
    const other = opaqueId('rm');
    failNext = true;
    await expect(rooms.ensureRoomCached(other, opts)).rejects.toThrow('LiveKit did not answer');
    await rooms.ensureRoomCached(other, opts);
    expect(asked).toBe(8);
    expect(await admin.listRooms([other])).toHaveLength(1);
    await admin.deleteRoom(other);
    await admin.deleteRoom(name);
  });

  it("forgets a room it ensured once LiveKit's room_finished webhook says it is gone", async () => {
    const roomName = opaqueId('rm');
    const opts = { ...room, metadata: '{"v":1}' };
    await video.ensureRoomCached(roomName, opts);
    await admin.deleteRoom(roomName); // another API process closed it
    const finished = await eventually(() => sink.deliveries.find((d) => d.body.includes('room_finished') && d.body.includes(roomName)));
    expect((await video.receiveWebhook(finished.body, finished.auth)).event).toBe('room_finished');
    await video.ensureRoomCached(roomName, opts);
    expect(await admin.listRooms([roomName])).toHaveLength(1);
    await video.closeRoom(roomName);
  });

  it('grants each role only what it needs, and nothing before admission', async () => {
    const verifier = new TokenVerifier(livekit.apiKey, livekit.apiSecret);
    const grantsOf = async (role: 'citizen' | 'employee' | 'interpreter' | 'third_person', admitted: boolean) => {
      const token = await video.issueToken({ roomName: 'rm_x', identity: 'pt_x', displayName: 'Ελένη Π.', role, admitted });
      return verifier.verify(token);
    };

    const employee = await grantsOf('employee', true);
    expect(employee.video).toMatchObject({
      room: 'rm_x',
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      canUpdateOwnMetadata: false,
      canPublishSources: ['camera', 'microphone', 'screen_share', 'screen_share_audio'],
    });
    expect(employee.video?.roomAdmin).toBeUndefined();
    expect(employee.video?.roomCreate).toBeUndefined();
    expect(employee).toMatchObject({ sub: 'pt_x', name: 'Ελένη Π.', attributes: { role: 'employee' } });
    expect(employee.exp! - employee.nbf!).toBe(600);

    for (const role of ['citizen', 'interpreter', 'third_person'] as const) {
      const grants = await grantsOf(role, true);
      expect(grants.video?.canPublishSources).toEqual(['camera', 'microphone']);
      expect(grants.video?.roomAdmin).toBeUndefined();
      expect(grants.attributes).toEqual({ role });

      const waiting = await grantsOf(role, false);
      expect(waiting.video).toMatchObject({ canPublish: false, canSubscribe: false, canPublishData: false });
    }
  });

  it('honours a custom token lifetime', async () => {
    const short = createVideoService({ ...livekit, tokenTtlSeconds: 90 });
    const token = await short.issueToken({ roomName: 'rm_x', identity: 'pt_x', displayName: 'x', role: 'citizen', admitted: true });
    const claims = await new TokenVerifier(livekit.apiKey, livekit.apiSecret).verify(token);
    expect(claims.exp! - claims.nbf!).toBe(90);
  });

  it('lets a guest in from the waiting room, then switches them to audio only and back', async () => {
    const roomName = opaqueId('rm');
    const identity = opaqueId('pt');
    await video.ensureRoom(roomName, room);
    const token = await video.issueToken({ roomName, identity, displayName: 'Νίκος', role: 'citizen', admitted: false });
    const guest = await connectSignalOnly(livekit.url, token);
    try {
      expect(guest.status).toBe(101);
      const waiting = await eventually(async () => (await video.listParticipants(roomName))[0]);
      expect(waiting).toMatchObject({ identity, name: 'Νίκος', role: 'citizen', admitted: false });
      expect(waiting.joinedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
      const permission = async () => (await admin.getParticipant(roomName, identity)).permission;
      expect(await permission()).toMatchObject({ canPublish: false, canSubscribe: false, canPublishData: false });

      await video.admit(roomName, identity, 'citizen');
      expect((await video.listParticipants(roomName))[0]?.admitted).toBe(true);
      expect(await permission()).toMatchObject({ canPublish: true, canSubscribe: true, canPublishData: true, canPublishSources: [1, 2] });

      await video.setAudioOnly(roomName, identity, 'citizen', true);
      // TrackSource.MICROPHONE = 2; still admitted, still hears and sees the others
      expect(await permission()).toMatchObject({ canPublish: true, canSubscribe: true, canPublishData: true, canPublishSources: [2] });

      await video.setAudioOnly(roomName, identity, 'citizen', false);
      expect((await permission())?.canPublishSources).toEqual([1, 2]);

      await video.removeParticipant(roomName, identity);
      await eventually(async () => ((await video.listParticipants(roomName)).length === 0 ? true : undefined));
    } finally {
      guest.close();
    }
  });

  it('gives the employee screen sharing but no room-admin powers', async () => {
    const roomName = opaqueId('rm');
    const identity = opaqueId('pt');
    await video.ensureRoom(roomName, room);
    const token = await video.issueToken({ roomName, identity, displayName: 'Υπάλληλος', role: 'employee', admitted: true });
    const employee = await connectSignalOnly(livekit.url, token);
    try {
      expect(employee.status).toBe(101);
      await eventually(async () => (await video.listParticipants(roomName))[0]);
      await video.setAudioOnly(roomName, identity, 'employee', true);
      await video.setAudioOnly(roomName, identity, 'employee', false);
      expect((await admin.getParticipant(roomName, identity)).permission?.canPublishSources).toEqual([1, 2, 3, 4]);
      // The employee's own token cannot drive the RoomService; an admin token (control) can.
      const removeWith = (jwt: string) =>
        fetch(`${livekit.url.replace(/^ws/, 'http')}/twirp/livekit.RoomService/RemoveParticipant`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ room: roomName, identity }),
        }).then((r) => r.status);
      expect(await removeWith(token)).toBe(401);
      const adminToken = new AccessToken(livekit.apiKey, livekit.apiSecret);
      adminToken.addGrant({ roomAdmin: true, room: roomName });
      expect(await removeWith(await adminToken.toJwt())).toBe(200);
    } finally {
      employee.close();
    }
  });

  it('refuses tokens signed with another secret', async () => {
    const roomName = opaqueId('rm');
    await video.ensureRoom(roomName, room);
    const forger = createVideoService({ ...livekit, apiSecret: 'not-the-secret' });
    const forged = await forger.issueToken({ roomName, identity: opaqueId('pt'), displayName: 'x', role: 'employee', admitted: true });
    expect((await connectSignalOnly(livekit.url, forged)).status).toBe(401);
  });

  it('closes a room for everyone, and closing it again is harmless', async () => {
    const roomName = opaqueId('rm');
    await video.ensureRoom(roomName, room);
    const identity = opaqueId('pt');
    const token = await video.issueToken({ roomName, identity, displayName: 'x', role: 'interpreter', admitted: true });
    const interpreter = await connectSignalOnly(livekit.url, token);
    try {
      await eventually(async () => (await video.listParticipants(roomName))[0]);
      await video.closeRoom(roomName);
      expect(await admin.listRooms([roomName])).toEqual([]);
      await video.closeRoom(roomName);
    } finally {
      interpreter.close();
    }
  });

  it('delivers signed webhooks that receiveWebhook verifies, and rejects forged ones', async () => {
    const roomName = opaqueId('rm');
    await video.ensureRoom(roomName, room);
    const started = await eventually(async () =>
      (await receivedEvents()).find((e) => e.event === 'room_started' && e.room?.name === roomName),
    );
    expect(started.room?.maxParticipants).toBe(4);

    await video.closeRoom(roomName);
    await eventually(async () =>
      (await receivedEvents()).find((e) => e.event === 'room_finished' && e.room?.name === roomName),
    );

    const genuine = sink.deliveries[0]!;
    const forgedBody = genuine.body.replace(/"room_[a-z]+"/, '"participant_joined"');
    expect(forgedBody).not.toBe(genuine.body);
    await expect(video.receiveWebhook(forgedBody, genuine.auth)).rejects.toThrow();
    await expect(video.receiveWebhook(genuine.body, undefined)).rejects.toThrow();
    const otherKeys = createVideoService({ ...livekit, apiSecret: 'not-the-secret' });
    await expect(otherKeys.receiveWebhook(genuine.body, genuine.auth)).rejects.toThrow();
  });
});
