// The identity document is seen by the employee only, enforced by the SERVER
// through a REAL livekit-server, observed by REAL subscribers (Chromium pages
// decoding the citizen's fake camera): while the employee checks the document,
// the third person receives no media, even if their page asks LiveKit again;
// the interpreter keeps it, being there for the citizen (an interpreter is on a
// call only when the citizen asked for interpretation: the database holds
// interpreter_id and interpretation together; the rule's other side, an
// interpreter without it, is a unit test of seesIdentityDocument).
import type { ParticipantRole } from '@muni/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Booked, bookVideo, type BrowserParticipant, browserParticipant, claims, eventually, launchChromium, livekitBinaryOrSkip, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();

describe.skipIf(!binary)('the identity step', () => {
  const { h, kit } = useVideoApi(binary!);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const noCsrf = { 'X-CSRF-Token': '' };
  const join = (token: string) => h.client().post(`/api/v1/join/${token}`, {}, noCsrf);
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);
  const verified = { documentType: 'id_card', checklist: { front: true, back: true, securityFeatures: true, faceMatch: true }, outcome: 'verified' };

  interface InCall {
    identity: string;
    page: BrowserParticipant;
  }

  /** Into the call in a browser page; a guest is admitted first, so their token lets them publish and subscribe. */
  async function enter(appt: Booked, role: ParticipantRole, camera = false): Promise<InCall> {
    let r = await join(appt.token(role));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const identity = claims(r.body.participantToken).sub;
    if (role !== 'employee') {
      expect((await call(appt.token('employee'), 'admit', { identity })).status).toBe(200);
      r = await join(appt.token(role));
    }
    return { identity, page: await browserParticipant(browser, r.body.serverUrl, r.body.participantToken, { camera }) };
  }

  const receives = (who: InCall, of: InCall) => eventually(async () => ((await who.page.receivesCameraOf(of.identity)) ? true : undefined), 20_000);
  const stopsReceiving = (who: InCall, of: InCall) => eventually(async () => ((await who.page.receivesCameraOf(of.identity, 1000)) ? undefined : true), 20_000);
  const permission = async (appt: Booked, p: InCall) => (await kit.admin.getParticipant(appt.roomName, p.identity)).permission;

  it('the third person stops receiving the citizen\'s camera (asking LiveKit again changes nothing) while the employee and the citizen\'s interpreter keep it; all of it comes back after', { timeout: 90_000 }, async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z', { interpretation: 'gsl', thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' } });
    h.clock.set('2026-11-24T08:55:00Z');
    const employee = await enter(appt, 'employee');
    const citizen = await enter(appt, 'citizen', true);
    const interpreter = await enter(appt, 'interpreter');
    const third = await enter(appt, 'third_person');
    for (const who of [employee, interpreter, third]) await receives(who, citizen);

    expect((await call(appt.token('employee'), 'identity-check/start')).status).toBe(200);
    // The server withholds it: LiveKit itself holds the third person unable to subscribe.
    expect(await permission(appt, third)).toMatchObject({ canSubscribe: false, canPublishData: true });
    await stopsReceiving(third, citizen);
    await third.page.resubscribeTo(citizen.identity); // what a modified page would try
    expect(await third.page.receivesCameraOf(citizen.identity, 2500)).toBe(false);
    expect(await employee.page.receivesCameraOf(citizen.identity)).toBe(true);
    expect(await interpreter.page.receivesCameraOf(citizen.identity)).toBe(true);

    // Joining again during the step brings no subscription either, and they still count as admitted, not waiting.
    expect(claims((await join(appt.token('third_person'))).body.participantToken).video).toMatchObject({ canSubscribe: false, canPublishData: true });
    const listed = (await h.client().get(`/api/v1/calls/${appt.token('employee')}/participants`)).body.participants;
    expect(listed.find((p: { role: string }) => p.role === 'third_person')).toMatchObject({ connected: true, admitted: true, waiting: false });

    expect((await call(appt.token('employee'), 'identity-check/result', verified)).status).toBe(201);
    expect(await permission(appt, third)).toMatchObject({ canSubscribe: true });
    await receives(third, citizen);
    expect(claims((await join(appt.token('third_person'))).body.participantToken).video).toMatchObject({ canSubscribe: true });
    for (const p of [employee, citizen, interpreter, third]) await p.page.leave();
  });
});
