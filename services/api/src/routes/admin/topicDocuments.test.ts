import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { deliverMails } from '../../testing/mails';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');
const declarations = { dataTrue: true, privacyRead: true };
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

async function topic() {
  const m = await h.municipality('athens');
  return { municipalityId: m.id, topicId: m.topics.find((t) => t.name_en === 'Family status certificate')!.id };
}

async function book(c: Awaited<ReturnType<typeof h.citizen>>, path: string, day: string, person: Record<string, unknown>) {
  const q = await topic();
  const slots = await h.client().get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=in_person&topicId=${q.topicId}&from=${day}&to=${day}`);
  const r = await c.post(path, { ...q, mode: 'in_person', start: slots.body.slots[0].start, person, declarations }, { 'Idempotency-Key': randomUUID() });
  expect(r.status).toBe(201);
  return r.body;
}

const documentsMails = (appointmentId: string) => h.knex('notifications').where({ appointment_id: appointmentId, kind: 'documents' }).select('recipient_email', 'payload');

describe('the documents e-mail', () => {
  it('is not sent at booking: the confirmation already lists the documents', async () => {
    const citizen = await h.citizen('068933130');
    const booked = await book(citizen, '/api/v1/appointments', '2026-11-24', { fullName: 'Σοφία Βασιλείου', email: 'sofia@example.gr', phone: '6912345678', language: 'el' });
    expect(await documentsMails(booked.id)).toEqual([]);
    const [confirmation] = await deliverMails(h, booked.id);
    expect(confirmation!.kind).toBe('confirmation');
    expect(confirmation!.text).toContain('Δικαιολογητικά που χρειάζεστε');
    expect(confirmation!.text).toContain(booked.topic.requiredDocuments[0].el);
  });

  it("goes to the people of the topic's upcoming appointments when its list changes, and only then", async () => {
    const citizen = await h.citizen('045123787');
    const upcoming = await book(citizen, '/api/v1/appointments', '2026-11-25', { fullName: 'Νίκος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'en' });
    const clerk = await h.employee('135792468', 'athens');
    const phoneOnly = await book(clerk, '/api/v1/console/appointments', '2026-11-25', { fullName: 'Άννα Τηλεφώνου', phone: '6900000000', language: 'el' });
    const cancelled = await book(citizen, '/api/v1/appointments', '2026-11-26', { fullName: 'Νίκος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' });
    expect((await citizen.post(`/api/v1/appointments/${cancelled.id}/cancel`, {})).status).toBe(200);
    await deliverMails(h, upcoming.id); // the confirmation is out of the way

    const admin = await h.employee('135792468', 'athens');
    const { topicId } = await topic();
    const current = (await admin.get('/api/v1/admin/municipality/topics')).body.find((t: { id: string }) => t.id === topicId);
    // Saving the same list again tells nobody anything.
    expect((await admin.send('PUT', `/api/v1/admin/municipality/topics/${topicId}`, { requiredDocuments: current.requiredDocuments })).status).toBe(200);
    expect(await documentsMails(upcoming.id)).toEqual([]);

    const newList = [...current.requiredDocuments, { el: 'Βεβαίωση μόνιμης κατοικίας', en: 'Certificate of permanent residence' }];
    expect((await admin.send('PUT', `/api/v1/admin/municipality/topics/${topicId}`, { requiredDocuments: newList })).status).toBe(200);
    expect(await documentsMails(upcoming.id)).toEqual([{ recipient_email: 'nikos@example.gr', payload: { listChanged: true } }]);
    expect(await documentsMails(phoneOnly.id)).toEqual([]); // no address
    expect(await documentsMails(cancelled.id)).toEqual([]);

    const [mail] = await deliverMails(h, upcoming.id);
    expect(mail!.kind).toBe('documents');
    expect(mail!.text).toContain('The municipality has changed the documents needed for this service');
    expect(mail!.text).toContain('Certificate of permanent residence');
  });
});
