import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Monday 23 Nov 2026, 10:00 in Athens (UTC+2).
const h = useApiHarness('2026-11-23T08:00:00Z');
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

async function athensTopic(name: string) {
  const m = await h.municipality('athens');
  return { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === name)!.id };
}

async function firstSlots(c: ReturnType<typeof h.client>, q: { municipalityId: string; topicId: string }, mode: string, day: string, extra = '') {
  const r = await c.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${mode}&topicId=${q.topicId}&from=${day}&to=${day}${extra}`);
  expect(r.status).toBe(200);
  return r.body.slots as { start: string; end: string }[];
}

const count = async (table: string) => Number((await h.knex(table).count('* as n'))[0]!.n);

describe('booking an appointment', () => {
  it('a signed-in citizen holds a slot, books it, sees it in My appointments, and a retry never books twice', async () => {
    const c = await h.citizen('045123787');
    const q = await athensTopic('Family status certificate');
    const slots = await firstSlots(c, q, 'video', '2026-11-24');
    expect(slots[0]!.start).toBe('2026-11-24T06:00:00.000Z'); // 08:00 Athens
    const start = slots[3]!.start;

    const hold = await c.post('/api/v1/holds', { ...q, mode: 'video', start, interpretation: 'gsl' });
    expect(hold.status).toBe(201);
    expect(new Date(hold.body.expiresAt).getTime()).toBe(h.clock.now.getTime() + 10 * 60_000);

    const key = randomUUID();
    const input = { holdId: hold.body.id, ...q, mode: 'video', start, person, declarations, interpretation: 'gsl', thirdPerson: { fullName: 'Μαρία Τρίτη', email: 'maria@example.gr' } };
    const booked = await c.post('/api/v1/appointments', input, { 'Idempotency-Key': key });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', version: 1, mode: 'video', start, interpretation: 'gsl', thirdPerson: { fullName: 'Μαρία Τρίτη' } });
    expect(booked.body.reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(booked.body.id).toBe(hold.body.id); // the hold became the booking
    // How to reach the municipality, by phone or in writing.
    expect(booked.body.municipality).toMatchObject({ phone: '+30 210 000 0000', email: 'demo-athens@example.gr' });

    const retry = await c.post('/api/v1/appointments', input, { 'Idempotency-Key': key });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(booked.body.id);
    expect(await h.knex('appointments').where({ status: 'booked' }).count('* as n').first()).toEqual({ n: 1 });

    const mine = await c.get('/api/v1/me/appointments');
    expect(mine.body.upcoming.map((a: { id: string }) => a.id)).toEqual([booked.body.id]);

    // The e-mails are queued in the outbox, in the same transaction.
    const kinds = await h.knex('notifications').where({ appointment_id: booked.body.id }).select('kind', 'recipient_role');
    // Booked less than a day ahead: only the one-hour reminder is still in the future, for the citizen and the interpreter.
    // No documents e-mail: the confirmation lists the documents.
    expect(kinds.map((k) => `${k.kind}→${k.recipient_role}`).sort()).toEqual(['confirmation→citizen', 'invite_interpreter→interpreter', 'reminder→citizen', 'reminder→interpreter']);
    const links = await h.knex('join_links').where({ appointment_id: booked.body.id }).pluck('role');
    expect(links.sort()).toEqual(['citizen', 'employee', 'interpreter', 'third_person']);
    const history = await h.knex('appointment_events').where({ appointment_id: booked.body.id }).pluck('action');
    expect(history).toEqual(['created']);
  });

  it('spreads bookings over free employees and refuses the last one with 409 and the nearest free times', async () => {
    const c = await h.citizen('068933130');
    const q = await athensTopic('Registration in the municipal roll');
    const [slot] = await firstSlots(c, q, 'in_person', '2026-11-25');
    const employees = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const r = await c.post('/api/v1/appointments', { ...q, mode: 'in_person', start: slot!.start, person, declarations });
      expect(r.status).toBe(201);
      employees.add(r.body.employee.id);
      expect(r.body.office.address).toContain('Κοτζιά');
    }
    expect(employees.size).toBe(2); // two in-person employees, one each
    const third = await c.post('/api/v1/appointments', { ...q, mode: 'in_person', start: slot!.start, person, declarations });
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('slot_taken');
    expect(third.body.error.message.el).toMatch(/κλείστηκε/);
    expect(third.body.error.alternatives.length).toBeGreaterThan(0);
    expect(third.body.error.alternatives.map((s: { start: string }) => s.start)).not.toContain(slot!.start);
  });

  it('honours a requested employee when free', async () => {
    const c = await h.citizen('112233441');
    const q = await athensTopic('Family status certificate');
    const staff = await c.get(`/api/v1/municipalities/${q.municipalityId}/employees?topicId=${q.topicId}&mode=phone`);
    const wanted = staff.body.find((e: { displayName: string }) => e.displayName === 'Ευαγγελία Μιχαηλίδου');
    const slots = await firstSlots(c, q, 'phone', '2026-11-26', `&employeeId=${wanted.id}`);
    expect(slots[0]!.start).toBe('2026-11-26T08:00:00.000Z'); // her hours start at 10:00 Athens
    const r = await c.post('/api/v1/appointments', { ...q, mode: 'phone', start: slots[0]!.start, person, declarations, requestedEmployeeId: wanted.id });
    expect(r.status).toBe(201);
    expect(r.body.employee.id).toBe(wanted.id);
  });
});

describe('bad input gets a clear 4xx and writes nothing', () => {
  it.each([
    ['missing declarations', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T09:00:00Z', person }), 422, 'declarations'],
    ['declaration not ticked', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T09:00:00Z', person, declarations: { dataTrue: true, privacyRead: false } }), 422, 'declarations.privacyRead'],
    ['bad e-mail', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T09:00:00Z', person: { ...person, email: 'nope' }, declarations }), 422, 'person.email'],
    ['a past time', (q: object) => ({ ...q, mode: 'video', start: '2026-11-20T09:00:00Z', person, declarations }), 422, 'start'],
    ['outside opening hours', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T18:00:00Z', person, declarations }), 422, 'start'],
    ['on a public holiday (Christmas)', (q: object) => ({ ...q, mode: 'video', start: '2026-12-25T08:00:00Z', person, declarations }), 422, 'start'],
    ['a mode the topic does not offer', (q: object) => ({ ...q, mode: 'phone', start: '2026-11-24T09:00:00Z', person, declarations }), 422, 'mode'],
    ['a bad company tax number', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T09:00:00Z', person, declarations, onBehalfOf: { kind: 'business', companyTaxId: '123456789', companyName: 'ΑΒΓ ΑΕ' } }), 422, 'onBehalfOf.companyTaxId'],
    ['"for another person" with the attendee\'s own name as the booker\'s', (q: object) => ({ ...q, mode: 'video', start: '2026-11-24T09:00:00Z', person, declarations, onBehalfOf: { kind: 'other', bookerFullName: person.fullName.toUpperCase() } }), 422, 'onBehalfOf.bookerFullName'],
  ])('%s', async (_name, build, status, field) => {
    const c = await h.citizen('028765436');
    const q = await athensTopic('Registration in the municipal roll');
    const before = await count('appointments');
    const r = await c.post('/api/v1/appointments', build(q));
    expect(r.status).toBe(status);
    expect(r.body.error.field).toBe(field);
    expect(r.body.error.message.el.length).toBeGreaterThan(5);
    expect(r.body.error.message.en.length).toBeGreaterThan(5);
    expect(await count('appointments')).toBe(before);
  });

  it('a third person where the municipality forbids it', async () => {
    const c = await h.citizen('028765436');
    const m = await h.municipality('thessaloniki');
    const r = await c.post('/api/v1/appointments', { municipalityId: m.id, topicId: m.topics[0]!.id, mode: 'video', start: '2026-11-24T09:00:00Z', person, declarations, thirdPerson: { fullName: 'Τρίτος Τρίτου', email: 't@example.gr' } });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('third_person_not_allowed');
  });

  it('unknown and malformed ids, malformed JSON, and a topic of another municipality', async () => {
    const c = await h.citizen('028765436');
    const athens = await h.municipality('athens');
    const thess = await h.municipality('thessaloniki');
    const base = { mode: 'video', start: '2026-11-24T09:00:00Z', person, declarations };
    expect((await c.post('/api/v1/appointments', { ...base, municipalityId: randomUUID(), topicId: athens.topics[0]!.id })).status).toBe(404);
    expect((await c.post('/api/v1/appointments', { ...base, municipalityId: 'x', topicId: athens.topics[0]!.id })).status).toBe(422);
    expect((await c.post('/api/v1/appointments', { ...base, municipalityId: athens.id, topicId: thess.topics[0]!.id })).status).toBe(404);
    expect((await c.get('/api/v1/appointments/not-a-uuid')).status).toBe(422);
    const token = await c.csrfToken();
    const raw = await c.raw('/api/v1/appointments', { method: 'POST', headers: { 'content-type': 'application/json', 'X-CSRF-Token': token }, body: '{"oops' });
    expect(raw.status).toBe(400);
    expect((await raw.json()).error.code).toBe('invalid_body');
  });

  it('signed-out booking is refused with 401', async () => {
    const r = await h.client().post('/api/v1/appointments', {});
    expect(r.status).toBe(401);
  });
});

describe('rescheduling and cancelling', () => {
  it('moves keeping the employee, bumps the version, renews join links; cancel frees the slot and cannot be undone', async () => {
    const c = await h.citizen('045123787');
    const q = await athensTopic('Shop operating licence');
    const slots = await firstSlots(c, q, 'video', '2026-11-27');
    const booked = await c.post('/api/v1/appointments', { ...q, mode: 'video', start: slots[0]!.start, person, declarations });
    expect(booked.status).toBe(201);
    expect(new Date(booked.body.end).getTime() - new Date(booked.body.start).getTime()).toBe(40 * 60_000); // topic override
    const moved = await c.post(`/api/v1/appointments/${booked.body.id}/reschedule`, { start: slots[2]!.start });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, start: slots[2]!.start });
    expect(moved.body.employee.id).toBe(booked.body.employee.id);
    const versions = await h.knex('join_links').where({ appointment_id: booked.body.id, role: 'citizen' }).pluck('appointment_version');
    expect(versions.sort()).toEqual([1, 2]);

    const cancelled = await c.post(`/api/v1/appointments/${booked.body.id}/cancel`, { reason: 'δεν χρειάζεται' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 3 });
    const again = await c.post(`/api/v1/appointments/${booked.body.id}/reschedule`, { start: slots[4]!.start });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    const history = await h.knex('appointment_events').where({ appointment_id: booked.body.id }).orderBy('id').pluck('action');
    expect(history).toEqual(['created', 'rescheduled', 'cancelled']);
    // The freed time is offered again.
    expect((await firstSlots(c, q, 'video', '2026-11-27')).map((s) => s.start)).toContain(slots[2]!.start);
  });

  it('refuses changes by the citizen after the cut-off', async () => {
    const c = await h.citizen('112233441');
    const q = await athensTopic('Family status certificate');
    const [slot] = await firstSlots(c, q, 'phone', '2026-11-24');
    const booked = await c.post('/api/v1/appointments', { ...q, mode: 'phone', start: slot!.start, person, declarations });
    h.clock.set('2026-11-24T05:00:00Z'); // one hour before: cut-off is two hours
    try {
      const again = await h.citizen('112233441'); // the old session has expired meanwhile
      expect((await c.get('/api/v1/me/appointments')).status).toBe(401);
      const r = await again.post(`/api/v1/appointments/${booked.body.id}/cancel`, {});
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('change_cutoff_passed');
    } finally {
      h.clock.set('2026-11-23T08:00:00Z');
    }
  });
});
