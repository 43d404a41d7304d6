// The outcome of an appointment over HTTP: the clerk records it in the console,
// the citizen is e-mailed it and sees it in "My appointments"; and the
// citizen's data download, by themselves or by the municipality on request.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDocumented } from '../../openapi/documentedAnswer';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';
import { deliverMails } from '../../testing/mails';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');
// One citizen books several times here; the per-citizen limits have their own tests.
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));
const START = '2026-11-23T08:00:00Z';
const CITIZEN = '045123787';
const CLERK = '055221137';

const person = { fullName: 'Ελένη Αποτελέσματος', email: 'eleni.outcome@example.gr', phone: '2101234567', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

async function book(c: ApiClient, slug: string, day: string, extra: Record<string, unknown> = {}) {
  const m = await h.municipality(slug);
  const topic = m.topics.find((t) => t.modes.includes('video'))!;
  const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=${day}&to=${day}`);
  const r = await c.post('/api/v1/appointments', { municipalityId: m.id, topicId: topic.id, mode: 'video', start: slots.body.slots[0].start, person, declarations, ...extra }, { 'Idempotency-Key': randomUUID() });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; start: string; reference: string };
}

const putOutcome = (c: ApiClient, id: string, body: unknown) => c.send('PUT', `/api/v1/console/appointments/${id}/outcome`, body);

describe('the outcome of an appointment', () => {
  it('the clerk records it after the start; the citizen is e-mailed it and sees it in My appointments', async () => {
    h.clock.set(START);
    const citizen = await h.citizen(CITIZEN);
    const appt = await book(citizen, 'athens', '2026-11-24', { thirdPerson: { fullName: 'Τρίτος Παρών', email: 'tritos@example.gr' } });
    await deliverMails(h, appt.id); // the booking's own e-mails
    const clerk = await h.employee(CLERK, 'athens');
    const outcome = { kind: 'needs_documents', text: 'Η αίτηση καταχωρίστηκε.\nΣτείλτε τα παρακάτω.', documents: ['Βεβαίωση κατοικίας'], followUpOn: '2026-12-04' };

    const early = await putOutcome(clerk, appt.id, outcome);
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ code: 'not_started', message: { el: 'Το ραντεβού δεν έχει αρχίσει ακόμη.', en: 'The appointment has not started yet.' } });

    h.clock.set(new Date(Date.parse(appt.start) + 5 * 60_000).toISOString());
    const clerkNow = await h.employee(CLERK, 'athens');
    const saved = await putOutcome(clerkNow, appt.id, outcome);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ changed: true, citizenNotified: true, outcome: { ...outcome, version: 1 } });
    expectDocumented('put', '/api/v1/console/appointments/{id}/outcome', saved);

    // To the person served only: the third person and the interpreter get nothing of it.
    const mails = (await deliverMails(h, appt.id)).filter((m) => m.kind === 'outcome');
    expect(mails.map((m) => m.role)).toEqual(['citizen']);
    expect(mails[0]!.to).toContain('<eleni.outcome@example.gr>');
    expect(mails[0]!.text).toContain('Χρειάζονται δικαιολογητικά');
    expect(mails[0]!.text).toContain('Βεβαίωση κατοικίας');
    expect(mails[0]!.text).toContain('Επόμενη επικοινωνία έως 4/12/2026.');

    const mine = await (await h.citizen(CITIZEN)).get('/api/v1/me/appointments');
    const listed = [...mine.body.upcoming, ...mine.body.past].find((a: { id: string }) => a.id === appt.id);
    expect(listed.outcome).toMatchObject({ kind: 'needs_documents', documents: ['Βεβαίωση κατοικίας'], followUpOn: '2026-12-04', recordedBy: expect.any(String) });
    const detail = await (await h.citizen(CITIZEN)).get(`/api/v1/appointments/${appt.id}`);
    expect(detail.body.outcome.text).toBe(outcome.text);
    expectDocumented('get', '/api/v1/appointments/{id}', detail);
    expectDocumented('get', '/api/v1/me/appointments', mine);
  });

  it('refuses a wrong outcome with the field and both languages, and text-direction tricks', async () => {
    h.clock.set(START);
    const appt = await book(await h.citizen(CITIZEN), 'athens', '2026-11-25');
    h.clock.set(new Date(Date.parse(appt.start) + 60_000).toISOString());
    const clerk = await h.employee(CLERK, 'athens');

    const noDocuments = await putOutcome(clerk, appt.id, { kind: 'needs_documents' });
    expect(noDocuments.status).toBe(422);
    expect(noDocuments.body.error).toMatchObject({ code: 'invalid_input', field: 'documents', message: { el: expect.stringContaining('δικαιολογητικά'), en: expect.stringContaining('documents') } });
    const bidi = await putOutcome(clerk, appt.id, { kind: 'resolved', documents: ['Έγγραφο \u202Eαπό'] });
    expect(bidi.status).toBe(422);
    expect(bidi.body.error).toMatchObject({ code: 'unsafe_characters', field: 'documents.0' });
    const other = await h.employee('109876540', 'thessaloniki');
    expect((await putOutcome(other, appt.id, { kind: 'resolved' })).status).toBe(404);
    expect(await h.knex('appointment_outcomes').where({ appointment_id: appt.id }).count('* as n').first()).toEqual({ n: 0 });
  });
});

describe('the citizen\'s data download', () => {
  it('by the citizen: a dated JSON file with their appointments, outcomes, e-mails and sessions, without anyone else\'s data or secrets; audited', async () => {
    h.clock.set(START);
    const citizen = await h.citizen(CITIZEN);
    const appt = await book(citizen, 'athens', '2026-11-26', { thirdPerson: { fullName: 'Τρίτος Κρυφός', email: 'tritos.kryfos@example.gr' } });

    const r = await citizen.get('/api/v1/me/export');

    expectDocumented('get', '/api/v1/me/export', r);
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="my-data-2026-11-23.json"');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.person).toMatchObject({ taxId: CITIZEN });
    const mine = r.body.appointments.find((a: { id: string }) => a.id === appt.id);
    expect(mine).toMatchObject({ reference: appt.reference, thirdPersonInvited: true, municipality: { en: expect.any(String) }, person: { email: person.email } });
    expect(mine.emails).toContainEqual(expect.objectContaining({ kind: 'confirmation', to: person.email }));
    expect(mine.history[0]).toMatchObject({ action: 'created', by: 'citizen' });
    // The outcome recorded above, every version of it.
    expect(r.body.appointments.flatMap((a: { outcomes: unknown[] }) => a.outcomes)).toContainEqual(expect.objectContaining({ kind: 'needs_documents', version: 1, documents: ['Βεβαίωση κατοικίας'] }));
    expect(r.body.sessions.length).toBeGreaterThan(0);
    expect(r.body.activity.length).toBeGreaterThan(0);
    const text = JSON.stringify(r.body);
    expect(text).not.toContain('tritos.kryfos@example.gr');
    expect(text).not.toContain('Τρίτος Κρυφός');
    const session = await h.knex('sessions').whereNotNull('user_id').first('id_hash', 'csrf_token');
    expect(text).not.toContain(session.id_hash);
    expect(text).not.toContain(session.csrf_token);
    expect(await h.knex('audit_log').where({ action: 'personal_data_export' }).count('* as n').first()).toEqual({ n: 1 });
  });

  it('by the municipality on request: that municipality\'s appointments only, with the reason in the audit log', async () => {
    h.clock.set(START);
    const citizen = await h.citizen('068933130');
    const athens = await book(citizen, 'athens', '2026-11-27');
    const thess = await book(citizen, 'thessaloniki', '2026-11-27');
    const clerk = await h.employee(CLERK, 'athens');
    const url = `/api/v1/console/appointments/${athens.id}/citizen-export`;

    const noReason = await clerk.post(url, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.field).toBe('reason');

    const r = await clerk.post(url, { reason: 'Αίτημα πρόσβασης, αρ. πρωτ. 1234' });
    expectDocumented('post', '/api/v1/console/appointments/{id}/citizen-export', r, 200);
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="citizen-data-2026-11-23.json"');
    expect(r.body.scope).toMatchObject({ kind: 'municipality' });
    expect(r.body.appointments.map((a: { id: string }) => a.id)).toEqual([athens.id]);
    expect(JSON.stringify(r.body)).not.toContain(thess.reference);
    expect(r.body.sessions).toBeUndefined();
    expect(r.body.person.email).toBeUndefined();
    const user = await h.knex('users').where({ tax_id: '068933130' }).first('id');
    expect(await h.knex('audit_log').where({ action: 'citizen_data_export', subject_id: user.id }).first('actor_kind', 'details')).toEqual({
      actor_kind: 'employee',
      details: { reason: 'Αίτημα πρόσβασης, αρ. πρωτ. 1234', appointments: 1 },
    });
    // Thessaloniki's staff cannot reach Athens' appointment.
    expect((await (await h.employee('109876540', 'thessaloniki')).post(url, { reason: 'Αίτημα πρόσβασης' })).status).toBe(404);
  });

  it('a desk booking not linked to a tax number has no citizen to export', async () => {
    h.clock.set(START);
    const clerk = await h.employee(CLERK, 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.modes.includes('phone'))!;
    const slots = await clerk.get(`/api/v1/municipalities/${m.id}/slots?mode=phone&topicId=${topic.id}&from=2026-11-30&to=2026-11-30`);
    const booked = await clerk.post('/api/v1/console/appointments', { municipalityId: m.id, topicId: topic.id, mode: 'phone', start: slots.body.slots[0].start, person: { fullName: 'Κάποιος Τηλεφωνικός', phone: '2101234567', language: 'el' }, declarations }, { 'Idempotency-Key': randomUUID() });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const r = await clerk.post(`/api/v1/console/appointments/${booked.body.id}/citizen-export`, { reason: 'Αίτημα πρόσβασης' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('no_citizen_account');
  });
});
