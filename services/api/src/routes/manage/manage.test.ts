import { randomUUID } from 'node:crypto';
import { manageToken } from '@muni/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { deliverMails, manageTokenIn, TEST_LINK_SECRET } from '../../testing/mails';

// Monday 23 Nov 2026, 10:00 in Athens (UTC+2).
const h = useApiHarness('2026-11-23T08:00:00Z');
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const declarations = { dataTrue: true, privacyRead: true };
const represented = { fullName: 'Ευτυχία Μητσοπούλου', email: 'eftychia@example.gr', phone: '6911111111', language: 'el' };

async function athens() {
  const m = await h.municipality('athens');
  return { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Family status certificate')!.id };
}

async function slotsOn(day: string, mode = 'in_person') {
  const q = await athens();
  const r = await h.client().get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${mode}&topicId=${q.topicId}&from=${day}&to=${day}`);
  return r.body.slots as { start: string; employeeIds?: string[] }[];
}

/** A request with nothing but the link: no cookie, no CSRF token (as a person opening the e-mail's link in a fresh browser). */
async function withLink(method: 'GET' | 'POST', path: string, body?: unknown) {
  const res = await fetch(`${h.url}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** What a GET must not change: the appointment, its e-mails and its history. */
async function snapshot(id: string) {
  return {
    appt: await h.knex('appointments').where({ id }).first('status', 'version', 'starts_at', 'employee_id', 'updated_at'),
    mails: await h.knex('notifications').where({ appointment_id: id }).orderBy('id').select('id', 'status', 'kind'),
    events: await h.knex('appointment_events').where({ appointment_id: id }).count('* as n').first(),
  };
}

describe('the manage link of the person served', () => {
  it('works from the e-mail of a person someone else booked for: seeing changes nothing, a new time keeps the employee and spends the link', async () => {
    const booker = await h.citizen('045123787');
    const [first] = await slotsOn('2026-11-26');
    const booked = await booker.post('/api/v1/appointments', {
      ...(await athens()), mode: 'in_person', start: first!.start, person: represented, declarations,
      onBehalfOf: { kind: 'other', bookerFullName: 'Νικόλαος Παπαδόπουλος' },
    }, { 'Idempotency-Key': randomUUID() });
    expect(booked.status).toBe(201);

    // The represented person's confirmation carries their own manage link.
    const [confirmation] = (await deliverMails(h, booked.body.id)).filter((m) => m.kind === 'confirmation');
    expect(confirmation!.to).toContain('eftychia@example.gr');
    const token = manageTokenIn(confirmation!)!;
    expect(token).toBe(manageToken(TEST_LINK_SECRET, booked.body.id, 1));
    expect(confirmation!.text).not.toContain(`/appointments/${booked.body.id}`); // the booker's page would be a 404 for them

    // Opening it (or a mail scanner prefetching it) shows the appointment and changes nothing.
    const before = await snapshot(booked.body.id);
    for (let i = 0; i < 3; i++) {
      const seen = await withLink('GET', `/api/v1/manage/${token}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ id: booked.body.id, reference: booked.body.reference, status: 'booked', canChange: true, person: { fullName: represented.fullName }, ownedBySignedIn: false });
      expect(JSON.stringify(seen.body)).not.toContain('eftychia@example.gr'); // a forwarded link gives no contact details away
    }
    const head = await fetch(`${h.url}/api/v1/manage/${token}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await snapshot(booked.body.id)).toEqual(before);
    expect((await withLink('GET', `/api/v1/manage/${token}/cancel`)).status).toBe(405); // changes are POSTs only

    // A new time, confirmed on the page (POST): the same employee, the new link in the answer and in the new e-mail.
    const later = (await slotsOn('2026-11-27')).find((s) => !s.employeeIds || s.employeeIds.includes(booked.body.employee.id))!;
    const moved = await withLink('POST', `/api/v1/manage/${token}/reschedule`, { start: later.start });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: booked.body.id, start: later.start, version: 2, employee: { id: booked.body.employee.id } });
    const newToken = manageToken(TEST_LINK_SECRET, booked.body.id, 2);
    expect(moved.body.managePath).toBe(`/manage/${newToken}`);
    const [rescheduled] = (await deliverMails(h, booked.body.id)).filter((m) => m.kind === 'rescheduled');
    expect(manageTokenIn(rescheduled!)).toBe(newToken);

    // The old link is revoked by the change; the new one works.
    const old = await withLink('GET', `/api/v1/manage/${token}`);
    expect(old.status).toBe(410);
    expect(old.body.error.code).toBe('manage_link_replaced');
    expect(old.body.error.message.el).toMatch(/πιο πρόσφατου e-mail/);
    expect((await withLink('POST', `/api/v1/manage/${token}/cancel`, {})).status).toBe(410);
    expect((await withLink('GET', `/api/v1/manage/${newToken}`)).status).toBe(200);

    // The booker still sees it; the change is the person served's in the history, and audited.
    expect((await booker.get('/api/v1/me/appointments')).body.upcoming.map((a: { start: string }) => a.start)).toContain(later.start);
    const event = await h.knex('appointment_events').where({ appointment_id: booked.body.id, action: 'rescheduled' }).first();
    expect(event).toMatchObject({ actor_kind: 'citizen', actor_id: null, details: expect.objectContaining({ via: 'manage_link' }) });
    expect(await h.knex('audit_log').where({ subject_id: booked.body.id }).pluck('action')).toEqual(expect.arrayContaining(['manage_link_view', 'manage_link_reschedule']));
  });

  it('works for a desk booking: the caller cancels from the e-mail until the cut-off, and then the link says so', async () => {
    const clerk = await h.employee('135792468', 'athens');
    const [slot] = await slotsOn('2026-11-30');
    const booked = await clerk.post('/api/v1/console/appointments', { ...(await athens()), mode: 'in_person', start: slot!.start, person: { ...represented, email: 'desk.caller@example.gr' }, declarations }, { 'Idempotency-Key': randomUUID() });
    expect(booked.status).toBe(201);
    const token = manageTokenIn((await deliverMails(h, booked.body.id)).find((m) => m.kind === 'confirmation')!)!;

    const cancelled = await withLink('POST', `/api/v1/manage/${token}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', managePath: null });
    const told = await h.knex('notifications').where({ appointment_id: booked.body.id, kind: 'cancelled', recipient_role: 'citizen' }).count('* as n').first();
    expect(Number(told!.n)).toBe(1);
    const after = await withLink('GET', `/api/v1/manage/${token}`);
    expect(after.status).toBe(410);
    expect(after.body.error.code).toBe('appointment_cancelled');
  });

  it("keeps a citizen's cut-off: no change within it, by link or not", async () => {
    const citizen = await h.citizen('068933130');
    const [slot] = await slotsOn('2026-12-01');
    const booked = await citizen.post('/api/v1/appointments', { ...(await athens()), mode: 'in_person', start: slot!.start, person: { ...represented, email: 'sofia@example.gr' }, declarations });
    const token = manageToken(TEST_LINK_SECRET, booked.body.id, 1);
    const saved = h.clock.now;
    h.clock.set(new Date(new Date(slot!.start).getTime() - 60 * 60_000).toISOString()); // an hour before; the cut-off is two
    try {
      const seen = await withLink('GET', `/api/v1/manage/${token}`);
      expect(seen.body.canChange).toBe(false);
      for (const [path, body] of [['cancel', {}], ['reschedule', { start: new Date(new Date(slot!.start).getTime() + 24 * 3_600_000).toISOString() }]] as const) {
        const r = await withLink('POST', `/api/v1/manage/${token}/${path}`, body);
        expect(r.status).toBe(422);
        expect(r.body.error.code).toBe('change_cutoff_passed');
      }
      expect((await h.knex('appointments').where({ id: booked.body.id }).first()).version).toBe(1);
    } finally {
      h.clock.set(saved.toISOString());
    }
  });

  it("refuses another appointment's token, a forged one and a mangled one with 404, and tells nothing", async () => {
    const citizen = await h.citizen('112233441');
    const [a, b] = (await slotsOn('2026-12-02')).slice(0, 2);
    const one = await citizen.post('/api/v1/appointments', { ...(await athens()), mode: 'in_person', start: a!.start, person: represented, declarations });
    const two = await citizen.post('/api/v1/appointments', { ...(await athens()), mode: 'in_person', start: b!.start, person: represented, declarations });
    const tokenOfOne = manageToken(TEST_LINK_SECRET, one.body.id, 1);
    const hexOfTwo = two.body.id.replace(/-/g, '');
    const tries = [
      `${hexOfTwo}${tokenOfOne.slice(32)}`, // appointment two named, appointment one's MAC
      manageToken('another-secret-of-16+', two.body.id, 1),
      tokenOfOne.slice(0, -1),
      'x'.repeat(75),
    ];
    for (const t of tries) {
      for (const [method, path] of [['GET', ''], ['POST', '/cancel']] as const) {
        const r = await withLink(method, `/api/v1/manage/${t}${path}`, method === 'POST' ? {} : undefined);
        expect(r.status, `${method} ${t}${path}`).toBe(404);
        expect(r.body.error.code).toBe('manage_link_unknown');
      }
    }
    expect((await h.knex('appointments').where({ id: two.body.id }).first()).status).toBe('booked');
    expect((await withLink('GET', `/api/v1/manage/${tokenOfOne}`)).status).toBe(200);
  });

  it("gives a manage link to the person served only: the interpreter's and third person's e-mails have none", async () => {
    const citizen = await h.citizen('028765436');
    const q = await athens();
    const [slot] = await slotsOn('2026-12-03', 'video');
    const booked = await citizen.post('/api/v1/appointments', { ...q, mode: 'video', start: slot!.start, person: { ...represented, email: 'stavros@example.gr' }, declarations, thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria.triti@example.gr' } });
    expect(booked.status).toBe(201);
    await h.knex('municipalities').where({ id: q.municipalityId }).update({ third_person_invite_on_booking: true });
    const clerk = await h.employee('135792468', 'athens');
    expect((await clerk.post(`/api/v1/console/appointments/${booked.body.id}/third-person-invite`)).status).toBe(202);
    const mails = await deliverMails(h, booked.body.id);
    const citizenMail = mails.find((m) => m.role === 'citizen')!;
    expect(manageTokenIn(citizenMail)).toBe(manageToken(TEST_LINK_SECRET, booked.body.id, 1));
    const third = mails.find((m) => m.role === 'third_person')!;
    expect(third.text + third.html + (third.ics ?? '')).not.toMatch(/\/manage\//);
  });
});
