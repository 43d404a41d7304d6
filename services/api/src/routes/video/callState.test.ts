// How the identity check ended is personal data of the citizen: against a
// REAL livekit-server, the room metadata (which every browser in the room
// receives) carries only the step's phase, and GET /calls/:token/state, like
// the join answers, tells the result only to those who take part in the
// check: the employee, the citizen, and the interpreter of an interpreted
// citizen (seesIdentityDocument).
import { hashToken, type ParticipantRole } from '@muni/domain';
import { opaqueId } from '@muni/livekit';
import { describe, expect, it } from 'vitest';
import { type Booked, bookVideo, livekitBinaryOrSkip, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();
const RESULT = /verified|failed|aborted/;

describe.skipIf(!binary)('the call state and the identity check\'s result', () => {
  const { h, kit } = useVideoApi(binary!);
  const noCsrf = { 'X-CSRF-Token': '' };
  const join = (token: string) => h.client().post(`/api/v1/join/${token}`, {}, noCsrf);
  const look = (token: string) => h.client().get(`/api/v1/join/${token}`);
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);
  const state = (token: string) => h.client().get(`/api/v1/calls/${token}/state`);
  const points = { front: true, back: true, securityFeatures: true, faceMatch: true };
  const thirdPerson = { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' };

  /** The room metadata as LiveKit holds it, checked to carry no result, parsed. */
  async function metadata(appt: Booked) {
    const raw = (await kit.admin.listRooms([appt.roomName]))[0]!.metadata;
    expect(raw).not.toMatch(RESULT);
    return JSON.parse(raw);
  }

  /** What each role is told of the identity check: by the state route, and by both join answers (which must agree). */
  async function toldBy(appt: Booked, roles: ParticipantRole[]) {
    const told: Record<string, unknown> = {};
    for (const role of roles) {
      const r = await state(appt.token(role));
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const [joined, looked] = [await join(appt.token(role)), await look(appt.token(role))];
      expect([joined.body.state, looked.body.state]).toEqual([r.body.state, r.body.state]);
      told[role] = r.body.state.identityCheck;
    }
    return told;
  }

  it('the employee, the citizen and the citizen\'s interpreter learn how it ended; the third person only that it ended, and the room\'s metadata never says', { timeout: 60_000 }, async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z', { interpretation: 'gsl', thirdPerson });
    h.clock.set('2026-11-24T08:55:00Z');
    const everyone: ParticipantRole[] = ['employee', 'citizen', 'interpreter', 'third_person'];
    expect(await toldBy(appt, everyone)).toEqual({ employee: 'not_started', citizen: 'not_started', interpreter: 'not_started', third_person: 'not_started' });
    expect(await metadata(appt)).toEqual({ v: 2, audioOnly: false, identityCheck: 'not_started', keepVideoRoles: ['citizen', 'interpreter'] });

    const outcomes = [
      { outcome: 'failed', reason: 'Η φωτογραφία δεν ταιριάζει.', status: 'failed' },
      { outcome: 'aborted_poor_quality', status: 'aborted' },
      { outcome: 'verified', status: 'verified' },
    ];
    for (const { status, ...result } of outcomes) {
      expect((await call(appt.token('employee'), 'identity-check/start')).status).toBe(200);
      expect(await metadata(appt)).toMatchObject({ v: 2, identityCheck: 'running' });
      expect(await toldBy(appt, everyone)).toEqual({ employee: 'running', citizen: 'running', interpreter: 'running', third_person: 'running' });

      const recorded = await call(appt.token('employee'), 'identity-check/result', { documentType: 'id_card', checklist: points, ...result });
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
      expect(await metadata(appt)).toMatchObject({ v: 2, identityCheck: 'ended' });
      expect(await toldBy(appt, everyone)).toEqual({ employee: status, citizen: status, interpreter: status, third_person: 'ended' });
    }

    // Audio only (after "verified") publishes the metadata again: still the phase only.
    expect((await call(appt.token('citizen'), 'audio-only', { audioOnly: true })).status).toBe(200);
    expect(await metadata(appt)).toEqual({ v: 2, audioOnly: true, identityCheck: 'ended', keepVideoRoles: ['citizen', 'interpreter'] });
    const third = await state(appt.token('third_person'));
    expect(third.body).toEqual({ state: { admitted: false, audioOnly: true, identityCheck: 'ended', keepVideoRoles: ['citizen', 'interpreter'] } });
    expect(JSON.stringify((await join(appt.token('third_person'))).body)).not.toMatch(RESULT);
  });

  it('an interpreter on a call whose citizen is not interpreted learns only that it ended', { timeout: 30_000 }, async () => {
    const appt = await bookVideo(h, '2026-11-24T10:00:00.000Z', { thirdPerson });
    // Booking gives such a call no interpreter link (interpreter_id goes with interpretation): the rule's other side, set up by hand.
    await h.knex('join_links').insert({
      token_hash: hashToken(appt.token('interpreter')),
      appointment_id: appt.id,
      role: 'interpreter',
      appointment_version: appt.version,
      identity: opaqueId('pt'),
      display_name: 'Διερμηνέας',
    });
    h.clock.set('2026-11-24T09:55:00Z');
    expect((await join(appt.token('employee'))).status).toBe(200);
    expect((await call(appt.token('employee'), 'identity-check/start')).status).toBe(200);
    const recorded = await call(appt.token('employee'), 'identity-check/result', { documentType: 'passport', checklist: points, outcome: 'verified' });
    expect(recorded.status).toBe(201);
    expect(await toldBy(appt, ['employee', 'citizen', 'interpreter', 'third_person'])).toEqual({ employee: 'verified', citizen: 'verified', interpreter: 'ended', third_person: 'ended' });
    expect(await metadata(appt)).toEqual({ v: 2, audioOnly: false, identityCheck: 'ended', keepVideoRoles: [] });
  });

  it('a link that does not work answers 4xx with the usual error body, in Greek and English', { timeout: 30_000 }, async () => {
    const refused = async (token: string, status: number, code: string) => {
      const r = await state(token);
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.error).toMatchObject({ code, message: { el: expect.any(String), en: expect.any(String) } });
    };
    await refused('A'.repeat(43), 404, 'unknown_link');
    await refused('not a token', 404, 'unknown_link');

    const appt = await bookVideo(h, '2026-11-24T11:00:00.000Z');
    h.clock.set('2026-11-24T10:00:00Z');
    await refused(appt.token('citizen'), 425, 'too_early');
    h.clock.set('2026-11-24T12:00:00Z');
    await refused(appt.token('citizen'), 410, 'ended');

    const staff = await h.employee('135792468', 'athens');
    h.clock.set('2026-11-23T08:00:00Z');
    expect((await staff.post(`/api/v1/appointments/${appt.id}/cancel`, { reason: 'test' })).status).toBe(200);
    h.clock.set('2026-11-24T10:55:00Z');
    for (const role of ['citizen', 'employee'] as const) await refused(appt.token(role), 410, 'appointment_cancelled');
  });
});
