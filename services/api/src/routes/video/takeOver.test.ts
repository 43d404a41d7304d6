// Who may act as the employee in a call, against a REAL livekit-server: only
// the employee who runs it gets the employee link; a colleague takes the call
// over only by an explicit, audited step (the previous link then answers 410
// and its holder leaves the room, and stays out if they come back with the
// LiveKit token they still hold); the identity check and the call audit name
// the employee who acted; a deactivated employee's link refuses at once and
// the deactivation removes them from the call.
import { connectSignalOnly, type SignalConnection } from '@muni/livekit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type Booked, bookVideo, browserParticipant, claims, eventually, launchChromium, livekitBinaryOrSkip, useVideoApi } from './videoTestKit';

const binary = livekitBinaryOrSkip();

const ASSIGNED = { taxId: '055221137', name: 'Ανδρέας Δημητρίου' };
const COLLEAGUE = { taxId: '135792468', name: 'Μαρία Γεωργίου' }; // also the municipality's admin
const LEAVING = { taxId: '144321982', name: 'Ευαγγελία Μιχαηλίδου' };

describe.skipIf(!binary)('who runs the call', () => {
  const { h, kit } = useVideoApi(binary!);
  const open: SignalConnection[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });

  const noCsrf = { 'X-CSRF-Token': '' };
  const join = (token: string) => h.client().post(`/api/v1/join/${token}`, {}, noCsrf);
  const look = (token: string) => h.client().get(`/api/v1/join/${token}`);
  const call = (token: string, action: string, body: unknown = {}) => h.client().post(`/api/v1/calls/${token}/${action}`, body, noCsrf);
  const employeeId = async (taxId: string) => {
    const m = await h.municipality('athens');
    return (await h.knex('employees').where({ tax_id: taxId, municipality_id: m.id }).first('id')).id as string;
  };
  const tokenOf = (path: string) => path.replace(/^\/join\//, '');
  const inRoom = async (appt: Booked, identity: string) => (await kit.video.listParticipants(appt.roomName)).some((p) => p.identity === identity);

  /** Joins with a link and connects over signalling; returns the opaque identity and the LiveKit token. */
  async function connect(appt: Booked, token: string): Promise<{ identity: string; jwt: string; serverUrl: string }> {
    const r = await join(token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const conn = await connectSignalOnly(r.body.serverUrl, r.body.participantToken);
    expect(conn.status).toBe(101);
    open.push(conn);
    const identity = claims(r.body.participantToken).sub;
    await eventually(async () => ((await inRoom(appt, identity)) ? true : undefined));
    return { identity, jwt: r.body.participantToken, serverUrl: r.body.serverUrl };
  }

  it('a colleague is refused the employee link and shown the take-over path; once they confirm, they run the call, the previous link answers 410 and its holder is out of the room for good; audited', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:00:00.000Z', { requestedEmployeeId: await employeeId(ASSIGNED.taxId) });
    h.clock.set('2026-11-24T08:55:00Z');
    const assigned = await h.employee(ASSIGNED.taxId, 'athens');
    const colleague = await h.employee(COLLEAGUE.taxId, 'athens');
    const linkPath = `/api/v1/appointments/${appt.id}/join-link`;

    expect((await assigned.get(linkPath)).body).toMatchObject({ role: 'employee', path: `/join/${appt.token('employee')}` });
    const refused = await colleague.get(linkPath);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'not_your_call',
      holder: { name: ASSIGNED.name },
      takeOver: { method: 'POST', path: `/api/v1/appointments/${appt.id}/take-over-call` },
    });
    expect(refused.body.error.message.el).toContain(ASSIGNED.name);
    expect(refused.body.error.message.en).toContain(`This call is run by ${ASSIGNED.name}`);

    const previous = await connect(appt, appt.token('employee'));
    const taken = await colleague.post(refused.body.error.takeOver.path, {});
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body).toMatchObject({ role: 'employee', takenOver: true, path: expect.stringMatching(/^\/join\//) });
    const theirs = tokenOf(taken.body.path);
    expect(theirs).not.toBe(appt.token('employee'));

    // The previous link stops at once, saying why and what to do; its holder leaves the room.
    for (const r of [await join(appt.token('employee')), await look(appt.token('employee')), await call(appt.token('employee'), 'identity-check/start')]) {
      expect(r.status).toBe(410);
      expect(r.body.error.code).toBe('link_taken_over');
      expect(r.body.error.message.el).toMatch(/ανέλαβε άλλος υπάλληλος/);
      expect(r.body.error.message.en).toMatch(/took over this call.*Take over this call/);
    }
    await eventually(async () => ((await inRoom(appt, previous.identity)) ? undefined : true));

    // The new link works, in the colleague's name, under a new LiveKit identity.
    const now = await join(theirs);
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ role: 'employee', participantName: COLLEAGUE.name });
    expect(claims(now.body.participantToken).sub).not.toBe(previous.identity);
    expect((await colleague.get(linkPath)).body.path).toBe(taken.body.path);
    const nowRefused = await assigned.get(linkPath);
    expect(nowRefused.status).toBe(403);
    expect(nowRefused.body.error).toMatchObject({ code: 'not_your_call', holder: { name: COLLEAGUE.name } });
    expect((await join(appt.token('citizen'))).status).toBe(200); // the citizen's link is untouched

    // Audited, and in the appointment's history; confirming again changes nothing.
    const [colleagueId, assignedId] = [await employeeId(COLLEAGUE.taxId), await employeeId(ASSIGNED.taxId)];
    const audits = await h.knex('audit_log').where({ subject_id: appt.id, action: 'take_over_call' });
    expect(audits).toEqual([expect.objectContaining({ actor_kind: 'employee', actor_id: colleagueId, details: { from: assignedId } })]);
    expect(await h.knex('appointment_events').where({ appointment_id: appt.id, action: 'call_taken_over' }).first()).toMatchObject({ actor_id: colleagueId, details: { from: assignedId, to: colleagueId } });
    const again = await colleague.post(refused.body.error.takeOver.path, {});
    expect(again.body).toMatchObject({ takenOver: false, path: taken.body.path });
    expect(await h.knex('audit_log').where({ subject_id: appt.id, action: 'take_over_call' })).toHaveLength(1);

    // The previous holder's LiveKit token still opens the room for a few minutes: LiveKit's
    // join webhook tells the API, which sends them out again.
    // The removal may come while their browser is still setting up its media connection, which
    // then fails ("could not establish pc connection"): either way LiveKit saw them join (the
    // webhook's attendance row) and they end up out of the room.
    const browser = await launchChromium();
    try {
      await browserParticipant(browser, previous.serverUrl, previous.jwt).catch((err: Error) => {
        if (!/could not establish pc connection|disconnected|Abort/i.test(err.message)) throw err;
      });
      await eventually(async () => ((await h.knex('call_attendance').where({ identity: previous.identity }).first()) ? true : undefined), 15_000);
      await eventually(async () => ((await inRoom(appt, previous.identity)) ? undefined : true), 15_000);
    } finally {
      await browser.close();
    }
  });

  it('after a take-over, the identity check, its history and the call audit name the employee who acted, not the assigned one', async () => {
    const appt = await bookVideo(h, '2026-11-24T09:40:00.000Z', { requestedEmployeeId: await employeeId(ASSIGNED.taxId) });
    h.clock.set('2026-11-24T09:35:00Z');
    const colleague = await h.employee(COLLEAGUE.taxId, 'athens');
    const theirs = tokenOf((await colleague.post(`/api/v1/appointments/${appt.id}/take-over-call`, {})).body.path);
    const citizen = await connect(appt, appt.token('citizen'));
    expect((await call(theirs, 'admit', { identity: citizen.identity })).status).toBe(200);
    expect((await call(theirs, 'identity-check/start')).status).toBe(200);
    const done = await call(theirs, 'identity-check/result', { documentType: 'passport', checklist: { front: true, back: true, securityFeatures: true, faceMatch: true }, outcome: 'verified' });
    expect(done.status).toBe(201);

    const colleagueId = await employeeId(COLLEAGUE.taxId);
    expect(await h.knex('identity_checks').where({ appointment_id: appt.id }).first('employee_id')).toEqual({ employee_id: colleagueId });
    expect(await h.knex('call_states').where({ appointment_id: appt.id }).first('identity_check_started_by', 'acting_employee_id')).toEqual({
      identity_check_started_by: colleagueId,
      acting_employee_id: colleagueId,
    });
    expect(await h.knex('appointment_events').where({ appointment_id: appt.id, action: 'identity_check' }).first('actor_id')).toEqual({ actor_id: colleagueId });
    const actions = await h.knex('audit_log').where({ subject_id: appt.id }).whereIn('action', ['call_admit', 'identity_check_start', 'identity_check_result']).select('action', 'actor_id');
    expect(actions).toHaveLength(3);
    for (const a of actions) expect(a.actor_id).toBe(colleagueId);
  });

  it('a deactivated employee\'s link refuses at once, saying what to do, and the deactivation removes them from the call; a colleague can take it over', async () => {
    const leavingId = await employeeId(LEAVING.taxId);
    const appt = await bookVideo(h, '2026-11-24T11:00:00.000Z', { requestedEmployeeId: leavingId });
    h.clock.set('2026-11-24T11:05:00Z'); // the call is under way
    const inCall = await connect(appt, appt.token('employee'));

    const admin = await h.employee(COLLEAGUE.taxId, 'athens');
    const off = await admin.send('PUT', `/api/v1/admin/municipality/employees/${leavingId}`, { active: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    await eventually(async () => ((await inRoom(appt, inCall.identity)) ? undefined : true));
    for (const r of [await join(appt.token('employee')), await look(appt.token('employee'))]) {
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('employee_deactivated');
      expect(r.body.error.message.el).toMatch(/απενεργοποιηθεί/);
      expect(r.body.error.message.en).toMatch(/deactivated.*administrator.*take the call over/);
    }

    const taken = await admin.post(`/api/v1/appointments/${appt.id}/take-over-call`, {});
    expect(taken.status).toBe(200);
    expect((await join(tokenOf(taken.body.path))).status).toBe(200);
  });
});
