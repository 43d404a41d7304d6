import { createHash } from 'node:crypto';
import { connectSignalOnly, type SignalConnection } from '@muni/livekit/testing';
import { AccessToken } from 'livekit-server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { bookVideo, claims, eventually, livekitBinaryOrSkip, useVideoApi } from '../routes/video/videoTestKit';
import { expectDocumented } from './documentedAnswer';

// Every video answer, as the routes really send it over a real LiveKit,
// against the OpenAPI document the web's call types are generated from.

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('the video answers are the documented ones', () => {
  const { h, kit } = useVideoApi(binary!);
  const open: SignalConnection[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });
  const noCsrf = { 'X-CSRF-Token': '' };
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);

  /** A webhook as LiveKit signs it: a JWT of the API key carrying the body's sha256. */
  async function webhook(event: object) {
    const body = JSON.stringify(event);
    const at = new AccessToken(kit.livekit.apiKey, kit.livekit.apiSecret);
    at.sha256 = createHash('sha256').update(body).digest('base64');
    const res = await fetch(`${h.url}/api/v1/video/webhook`, { method: 'POST', headers: { 'content-type': 'application/webhook+json', Authorization: await at.toJwt() }, body });
    return { status: res.status, body: await res.json() };
  }

  it('join page, joining, moderation, identity check, audio only and webhooks', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z', { interpretation: 'gsl' });
    h.clock.set('2026-11-24T08:55:00Z');
    const citizenToken = appt.token('citizen');
    const employeeToken = appt.token('employee');

    expectDocumented('get', '/api/v1/join/{token}', await h.client().get(`/api/v1/join/${citizenToken}`));
    const joined = await h.client().post(`/api/v1/join/${citizenToken}`, {}, noCsrf);
    expectDocumented('post', '/api/v1/join/{token}', joined, 200);
    expectDocumented('post', '/api/v1/join/{token}', await h.client().post(`/api/v1/join/${employeeToken}`, {}, noCsrf), 200);

    // The citizen connects and waits in the lobby; LiveKit tells the API (here: a webhook signed as LiveKit would).
    const citizen = claims(joined.body.participantToken).sub;
    const conn = await connectSignalOnly(joined.body.serverUrl, joined.body.participantToken);
    open.push(conn);
    await eventually(async () => ((await kit.video.listParticipants(appt.roomName)).some((p) => p.identity === citizen) ? true : undefined));
    const room = { name: appt.roomName };
    expectDocumented('post', '/api/v1/video/webhook', await webhook({ event: 'participant_joined', room, participant: { identity: citizen, sid: 'PA_citizen' } }), 200);
    // Someone LiveKit knows nothing about: no role, no name.
    expectDocumented('post', '/api/v1/video/webhook', await webhook({ event: 'participant_joined', room, participant: { identity: 'pt_unknown', sid: 'PA_unknown' } }), 200);
    expectDocumented('post', '/api/v1/video/webhook', await webhook({ event: 'participant_left', participant: { identity: 'pt_unknown', sid: 'PA_unknown' } }), 200);
    const ignored = await webhook({ event: 'room_started', room });
    expect(ignored.body.outcome).toBe('ignored');
    expectDocumented('post', '/api/v1/video/webhook', ignored, 200);

    const waiting = await h.client().get(`/api/v1/calls/${employeeToken}/participants`);
    expect(waiting.body.attendance).toHaveLength(2);
    expectDocumented('get', '/api/v1/calls/{token}/participants', waiting);

    expectDocumented('post', '/api/v1/calls/{token}/admit', await call(employeeToken, 'admit', { identity: citizen }), 200);
    // The interpreter has not connected: admitted ahead of time.
    const interpreter = (await h.knex('join_links').where({ appointment_id: appt.id, role: 'interpreter' }).first('identity')).identity as string;
    expectDocumented('post', '/api/v1/calls/{token}/admit', await call(employeeToken, 'admit', { identity: interpreter }), 200);
    expectDocumented('get', '/api/v1/calls/{token}/participants', await h.client().get(`/api/v1/calls/${employeeToken}/participants`));

    expectDocumented('post', '/api/v1/calls/{token}/identity-check/start', await call(employeeToken, 'identity-check/start'), 200);
    const verified = { documentType: 'id_card', checklist: { front: true, back: true, securityFeatures: true, faceMatch: true }, outcome: 'verified' };
    expectDocumented('post', '/api/v1/calls/{token}/identity-check/result', await call(employeeToken, 'identity-check/result', verified));
    expectDocumented('get', '/api/v1/calls/{token}/state', await h.client().get(`/api/v1/calls/${citizenToken}/state`));
    expectDocumented('post', '/api/v1/calls/{token}/audio-only', await call(citizenToken, 'audio-only', { audioOnly: true }), 200);
    expectDocumented('get', '/api/v1/join/{token}', await h.client().get(`/api/v1/join/${citizenToken}`));

    expectDocumented('post', '/api/v1/calls/{token}/remove', await call(employeeToken, 'remove', { identity: citizen }), 200);
  });
});
