// The call itself against a REAL livekit-server: waiting room and admission,
// identity step, audio-only (interpreters keep video), removal, signed
// webhooks recording attendance, and no-shows marked from it.
import type { ParticipantRole } from '@muni/domain';
import { connectSignalOnly, type SignalConnection } from '@muni/livekit/testing';
import { TrackSource } from 'livekit-server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { markNoShows } from '@muni/appointments';
import { type Booked, bookVideo, browserParticipant, claims, eventually, launchChromium, livekitBinaryOrSkip, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('a video call', () => {
  const { h, kit } = useVideoApi(binary!);
  const open: SignalConnection[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  const noCsrf = { 'X-CSRF-Token': '' };
  const join = (token: string) => h.client().post(`/api/v1/join/${token}`, {}, noCsrf);
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);
  const participants = (token: string) => h.client().get(`/api/v1/calls/${token}/participants`);

  /** Joins through the API and connects to LiveKit over signalling; returns the opaque identity. */
  async function connect(appt: Booked, role: ParticipantRole): Promise<string> {
    const r = await join(appt.token(role));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const conn = await connectSignalOnly(r.body.serverUrl, r.body.participantToken);
    expect(conn.status).toBe(101);
    open.push(conn);
    const identity = claims(r.body.participantToken).sub;
    await eventually(async () => ((await kit.video.listParticipants(appt.roomName)).some((p) => p.identity === identity) ? true : undefined));
    return identity;
  }
  const sources = async (appt: Booked, identity: string) => (await kit.admin.getParticipant(appt.roomName, identity)).permission?.canPublishSources;
  const metadata = async (appt: Booked) => JSON.parse((await kit.admin.listRooms([appt.roomName]))[0]!.metadata);
  const verified = { documentType: 'id_card', checklist: { front: true, back: true, securityFeatures: true, faceMatch: true }, outcome: 'verified' };

  it('the citizen waits; the employee sees it and admits them; a rejoin comes straight in', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z');
    h.clock.set('2026-11-24T08:55:00Z');
    const citizen = await connect(appt, 'citizen');
    await connect(appt, 'employee');

    const before = await participants(appt.token('employee'));
    expect(before.status).toBe(200);
    expect(before.body.participants.find((p: { role: string }) => p.role === 'citizen')).toEqual({
      identity: citizen,
      role: 'citizen',
      displayName: 'Νικόλαος Παπαδόπουλος',
      connected: true,
      admitted: false,
      waiting: true,
      joinedAt: expect.any(String),
    });
    expect((await participants(appt.token('citizen'))).status).toBe(403); // moderation is the employee's

    const admit = await call(appt.token('employee'), 'admit', { identity: citizen });
    expect(admit.status).toBe(200);
    expect(admit.body).toMatchObject({ identity: citizen, role: 'citizen', admitted: true, connected: true });
    const listed = await kit.video.listParticipants(appt.roomName);
    expect(listed.find((p) => p.identity === citizen)).toMatchObject({ role: 'citizen', admitted: true });
    expect(await sources(appt, citizen)).toEqual([TrackSource.CAMERA, TrackSource.MICROPHONE]);

    const again = await join(appt.token('citizen'));
    expect(again.body.state.admitted).toBe(true);
    expect(claims(again.body.participantToken).video).toMatchObject({ canPublish: true, canSubscribe: true, canPublishSources: ['camera', 'microphone'] });

    expect((await call(appt.token('employee'), 'admit', { identity: 'pt_nobody' })).status).toBe(404);
    expect((await call(appt.token('citizen'), 'admit', { identity: citizen })).status).toBe(403);
    const audit = await h.knex('audit_log').where({ subject_id: appt.id, action: 'call_admit' }).first();
    expect(audit).toMatchObject({ actor_kind: 'employee', details: { role: 'citizen', via: 'join_link' } });
  });

  it('identity step, then audio-only: refused before, recorded without images, microphone only for citizen and employee, and back', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:20:00.000Z');
    h.clock.set('2026-11-24T09:15:00Z');
    const citizen = await connect(appt, 'citizen');
    const employee = await connect(appt, 'employee');
    await call(appt.token('employee'), 'admit', { identity: citizen });

    const early = await call(appt.token('citizen'), 'audio-only', { audioOnly: true });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('identity_check_required');

    expect((await call(appt.token('employee'), 'identity-check/result', verified)).status).toBe(409); // not started
    const started = await call(appt.token('employee'), 'identity-check/start');
    expect(started.body.state.identityCheck).toBe('running');
    expect(await metadata(appt)).toMatchObject({ v: 2, identityCheck: 'running', audioOnly: false }); // every screen shows it
    expect((await join(appt.token('citizen'))).body.state.identityCheck).toBe('running');

    const incomplete = await call(appt.token('employee'), 'identity-check/result', { ...verified, checklist: { ...verified.checklist, faceMatch: false } });
    expect(incomplete.status).toBe(422);
    expect((await call(appt.token('employee'), 'identity-check/result', { ...verified, outcome: 'failed' })).body.error.field).toBe('reason');

    const done = await call(appt.token('employee'), 'identity-check/result', verified);
    expect(done.status).toBe(201);
    expect(done.body.state.identityCheck).toBe('verified');
    const stored = await h.knex('identity_checks').where({ appointment_id: appt.id }).first();
    expect(stored).toMatchObject({ document_type: 'id_card', outcome: 'verified', checklist: verified.checklist, recorded_at: h.clock.now });
    expect(stored.employee_id).toBe((await h.knex('appointments').where({ id: appt.id }).first('employee_id')).employee_id);
    const columns = Object.keys(await h.knex('identity_checks').columnInfo());
    expect(columns.filter((c) => /image|photo|picture|scan|blob|file/i.test(c))).toEqual([]);
    expect(await h.knex('audit_log').where({ subject_id: appt.id, action: 'identity_check_result' }).first()).toMatchObject({
      actor_kind: 'employee',
      details: { outcome: 'verified', documentType: 'id_card' },
    });
    expect(await h.knex('appointment_events').where({ appointment_id: appt.id }).pluck('action')).toContain('identity_check');

    // Either side may switch; here the citizen does.
    const quiet = await call(appt.token('citizen'), 'audio-only', { audioOnly: true });
    expect(quiet.status).toBe(200);
    expect(quiet.body.state).toMatchObject({ audioOnly: true, keepVideoRoles: [] });
    expect(await sources(appt, citizen)).toEqual([TrackSource.MICROPHONE]);
    expect(await sources(appt, employee)).toEqual([TrackSource.MICROPHONE]);
    expect(await metadata(appt)).toEqual({ v: 2, audioOnly: true, identityCheck: 'ended', keepVideoRoles: [] }); // the phase only: the result is not for every screen
    const rejoin = claims((await join(appt.token('citizen'))).body.participantToken);
    expect(rejoin.video.canPublishSources).toEqual(['microphone']);

    expect((await call(appt.token('employee'), 'audio-only', { audioOnly: false })).status).toBe(200);
    expect(await sources(appt, citizen)).toEqual([TrackSource.CAMERA, TrackSource.MICROPHONE]);
    expect(await sources(appt, employee)).toEqual([TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO]);
  });

  it('with a sign-language interpreter, the interpreter and the citizen keep video; a removed guest waits again', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:40:00.000Z', { interpretation: 'gsl', thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' } });
    h.clock.set('2026-11-24T09:35:00Z');
    const employee = await connect(appt, 'employee');
    const guests: Record<string, string> = {};
    for (const role of ['citizen', 'interpreter', 'third_person'] as const) {
      guests[role] = await connect(appt, role);
      expect((await call(appt.token('employee'), 'admit', { identity: guests[role] })).status).toBe(200);
    }
    await call(appt.token('employee'), 'identity-check/start');
    await call(appt.token('employee'), 'identity-check/result', verified);
    const r = await call(appt.token('employee'), 'audio-only', { audioOnly: true });
    expect(r.body.state.keepVideoRoles).toEqual(['citizen', 'interpreter']);
    expect(await sources(appt, employee)).toEqual([TrackSource.MICROPHONE]);
    expect(await sources(appt, guests.third_person!)).toEqual([TrackSource.MICROPHONE]);
    expect(await sources(appt, guests.interpreter!)).toEqual([TrackSource.CAMERA, TrackSource.MICROPHONE]);
    expect(await sources(appt, guests.citizen!)).toEqual([TrackSource.CAMERA, TrackSource.MICROPHONE]);
    expect((await call(appt.token('interpreter'), 'audio-only', { audioOnly: false })).status).toBe(403);

    const removed = await call(appt.token('employee'), 'remove', { identity: guests.third_person });
    expect(removed.status).toBe(200);
    await eventually(async () => ((await kit.video.listParticipants(appt.roomName)).some((p) => p.identity === guests.third_person) ? undefined : true));
    expect((await join(appt.token('third_person'))).body.state.admitted).toBe(false);
    expect((await call(appt.token('employee'), 'remove', { identity: employee })).status).toBe(404);
  });

  it('records attendance from genuine webhooks only; marks a no-show when the employee came and the citizen did not', async () => {
    const forged = await fetch(`${h.url}/api/v1/video/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/webhook+json', Authorization: 'eyJhbGciOiJIUzI1NiJ9.e30.forged' },
      body: JSON.stringify({ event: 'participant_joined', room: { name: 'rm_x' }, participant: { identity: 'pt_x', sid: 'PA_x' } }),
    });
    expect(forged.status).toBe(401);
    expect(await h.knex('call_attendance').where({ participant_sid: 'PA_x' })).toEqual([]);

    const attended = await bookVideo(h, '2026-11-24T10:00:00.000Z');
    const missed = await bookVideo(h, '2026-11-24T10:20:00.000Z');
    const browser = await launchChromium();
    try {
      const enter = async (appt: Booked, role: ParticipantRole) => {
        const r = await join(appt.token(role));
        expect(r.status).toBe(200);
        return { identity: claims(r.body.participantToken).sub, session: await browserParticipant(browser, r.body.serverUrl, r.body.participantToken) };
      };
      h.clock.set('2026-11-24T10:00:00Z');
      const citizen = await enter(attended, 'citizen');
      const employee = await enter(attended, 'employee');
      // LiveKit itself POSTs signed participant_joined / participant_left to the API.
      const attendanceOf = (identity: string) => h.knex('call_attendance').where({ identity }).first();
      const row = await eventually(() => attendanceOf(citizen.identity));
      expect(row).toMatchObject({ appointment_id: attended.id, role: 'citizen', left_at: null, joined_at: new Date('2026-11-24T10:00:00Z') });
      await eventually(() => attendanceOf(employee.identity));

      h.clock.set('2026-11-24T10:12:00Z');
      await citizen.session.leave();
      await eventually(async () => (await attendanceOf(citizen.identity))?.left_at ?? undefined);

      h.clock.set('2026-11-24T10:15:00Z');
      const other = await enter(missed, 'employee');
      expect(await eventually(() => attendanceOf(other.identity))).toMatchObject({ appointment_id: missed.id, role: 'employee' });

      h.clock.set('2026-11-24T10:15:00Z');
      const seen = await participants(attended.token('employee'));
      expect(seen.body.attendance).toContainEqual({
        identity: citizen.identity,
        role: 'citizen',
        displayName: 'Νικόλαος Παπαδόπουλος',
        joinedAt: '2026-11-24T10:00:00.000Z',
        leftAt: '2026-11-24T10:12:00.000Z',
      });
    } finally {
      await browser.close();
    }

    expect(await markNoShows(h.knex, new Date('2026-11-24T10:39:00Z'))).toEqual([]); // not over yet
    expect(await markNoShows(h.knex, new Date('2026-11-24T10:41:00Z'))).toEqual([missed.id]);
    expect(await h.knex('appointments').where({ id: missed.id }).first('status', 'version')).toEqual({ status: 'no_show', version: 2 });
    expect(await h.knex('appointments').where({ id: attended.id }).first('status')).toEqual({ status: 'booked' });
    expect(await h.knex('appointment_events').where({ appointment_id: missed.id, action: 'no_show' }).first()).toMatchObject({ actor_kind: 'system' });
    expect(await markNoShows(h.knex, new Date('2026-11-24T10:41:00Z'))).toEqual([]); // once only
  });
});
