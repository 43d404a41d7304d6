import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');

const person = { fullName: 'Σοφία Βασιλείου', email: 'sofia@example.gr', phone: '2101234567', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

async function bookFor(c: Awaited<ReturnType<typeof h.citizen>>, day: string, mode = 'in_person', path = '/api/v1/appointments') {
  const m = await h.municipality('athens');
  const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
  const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=${mode}&topicId=${topicId}&from=${day}&to=${day}`);
  const r = await c.post(path, { municipalityId: m.id, topicId, mode, start: slots.body.slots[0].start, person, declarations }, { 'Idempotency-Key': randomUUID() });
  expect(r.status).toBe(201);
  return r.body;
}

describe('the employee console', () => {
  it("lists a day's appointments of the employee's municipality only, with history on the detail", async () => {
    const citizen = await h.citizen('068933130');
    const booked = await bookFor(citizen, '2026-11-24');
    const clerk = await h.employee('055221137', 'athens');
    const day = await clerk.get('/api/v1/console/appointments?date=2026-11-24');
    expect(day.status).toBe(200);
    expect(day.body.map((a: { id: string }) => a.id)).toContain(booked.id);
    expect(day.body[0].person.fullName).toBe('Σοφία Βασιλείου');

    const detail = await clerk.get(`/api/v1/appointments/${booked.id}`);
    expect(detail.body.history).toEqual([expect.objectContaining({ action: 'created', actor: expect.objectContaining({ kind: 'citizen' }), version: 1 })]);
    // A permanently failed e-mail is visible to the clerk.
    await h.knex('notifications').where({ appointment_id: booked.id, kind: 'confirmation' }).update({ status: 'failed', last_error: '550 mailbox unavailable' });
    const emails = (await clerk.get(`/api/v1/appointments/${booked.id}`)).body.emails;
    expect(emails).toContainEqual(expect.objectContaining({ kind: 'confirmation', status: 'failed', lastError: '550 mailbox unavailable', recipient: 'sofia@example.gr' }));

    const other = await h.employee('109876540', 'thessaloniki');
    expect((await other.get('/api/v1/console/appointments?date=2026-11-24')).body).toEqual([]);
    expect((await other.get(`/api/v1/appointments/${booked.id}`)).status).toBe(404);
    const audit = await h.knex('audit_log').where({ action: 'view_appointment', subject_id: booked.id }).count('* as n').first();
    expect(Number(audit!.n)).toBe(2); // each of the clerk's two views; none for the refused one
  });

  it('after a new time, the e-mails about the old one read "not needed", not "waiting" (the scheduler skips them when due)', async () => {
    // Seen on a walk: a moved appointment's old reminders still showed as waiting beside the new ones.
    const clerk = await h.employee('135792468', 'athens');
    const booked = await bookFor(clerk, '2026-11-26', 'in_person', '/api/v1/console/appointments');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const later = (await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=in_person&topicId=${topicId}&from=2026-11-27&to=2026-11-27`)).body.slots[0].start;
    expect((await clerk.post(`/api/v1/appointments/${booked.id}/reschedule`, { start: later, anyEmployee: true })).status).toBe(200);
    const emails: { kind: string; status: string; lastError: string | null; due: string }[] = (await clerk.get(`/api/v1/appointments/${booked.id}`)).body.emails;
    const reminders = emails.filter((e) => e.kind === 'reminder');
    const old = reminders.filter((e) => e.status === 'skipped');
    expect(old.length).toBeGreaterThan(0);
    for (const e of old) expect(e.lastError).toMatch(/written for version 1, appointment is at version 2/);
    expect(reminders.filter((e) => e.status === 'pending').length).toBe(old.length); // the new time's own
    expect(await h.knex('notifications').where({ appointment_id: booked.id, kind: 'reminder', appointment_version: 1 }).pluck('status')).toEqual(old.map(() => 'pending'));
  });

  it('books on behalf of a citizen, reassigns to a free colleague, and closes the appointment after it started', async () => {
    const clerk = await h.employee('135792468', 'athens');
    const booked = await bookFor(clerk, '2026-11-25', 'in_person', '/api/v1/console/appointments');
    const colleague = (await h.knex('employees').where({ tax_id: '055221137' }).first('id')).id;
    const target = booked.employee.id === colleague ? (await h.knex('employees').where({ tax_id: '135792468' }).first('id')).id : colleague;

    const moved = await clerk.post(`/api/v1/console/appointments/${booked.id}/reassign`, { employeeId: target });
    expect(moved.status).toBe(200);
    expect(moved.body.employee.id).toBe(target);

    const early = await clerk.post(`/api/v1/console/appointments/${booked.id}/complete`);
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('not_started');

    h.clock.set(booked.start);
    try {
      const again = await h.employee('135792468', 'athens'); // a new day's session
      const done = await again.post(`/api/v1/console/appointments/${booked.id}/no-show`);
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('no_show');
      const twice = await again.post(`/api/v1/console/appointments/${booked.id}/complete`);
      expect(twice.status).toBe(409);
      const history = (await again.get(`/api/v1/appointments/${booked.id}`)).body.history.map((e: { action: string }) => e.action);
      expect(history).toEqual(['created', 'reassigned', 'no_show']);
    } finally {
      h.clock.set('2026-11-23T08:00:00Z');
    }
  });

  it('queues a required-documents e-mail with the free text', async () => {
    const citizen = await h.citizen('112233441');
    const booked = await bookFor(citizen, '2026-11-26', 'video');
    const clerk = await h.employee('055221137', 'athens');
    const r = await clerk.post(`/api/v1/console/appointments/${booked.id}/documents-email`, { text: 'Φέρτε και το παλιό πιστοποιητικό.' });
    expect(r.status).toBe(202);
    const row = await h.knex('notifications').where({ id: r.body.notificationId }).first();
    expect(row).toMatchObject({ kind: 'documents', recipient_email: 'sofia@example.gr', payload: { text: 'Φέρτε και το παλιό πιστοποιητικό.' } });
  });

  it("sends the third person's invitation once per appointment version", async () => {
    const citizen = await h.citizen('045123787');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const slots = await citizen.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=2026-11-27&to=2026-11-27`);
    const booked = await citizen.post('/api/v1/appointments', { municipalityId: m.id, topicId, mode: 'video', start: slots.body.slots[0].start, person, declarations, thirdPerson: { fullName: 'Ελένη Τρίτου', email: 'eleni@example.gr' } });
    expect(await h.knex('notifications').where({ appointment_id: booked.body.id, kind: 'invite_third_person' })).toHaveLength(0); // Athens: the employee sends it
    const clerk = await h.employee('055221137', 'athens');
    const first = await clerk.post(`/api/v1/console/appointments/${booked.body.id}/third-person-invite`);
    const again = await clerk.post(`/api/v1/console/appointments/${booked.body.id}/third-person-invite`);
    expect(first.status).toBe(202);
    expect(again.body).toEqual({ notificationId: first.body.notificationId, alreadyQueued: true });
    const rows = await h.knex('notifications').where({ appointment_id: booked.body.id, kind: 'invite_third_person' });
    expect(rows).toEqual([expect.objectContaining({ recipient_email: 'eleni@example.gr', recipient_name: 'Ελένη Τρίτου' })]);
  });

  it('shows the clerk whose each e-mail is, and an e-mail held back by the daily bound on an address that did not book', async () => {
    const clerk = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topicId = m.topics.find((t) => t.name_en === 'Family status certificate')!.id;
    const flooded = { ...person, email: 'flooded@example.gr' };
    const ids: string[] = [];
    // Desk bookings: the address is not the booker's; the sixth within a day is held back.
    for (let i = 0; i < 6; i++) {
      const slots = await clerk.get(`/api/v1/municipalities/${m.id}/slots?mode=in_person&topicId=${topicId}&from=2026-11-30&to=2026-11-30`);
      const r = await clerk.post('/api/v1/console/appointments', { municipalityId: m.id, topicId, mode: 'in_person', start: slots.body.slots[0].start, person: flooded, declarations }, { 'Idempotency-Key': randomUUID() });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    const fifth = (await clerk.get(`/api/v1/appointments/${ids[4]}`)).body.emails;
    expect(fifth).toContainEqual(expect.objectContaining({ kind: 'confirmation', recipient: flooded.email, role: 'citizen', status: 'pending' }));
    const sixth = (await clerk.get(`/api/v1/appointments/${ids[5]}`)).body.emails;
    expect(sixth).toContainEqual(expect.objectContaining({ kind: 'confirmation', recipient: flooded.email, role: 'citizen', status: 'held_back' }));
    expect(sixth.every((e: { status: string }) => e.status === 'held_back')).toBe(true);
  });

  it('an employee of two municipalities must pick one first', async () => {
    const both = await h.employee('144321982');
    const r = await both.get('/api/v1/console/appointments?date=2026-11-24');
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('municipality_not_selected');
  });
});
