// Join links against a REAL livekit-server: window, per-role grants, the
// waiting room in the token, GET that changes nothing, reschedule/cancel, and
// the 503 for the person when there is no LiveKit.
import type { Server } from 'node:http';
import { freePort } from '@muni/db';
import { connectSignalOnly } from '@muni/livekit/testing';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig, recordAttendance } from '@muni/appointments';
import { createVideoService, type WebhookEvent } from '@muni/livekit';
import { bookVideo, claims, linkToken, livekitBinaryOrSkip, stateCounts, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('video join links', () => {
  const { h, kit } = useVideoApi(binary!);
  const join = (token: string) => h.client().post(`/api/v1/join/${token}`, {}, { 'X-CSRF-Token': '' });
  const look = (token: string) => h.client().get(`/api/v1/join/${token}`);

  it('before the window: tells when it opens, issues nothing; GET shows the same without a token', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z');
    h.clock.set('2026-11-24T08:44:00Z'); // 16 minutes before the start
    const early = await join(appt.token('citizen'));
    expect(early.status).toBe(425);
    expect(early.body.error).toMatchObject({ code: 'too_early', opensAt: '2026-11-24T08:45:00.000Z' });
    expect(early.body.error.message.el).toMatch(/δεν έχει ανοίξει/);

    const page = await look(appt.token('citizen'));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      role: 'citizen',
      participantName: 'Νικόλαος Παπαδόπουλος',
      window: { status: 'early', opensAt: '2026-11-24T08:45:00.000Z', closesAt: '2026-11-24T09:50:00.000Z' },
      appointment: { id: appt.id, mode: 'video', start: appt.start, municipality: { en: 'Municipality of Athens' }, topic: { en: 'Family status certificate' }, timeZone: 'Europe/Athens' },
      state: { audioOnly: false, identityCheck: 'not_started', admitted: false },
      videoAvailable: true,
      videoUnavailableReason: null,
    });
    expect(page.body.participantToken).toBeUndefined();
    expect(page.headers.get('cache-control')).toBe('no-store');

    // The page opens in the language of this person's e-mails: the booking's for the person served, Greek for staff.
    expect(page.body.language).toBe('el');
    await h.knex('appointments').where({ id: appt.id }).update({ language: 'en' });
    expect((await look(appt.token('citizen'))).body.language).toBe('en');
    expect((await look(appt.token('employee'))).body.language).toBe('el');
  });

  it('inside the window: a short-lived token with the least grants of each role; guests wait, the employee is in', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:20:00.000Z', { thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' } });
    h.clock.set('2026-11-24T09:10:00Z');
    const citizen = await join(appt.token('citizen'));
    expect(citizen.status).toBe(200);
    expect(citizen.body).toMatchObject({
      serverUrl: kit.livekit.url,
      roomName: appt.roomName,
      participantName: 'Νικόλαος Παπαδόπουλος',
      role: 'citizen',
      appointment: { id: appt.id, start: appt.start, end: appt.end, mode: 'video', timeZone: 'Europe/Athens' },
      state: { audioOnly: false, identityCheck: 'not_started', admitted: false },
    });
    expect(appt.roomName).toMatch(/^rm_/);
    const c = claims(citizen.body.participantToken);
    expect(c.sub).toMatch(/^pt_/); // opaque identity, never a name
    expect(c.name).toBe('Νικόλαος Παπαδόπουλος');
    expect(c.exp - c.nbf).toBeLessThanOrEqual(600);
    expect(c.video).toMatchObject({ room: appt.roomName, roomJoin: true, canPublish: false, canSubscribe: false, canPublishData: false });
    expect(c.video.roomAdmin).toBeUndefined();

    const employee = claims((await join(appt.token('employee'))).body.participantToken);
    expect(employee.video).toMatchObject({ canPublish: true, canSubscribe: true, canPublishSources: ['camera', 'microphone', 'screen_share', 'screen_share_audio'] });
    expect(employee.attributes).toEqual({ role: 'employee' });
    const third = await join(appt.token('third_person'));
    expect(third.body).toMatchObject({ role: 'third_person', participantName: 'Μαρία Τρίτη' });
    expect(claims(third.body.participantToken).video).toMatchObject({ canPublish: false, canSubscribe: false });

    // The room exists with our limits, and the real server accepts the token.
    const [room] = await kit.admin.listRooms([appt.roomName]);
    expect(room).toMatchObject({ maxParticipants: 5, emptyTimeout: 600 });
    expect(JSON.parse(room!.metadata)).toEqual({ v: 2, audioOnly: false, identityCheck: 'not_started', keepVideoRoles: [] });
    const conn = await connectSignalOnly(citizen.body.serverUrl, citizen.body.participantToken);
    try {
      expect(conn.status).toBe(101);
    } finally {
      conn.close();
    }
  });

  it('a GET never changes anything, in or out of the window', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:40:00.000Z');
    const before = await stateCounts(h);
    for (const at of ['2026-11-24T09:00:00Z', '2026-11-24T09:35:00Z', '2026-11-24T11:00:00Z']) {
      h.clock.set(at);
      for (const role of ['citizen', 'employee'] as const) expect((await look(appt.token(role))).status).toBe(200);
    }
    expect(await stateCounts(h)).toEqual(before);
    expect(await kit.admin.listRooms([appt.roomName])).toEqual([]); // no room created either
  });

  it('tells a waiting guest when the employee is still in the video call of their previous appointment', async () => {
    const athens = await h.municipality('athens');
    const employee = await h.knex('employees').where({ municipality_id: athens.id }).whereRaw("'video' = ANY(modes)").first('id');
    const previous = await bookVideo(h, '2026-11-26T09:00:00.000Z', { requestedEmployeeId: employee.id });
    const next = await bookVideo(h, '2026-11-26T09:40:00.000Z', { requestedEmployeeId: employee.id });
    h.clock.set('2026-11-26T09:30:00Z'); // the next call is open; the previous one runs on
    const busy = async (role: 'citizen' | 'employee') => (await look(next.token(role))).body.employeeBusy;
    expect(await busy('citizen')).toBe(false);

    // The employee's connection to the previous call, as LiveKit's webhooks record it.
    const link = await h.knex('join_links').where({ appointment_id: previous.id, role: 'employee' }).first('identity');
    const event = (kind: 'participant_joined' | 'participant_left') =>
      ({ event: kind, room: { name: previous.roomName }, participant: { identity: link.identity, sid: 'PA_previous_call', attributes: { role: 'employee' } } }) as unknown as WebhookEvent;
    expect(await recordAttendance(h.knex, event('participant_joined'), h.clock.now)).toBe('recorded');
    expect(await busy('citizen')).toBe(true);
    expect(await busy('employee')).toBe(false); // the employee's own link: nothing to wait for
    expect(await busy('citizen')).toBe(true);

    expect(await recordAttendance(h.knex, event('participant_left'), h.clock.now)).toBe('recorded');
    expect(await busy('citizen')).toBe(false);
  });

  it('joining again (a reload, both sides at once) writes nothing and keeps the one room with the call\'s rules', async () => {
    const appt = await bookVideo(h, '2026-11-24T11:40:00.000Z');
    h.clock.set('2026-11-24T11:35:00Z');
    expect((await join(appt.token('citizen'))).status).toBe(200);
    const before = await stateCounts(h);
    const again = await Promise.all([join(appt.token('citizen')), join(appt.token('employee')), join(appt.token('citizen'))]);
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(again.map((r) => r.body.roomName))).toEqual(new Set([appt.roomName]));
    expect(again.map((r) => r.body.state.admitted)).toEqual([false, true, false]);
    expect(await stateCounts(h)).toEqual(before);
    const rooms = await kit.admin.listRooms([appt.roomName]);
    expect(rooms).toHaveLength(1);
    expect(rooms[0]).toMatchObject({ maxParticipants: 5, emptyTimeout: 600, departureTimeout: 20 });
    expect(JSON.parse(rooms[0]!.metadata)).toMatchObject({ audioOnly: false, identityCheck: 'not_started' });
  });

  it('two API processes: a join at one after the other started the identity step gets the new rules, in the token and in a room LiveKit had lost', async () => {
    const appt = await bookVideo(h, '2026-11-24T12:00:00.000Z', { thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' } });
    h.clock.set('2026-11-24T11:55:00Z');
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000' } as NodeJS.ProcessEnv);
    // Its own video service: its own memory of the rooms it ensured.
    const other = createApp({ knex: h.knex, config, logger: pino({ level: 'silent' }), now: () => h.clock.now, video: createVideoService(kit.livekit), livekitPublicUrl: kit.livekit.url }).listen(port, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const first = await join(appt.token('third_person')); // this process now remembers the room
      const admit = await h.client().post(`/api/v1/calls/${appt.token('employee')}/admit`, { identity: first.body.participantIdentity }, { 'X-CSRF-Token': '' });
      expect(admit.status).toBe(200);
      expect(claims((await join(appt.token('third_person'))).body.participantToken).video).toMatchObject({ canSubscribe: true });
      const started = await fetch(`http://127.0.0.1:${port}/api/v1/calls/${appt.token('employee')}/identity-check/start`, { method: 'POST' });
      expect(started.status).toBe(200);
      await kit.admin.deleteRoom(appt.roomName); // and LiveKit lost the room (a node went down)

      const again = await join(appt.token('third_person'));
      expect(again.status).toBe(200);
      expect(again.body.state.identityCheck).toBe('running');
      expect(claims(again.body.participantToken).video).toMatchObject({ canSubscribe: false });
      const [room] = await kit.admin.listRooms([appt.roomName]);
      expect(JSON.parse(room!.metadata)).toMatchObject({ identityCheck: 'running' });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('after the end plus grace: 410 ended', async () => {
    const appt = await bookVideo(h, '2026-11-24T10:00:00.000Z');
    h.clock.set('2026-11-24T10:50:00Z'); // end 10:20 + 30 min grace = 10:50: still open
    expect((await join(appt.token('citizen'))).status).toBe(200);
    h.clock.set('2026-11-24T10:50:01Z');
    const late = await join(appt.token('citizen'));
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('ended');
    expect(late.body.error.linkRole).toBe('citizen'); // the page then says what this person can do
    expect((await look(appt.token('citizen'))).body.window.status).toBe('ended');
  });

  it('reschedule: old links answer 410, new ones work, the old room is closed', async () => {
    const appt = await bookVideo(h, '2026-11-24T10:20:00.000Z');
    h.clock.set('2026-11-24T10:15:00Z');
    const first = await join(appt.token('employee'));
    expect(first.status).toBe(200);
    const conn = await connectSignalOnly(first.body.serverUrl, first.body.participantToken);
    conn.close();
    expect(await kit.admin.listRooms([appt.roomName])).toHaveLength(1);

    const staff = await h.employee('135792468', 'athens');
    const moved = await staff.post(`/api/v1/appointments/${appt.id}/reschedule`, { start: '2026-11-25T09:00:00.000Z' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await kit.admin.listRooms([appt.roomName])).toEqual([]);

    for (const role of ['citizen', 'employee'] as const) {
      const old = await join(appt.token(role));
      expect(old.status).toBe(410);
      expect(old.body.error.code).toBe('link_replaced');
      expect(old.body.error.linkRole).toBe(role);
      expect(old.body.error.message.el).toMatch(/πιο πρόσφατο e-mail/);
      expect(old.body.error.message.en).toMatch(/newest e-mail/);
    }
    h.clock.set('2026-11-25T08:50:00Z');
    const fresh = await join(linkToken(appt.id, 'citizen', 2));
    expect(fresh.status).toBe(200);
    expect(fresh.body.appointment.start).toBe('2026-11-25T09:00:00.000Z');
    expect(fresh.body.roomName).not.toBe(appt.roomName); // a new room: old LiveKit tokens open nothing
  });

  it('cancel: every link answers 410 and says so', async () => {
    const appt = await bookVideo(h, '2026-11-24T10:40:00.000Z');
    const staff = await h.employee('135792468', 'athens');
    expect((await staff.post(`/api/v1/appointments/${appt.id}/cancel`, { reason: 'test' })).status).toBe(200);
    h.clock.set('2026-11-24T10:35:00Z');
    for (const role of ['citizen', 'employee'] as const) {
      const r = await join(appt.token(role));
      expect(r.status).toBe(410);
      expect(r.body.error.code).toBe('appointment_cancelled');
      expect(r.body.error.linkRole).toBe(role);
      expect((await look(appt.token(role))).status).toBe(410);
    }
  });

  it('an unknown or malformed token is 404', async () => {
    expect((await join('A'.repeat(43))).status).toBe(404);
    expect((await join('not a token')).status).toBe(404);
    expect((await look('x')).body.error.code).toBe('unknown_link');
  });

  describe('without LiveKit', () => {
    let server: Server;
    let url = '';
    afterAll(async () => {
      await new Promise((resolve) => server?.close(resolve));
    });

    it('answers 503 with a message for the person (no advice for administrators), while the GET says why video is off; joins are rate-limited per IP', async () => {
      const appt = await bookVideo(h, '2026-11-24T11:00:00.000Z');
      const port = await freePort();
      const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
      server = createApp({ knex: h.knex, config, logger: pino({ level: 'silent' }), now: () => h.clock.now }).listen(port, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      url = `http://127.0.0.1:${port}`;
      h.clock.set('2026-11-24T10:55:00Z');
      await h.knex('rate_limits').del(); // the other app of this file shares the counters
      const post = () => fetch(`${url}/api/v1/join/${appt.token('citizen')}`, { method: 'POST' });

      const r = await post();
      expect(r.status).toBe(503);
      const body = await r.json();
      expect(body.error).toMatchObject({ code: 'video_unavailable', reason: 'not_configured', retryAfterSeconds: 10 });
      expect(body.error.message.en).toBe("The municipality's video service cannot be reached right now. This page will try again by itself in a few seconds; you can also phone the municipality.");
      expect(body.error.message.el).toMatch(/^Η υπηρεσία βιντεοκλήσεων του δήμου δεν είναι προσβάσιμη/);
      for (const text of [body.error.message.en, body.error.message.el]) expect(text).not.toMatch(/npm|LIVEKIT|LiveKit|Administrators|Διαχειριστές/);
      const page = await (await fetch(`${url}/api/v1/join/${appt.token('citizen')}`)).json();
      expect(page).toMatchObject({ videoAvailable: false, videoUnavailableReason: 'not_configured', window: { status: 'open' } });
      expect(await (await fetch(`${url}/api/v1/video/status`)).json()).toEqual({ status: 'down', reason: 'not_configured' });

      // 30 per minute per IP (RATE_LIMIT_MULTIPLIER 1 here): the GET above and the POST count too.
      const statuses: number[] = [];
      for (let i = 0; i < 29; i++) statuses.push((await post()).status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      expect(statuses.at(-1)).toBe(429);
    });
  });
});
