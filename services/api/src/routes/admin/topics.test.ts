import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');
const BASE = '/api/v1/admin/municipality';

const athensEmployeeId = async (taxId: string) => (await h.knex('employees as e').join('municipalities as m', 'm.id', 'e.municipality_id').where({ 'm.slug': 'athens', 'e.tax_id': taxId }).first('e.id')).id as string;

describe('topics', () => {
  it('lists all topics of the own municipality with the employees who handle them', async () => {
    const admin = await h.employee('135792468', 'athens');
    const r = await admin.get(`${BASE}/topics`);
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(4);
    const shop = r.body.find((t: { name: { en: string } }) => t.name.en === 'Shop operating licence');
    expect(shop).toMatchObject({ modes: ['in_person', 'video'], durations: { in_person: 40, video: 40 }, active: true });
    expect(shop.employeeIds).toHaveLength(3);
    expect(shop.requiredDocuments[0]).toEqual({ el: 'Αστυνομική ταυτότητα ή διαβατήριο', en: 'Identity card or passport' });
  });

  it('creates a topic with modes, documents and employees; it appears in the public catalogue and its slots', async () => {
    const admin = await h.employee('135792468', 'athens');
    const clerk = await athensEmployeeId('055221137');
    const created = await admin.post(`${BASE}/topics`, {
      name: { el: 'Έκδοση άδειας στάθμευσης', en: 'Parking permit' },
      modes: ['video', 'in_person'],
      durations: { video: 30, in_person: 50 },
      requiredDocuments: [{ el: 'Άδεια κυκλοφορίας', en: 'Vehicle registration' }],
      employeeIds: [clerk],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ modes: ['in_person', 'video'], durations: { in_person: 50, video: 30 }, active: true, employeeIds: [clerk] });
    const m = await h.municipality('athens');
    const catalogue = await h.client().get(`/api/v1/municipalities/${m.id}/topics`);
    expect(catalogue.body.map((t: { id: string }) => t.id)).toContain(created.body.id);
    const slots = await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${created.body.id}&from=2026-11-24&to=2026-11-24`);
    expect(slots.body.durationMinutes).toBe(30);
    expect(slots.body.slots.length).toBeGreaterThan(0);
    const inPerson = await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=in_person&topicId=${created.body.id}&from=2026-11-24&to=2026-11-24`);
    expect(inPerson.body.durationMinutes).toBe(50);
    expect(catalogue.body.find((t: { id: string }) => t.id === created.body.id).durationMinutes).toEqual({ in_person: 50, video: 30 });
    const log = await h.knex('audit_log').where({ action: 'admin_create_topic', subject_id: created.body.id }).first();
    expect(log).toBeTruthy();
  });

  it("changing a topic's length for one mode shows in that mode's public slots only; deactivating hides it", async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
    const slotsUrl = `/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-24&to=2026-11-24`;
    expect((await h.client().get(slotsUrl)).body.durationMinutes).toBe(20);
    const r = await admin.send('PUT', `${BASE}/topics/${topic.id}`, { durations: { video: 45, phone: null } });
    expect(r.status).toBe(200);
    expect(r.body.durations).toEqual({ video: 45 });
    const after = await h.client().get(slotsUrl);
    expect(after.body.durationMinutes).toBe(45);
    const first = after.body.slots[0];
    expect(new Date(first.end).getTime() - new Date(first.start).getTime()).toBe(45 * 60_000);
    // The other modes keep the municipality's lengths.
    expect((await h.client().get(slotsUrl.replace('mode=video', 'mode=phone'))).body.durationMinutes).toBe(15);
    expect((await h.client().get(slotsUrl.replace('mode=video', 'mode=in_person'))).body.durationMinutes).toBe(20);

    expect((await admin.send('PUT', `${BASE}/topics/${topic.id}`, { active: false })).body.active).toBe(false);
    expect((await h.client().get(slotsUrl)).status).toBe(404);
    expect((await admin.send('PUT', `${BASE}/topics/${topic.id}`, { active: true, durations: {} })).body.durations).toEqual({});
  });

  it('replaces the employees who handle a topic in one go; nobody left means no slots', async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Registration in the municipal roll')!;
    const only = await athensEmployeeId('055221137');
    const r = await admin.send('PUT', `${BASE}/topics/${topic.id}`, { employeeIds: [only] });
    expect(r.body.employeeIds).toEqual([only]);
    expect(await h.knex('employee_topics').where({ topic_id: topic.id }).pluck('employee_id')).toEqual([only]);
    const employees = await h.client().get(`/api/v1/municipalities/${m.id}/employees?topicId=${topic.id}&mode=video`);
    expect(employees.body.map((e: { id: string }) => e.id)).toEqual([only]);
    await admin.send('PUT', `${BASE}/topics/${topic.id}`, { employeeIds: [] });
    const slots = await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-24&to=2026-11-24`);
    expect(slots.body.slots).toEqual([]);
  });

  it.each([
    [{ name: { el: 'Α', en: '' }, modes: ['video'] }, 'name.en'],
    [{ name: { el: 'Α', en: 'A' }, modes: [] }, 'modes'],
    [{ name: { el: 'Α', en: 'A' }, modes: ['video'], durations: { video: 181 } }, 'durations.video'],
    [{ name: { el: 'Α', en: 'A' }, modes: ['video'], durations: { fax: 20 } }, 'durations'],
    [{ name: { el: 'Α', en: 'A' }, modes: ['video'], requiredDocuments: [{ el: 'x' }] }, 'requiredDocuments.0.en'],
    [{ name: { el: 'Α', en: 'A' }, modes: ['video'], employeeIds: ['nope'] }, 'employeeIds.0'],
  ])('rejects %j with 422 naming %s', async (input, field) => {
    const admin = await h.employee('135792468', 'athens');
    const r = await admin.post(`${BASE}/topics`, input);
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe(field);
  });

  it('refuses modes the municipality does not offer and employees of another municipality', async () => {
    const thess = await h.employee('109876540', 'thessaloniki');
    const phone = await thess.post(`${BASE}/topics`, { name: { el: 'Α', en: 'A' }, modes: ['phone'] });
    expect(phone.status).toBe(422);
    expect(phone.body.error).toMatchObject({ code: 'mode_not_offered', field: 'modes' });
    const foreign = await thess.post(`${BASE}/topics`, { name: { el: 'Α', en: 'A' }, modes: ['video'], employeeIds: [await athensEmployeeId('055221137')] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error).toMatchObject({ code: 'unknown_employee', field: 'employeeIds' });
  });

  it('the Thessaloniki admin can neither see nor change an Athens topic', async () => {
    const thess = await h.employee('109876540', 'thessaloniki');
    const athens = await h.municipality('athens');
    const topic = athens.topics[0]!;
    expect((await thess.get(`${BASE}/topics`)).body.map((t: { id: string }) => t.id)).not.toContain(topic.id);
    expect((await thess.get(`${BASE}/topics/${topic.id}`)).status).toBe(404);
    const r = await thess.send('PUT', `${BASE}/topics/${topic.id}`, { name: { el: 'Χ', en: 'X' } });
    expect(r.status).toBe(404);
    expect((await thess.send('DELETE', `${BASE}/topics/${topic.id}`)).status).toBe(404);
    expect((await h.knex('topics').where({ id: topic.id }).first()).name_en).toBe(topic.name_en);
  });

  it('deletes a never-booked topic; a booked one must be deactivated instead', async () => {
    const admin = await h.employee('135792468', 'athens');
    const created = await admin.post(`${BASE}/topics`, { name: { el: 'Προσωρινό', en: 'Temporary' }, modes: ['phone'] });
    expect((await admin.send('DELETE', `${BASE}/topics/${created.body.id}`)).status).toBe(204);
    expect(await h.knex('topics').where({ id: created.body.id }).first()).toBeUndefined();

    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Shop operating licence')!;
    const citizen = await h.citizen('068933130');
    const slots = await citizen.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-26&to=2026-11-26`);
    const booked = await citizen.post('/api/v1/appointments', {
      municipalityId: m.id,
      topicId: topic.id,
      mode: 'video',
      start: slots.body.slots[0].start,
      person: { fullName: 'Σοφία Βασιλείου', email: 'sofia@example.gr', phone: '6912345678' },
      declarations: { dataTrue: true, privacyRead: true },
    });
    expect(booked.status).toBe(201);
    const r = await admin.send('DELETE', `${BASE}/topics/${topic.id}`);
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'topic_in_use', count: 1 });
  });
});

describe("interpreters of the municipality's pool", () => {
  it('creates, updates and deletes an own interpreter; never sees the shared pool or another municipality', async () => {
    const admin = await h.employee('135792468', 'athens');
    const list = await admin.get(`${BASE}/interpreters`);
    expect(list.body.map((i: { fullName: string }) => i.fullName)).toEqual(['Γιώργος Παππάς (ΕΝΓ)']);
    const hours = { '1': [{ start: '09:00', end: '12:00' }] };
    const created = await admin.post(`${BASE}/interpreters`, { fullName: 'Άννα Λιάπη', email: 'anna@example.gr', kinds: ['lip_reading', 'gsl'], workingHours: hours });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kinds: ['gsl', 'lip_reading'], workingHours: hours, timeZone: 'Europe/Athens', active: true });
    const updated = await admin.send('PUT', `${BASE}/interpreters/${created.body.id}`, { kinds: ['gsl'], active: false });
    expect(updated.body).toMatchObject({ kinds: ['gsl'], active: false, fullName: 'Άννα Λιάπη' });

    expect((await admin.post(`${BASE}/interpreters`, { fullName: 'Άννα Λιάπη', email: 'anna@example.gr', kinds: ['asl'], workingHours: hours })).body.error.field).toBe('kinds.0');
    expect((await admin.post(`${BASE}/interpreters`, { fullName: 'Άννα Λιάπη', email: 'anna@example.gr', kinds: ['gsl'], workingHours: hours, timeZone: 'Mars/Base' })).body.error.field).toBe('timeZone');

    const thess = await h.employee('109876540', 'thessaloniki');
    expect((await thess.get(`${BASE}/interpreters`)).body).toEqual([]);
    expect((await thess.send('PUT', `${BASE}/interpreters/${created.body.id}`, { active: true })).status).toBe(404);
    const shared = await h.knex('interpreters').whereNull('municipality_id').first('id');
    expect((await admin.send('DELETE', `${BASE}/interpreters/${shared.id}`)).status).toBe(404);

    expect((await admin.send('DELETE', `${BASE}/interpreters/${created.body.id}`)).status).toBe(204);
    expect(await h.knex('audit_log').where({ subject_id: created.body.id }).orderBy('id').pluck('action')).toEqual(['admin_create_interpreter', 'admin_update_interpreter', 'admin_delete_interpreter']);
  });
});
