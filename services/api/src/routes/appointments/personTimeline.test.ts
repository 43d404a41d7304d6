import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';

// One person, one timeline: an employee of two municipalities (the same tax
// id has an employees row in each) and an interpreter registered by two
// municipalities (the same e-mail) cannot be booked twice at the same time,
// whichever municipality books. Two clerks book at once through HTTP; the
// database decides.

const h = useApiHarness('2026-11-23T08:00:00Z'); // Monday 10:00 in Athens and Thessaloniki
const SHARED = '144321982'; // Ευαγγελία Μιχαηλίδου works for both
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

interface Desk {
  clerk: ApiClient;
  municipalityId: string;
  topicId: string;
  /** The shared employee's record in this municipality. */
  sharedId: string;
}

async function desk(slug: string, clerkTaxId: string, topic: string): Promise<Desk> {
  const m = await h.municipality(slug);
  const shared = await h.knex('employees').where({ municipality_id: m.id, tax_id: SHARED }).first('id');
  return { clerk: await h.employee(clerkTaxId, slug), municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === topic)!.id, sharedId: shared.id };
}

const book = (d: Desk, start: string, extra: Record<string, unknown> = {}) =>
  d.clerk.post('/api/v1/appointments', { municipalityId: d.municipalityId, topicId: d.topicId, mode: 'video', start, person, declarations, ...extra }, { 'Idempotency-Key': randomUUID() });

async function slots(d: Desk, day: string, extra = ''): Promise<{ start: string; end: string }[]> {
  const r = await d.clerk.get(`/api/v1/municipalities/${d.municipalityId}/slots?mode=video&topicId=${d.topicId}&from=${day}&to=${day}${extra}`);
  expect(r.status).toBe(200);
  return r.body.slots;
}
const offered = async (d: Desk, day: string, extra = '') => (await slots(d, day, extra)).map((s) => s.start);

let athens: Desk;
let thess: Desk;
beforeAll(async () => {
  athens = await desk('athens', '135792468', 'Family status certificate');
  thess = await desk('thessaloniki', '109876540', 'Certificate of permanent residence');
});

describe('the employee of two municipalities', () => {
  it('two clerks book her at the same time from the two municipalities: exactly one wins, the other is refused with free times', async () => {
    const start = '2026-11-24T08:00:00.000Z'; // Tuesday 10:00, inside her hours in both
    expect(await offered(athens, '2026-11-24', `&employeeId=${athens.sharedId}`)).toContain(start);
    expect(await offered(thess, '2026-11-24', `&employeeId=${thess.sharedId}`)).toContain(start);

    const [a, t] = await Promise.all([book(athens, start, { requestedEmployeeId: athens.sharedId }), book(thess, start, { requestedEmployeeId: thess.sharedId })]);
    expect([a.status, t.status].sort()).toEqual([201, 409]);
    const [winner, loser, loserDesk] = a.status === 201 ? [a, t, thess] : [t, a, athens];
    expect(winner.body.employee.id).toBe(a.status === 201 ? athens.sharedId : thess.sharedId);
    // She is busy, a colleague of the losing municipality is not: the same time is theirs to keep without her.
    expect(loser.body.error.code).toBe('requested_employee_taken');
    expect(loser.body.error.message.el).toMatch(/δεν είναι ελεύθερος/);
    expect(loser.body.error.message.en).toMatch(/not free/);
    expect(loser.body.error.alternatives.length).toBeGreaterThan(0);
    expect(loser.body.error.alternatives.map((s: { start: string }) => s.start)).not.toContain(start);

    // The losing municipality's grid no longer offers her at that time…
    expect(await offered(loserDesk, '2026-11-24', `&employeeId=${loserDesk.sharedId}`)).not.toContain(start);
    // …nor at times overlapping her booking elsewhere (its length and buffer count, and the losing municipality's buffer).
    const booked = await h.knex('appointments').where({ id: winner.body.id }).first('starts_at', 'busy_until');
    const buffer = (await h.knex('municipalities').where({ id: loserDesk.municipalityId }).first('buffer_minutes')).buffer_minutes * 60_000;
    for (const s of await slots(loserDesk, '2026-11-24', `&employeeId=${loserDesk.sharedId}`)) {
      const clear = Date.parse(s.start) >= booked.busy_until.getTime() || Date.parse(s.end) + buffer <= booked.starts_at.getTime();
      expect(clear).toBe(true);
    }
    const rows = await h.knex('appointments as a').join('employees as e', 'e.id', 'a.employee_id').where({ 'e.tax_id': SHARED }).whereNot('a.status', 'cancelled').select('a.id');
    expect(rows).toHaveLength(1);
  });

  it('without asking for her, the losing municipality books a colleague instead, never her', async () => {
    const start = '2026-11-26T09:00:00.000Z'; // Thursday 11:00
    // Only she does video in Thessaloniki today besides the admin: take the admin away so she is the only one.
    const stefanou = await h.knex('employees').where({ municipality_id: thess.municipalityId }).whereNot({ tax_id: SHARED }).first('id');
    await h.knex('employee_absences').insert({ employee_id: stefanou.id, starts_at: new Date('2026-11-26T00:00:00Z'), ends_at: new Date('2026-11-27T00:00:00Z') });
    const [a, t] = await Promise.all([book(athens, start, { requestedEmployeeId: athens.sharedId }), book(thess, start)]);
    expect([a.status, t.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : t;
    expect(['slot_taken', 'requested_employee_taken']).toContain(loser.body.error.code);
    expect(loser.body.error.alternatives.length).toBeGreaterThan(0);
    if (t.status === 201) expect(await offered(athens, '2026-11-26', `&employeeId=${athens.sharedId}`)).not.toContain(start);
    else expect(await offered(thess, '2026-11-26')).not.toContain(start);
  });
});

describe('the interpreter of two municipalities', () => {
  it('registered by both under one e-mail: two parallel bookings with interpreting at one time, exactly one gets her', async () => {
    const hours = JSON.stringify(Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:00', end: '15:00' }]])));
    await h.knex('interpreters').update({ active: false });
    await h.knex('interpreters').insert([
      { municipality_id: athens.municipalityId, full_name: 'Ιφιγένεια Σημάδη (ΕΝΓ)', email: 'i.simadi@example.gr', kinds: ['gsl'], working_hours: hours },
      { municipality_id: thess.municipalityId, full_name: 'Ιφιγένεια Σημάδη', email: 'I.Simadi@example.gr', kinds: ['gsl'], working_hours: hours },
    ]);
    const day = '2026-11-25';
    const start = '2026-11-25T09:00:00.000Z'; // Wednesday 11:00
    expect(await offered(athens, day, '&interpretation=gsl')).toContain(start);
    expect(await offered(thess, day, '&interpretation=gsl')).toContain(start);

    const [a, t] = await Promise.all([book(athens, start, { interpretation: 'gsl' }), book(thess, start, { interpretation: 'gsl' })]);
    expect([a.status, t.status].sort()).toEqual([201, 409]);
    const [loser, loserDesk] = a.status === 409 ? [a, athens] : [t, thess];
    expect(loser.body.error.code).toBe('slot_taken');
    expect(loser.body.error.alternatives.length).toBeGreaterThan(0);
    expect(loser.body.error.alternatives.map((s: { start: string }) => s.start)).not.toContain(start);
    expect(await offered(loserDesk, day, '&interpretation=gsl')).not.toContain(start);
    // Without interpreting the time is still there: only she was missing.
    expect(await offered(loserDesk, day)).toContain(start);
  });

  it('an interpreter record cannot take the e-mail of a person booked at the same time', async () => {
    const hours = JSON.stringify(Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:00', end: '15:00' }]])));
    const [other] = await h.knex('interpreters')
      .insert({ municipality_id: thess.municipalityId, full_name: 'Άλλος Διερμηνέας', email: 'other.interpreter@example.gr', kinds: ['gsl'], working_hours: hours })
      .returning('id');
    const start = '2026-11-25T09:00:00.000Z'; // she is booked then, in one of the two municipalities
    const r = await book(thess, start, { interpretation: 'gsl' });
    expect(r.status).toBe(201);
    const changed = await thess.clerk.send('PUT', `/api/v1/admin/municipality/interpreters/${other.id}`, { email: 'i.simadi@example.gr' });
    expect(changed.status).toBe(422);
    expect(changed.body.error).toMatchObject({ code: 'interpreter_person_busy', field: 'email' });
    expect((await h.knex('interpreters').where({ id: other.id }).first('email')).email).toBe('other.interpreter@example.gr');
  });
});
