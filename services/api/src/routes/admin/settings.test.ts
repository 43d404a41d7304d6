import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Monday 23 Nov 2026, 10:00 in Athens.
const h = useApiHarness('2026-11-23T08:00:00Z');
const BASE = '/api/v1/admin/municipality';

async function athensSlots(day: string) {
  const m = await h.municipality('athens');
  const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
  const r = await h.client().get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=${day}&to=${day}`);
  expect(r.status).toBe(200);
  return r.body.slots as { start: string; end: string }[];
}

describe('who may use the admin API', () => {
  it('answers 401 signed out, 403 to a citizen and to a non-admin employee', async () => {
    expect((await h.client().get(BASE)).status).toBe(401);
    const citizen = await h.citizen('045123787');
    expect((await citizen.get(BASE)).status).toBe(403);
    const clerk = await h.employee('055221137', 'athens');
    const r = await clerk.get(BASE);
    expect(r.status).toBe(403);
    expect(r.body.error.message.el).toBeTruthy();
    expect((await clerk.send('PUT', BASE, { bufferMinutes: 0 })).status).toBe(403);
    expect((await clerk.post(`${BASE}/closures`, { date: '2026-12-01', label: 'x' })).status).toBe(403);
    expect((await clerk.get(`${BASE}/employees`)).status).toBe(403);
  });

  it('shows each admin only their own municipality', async () => {
    const athens = await h.employee('135792468', 'athens');
    const thess = await h.employee('109876540', 'thessaloniki');
    expect((await athens.get(BASE)).body.slug).toBe('athens');
    expect((await thess.get(BASE)).body.slug).toBe('thessaloniki');
  });
});

describe('municipality settings', () => {
  it('reads the full settings and updates the fields sent, with an audit row', async () => {
    const admin = await h.employee('135792468', 'athens');
    const before = await admin.get(BASE);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      name: { el: 'Δήμος Αθηναίων', en: 'Municipality of Athens' },
      timeZone: 'Europe/Athens',
      modes: ['in_person', 'phone', 'video'],
      durations: { in_person: 20, phone: 15, video: 20 },
      bookingWindowDays: 60,
      bufferMinutes: 5,
      holdMinutes: 10,
      reminderOffsetsMinutes: [1440, 60],
      allowThirdPerson: true,
      publicHolidaysClosed: true,
    });
    expect(before.body.openingHours['1']).toEqual([{ start: '08:00', end: '15:00' }]);

    const r = await admin.send('PUT', BASE, { holdMinutes: 7, reminderOffsetsMinutes: [60, 2880], phone: '+30 210 111 2222', name: { el: 'Δήμος Αθηναίων', en: 'City of Athens' } });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ holdMinutes: 7, reminderOffsetsMinutes: [2880, 60], phone: '+30 210 111 2222', name: { en: 'City of Athens' }, bufferMinutes: 5 });
    expect((await admin.get(BASE)).body.holdMinutes).toBe(7);
    const log = await h.knex('audit_log').where({ action: 'admin_update_settings' }).orderBy('id', 'desc').first();
    expect(log).toMatchObject({ actor_kind: 'employee', subject_kind: 'municipality', subject_id: r.body.id });
    expect(JSON.stringify(log.details)).not.toContain('210 111'); // ids and field names only
  });

  it.each([
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [{ durations: { video: 200 } }, 'durations.video'],
    [{ durations: { video: 4 } }, 'durations.video'],
    [{ holdMinutes: 1 }, 'holdMinutes'],
    [{ holdMinutes: 31 }, 'holdMinutes'],
    [{ bookingWindowDays: 0 }, 'bookingWindowDays'],
    [{ bookingWindowDays: 366 }, 'bookingWindowDays'],
    [{ reminderOffsetsMinutes: [0] }, 'reminderOffsetsMinutes.0'],
    [{ reminderOffsetsMinutes: [10081] }, 'reminderOffsetsMinutes.0'],
    [{ reminderOffsetsMinutes: [10, 20, 30, 40, 50] }, 'reminderOffsetsMinutes'],
    [{ modes: ['fax'] }, 'modes.0'],
    [{ openingHours: { '1': [{ start: '15:00', end: '08:00' }] } }, 'openingHours.1.0.end'],
    [{ email: 'not-an-address' }, 'email'],
    [{ durations: { in_person: 20, video: 20 } }, 'durations.phone'],
  ])('rejects %j with 422 naming %s, changing nothing', async (patch, field) => {
    const admin = await h.employee('135792468', 'athens');
    const before = (await admin.get(BASE)).body;
    const r = await admin.send('PUT', BASE, patch);
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe(field);
    expect(r.body.error.message.el).toContain(field);
    expect((await admin.get(BASE)).body).toEqual(before);
  });

  it('changing the opening hours changes the free slots', async () => {
    const admin = await h.employee('135792468', 'athens');
    const original = (await admin.get(BASE)).body.openingHours;
    expect((await athensSlots('2026-11-24')).at(-1)!.end).toBe('2026-11-24T13:00:00.000Z'); // 15:00 Athens
    const shorter = { ...original, '2': [{ start: '08:00', end: '10:00' }] };
    expect((await admin.send('PUT', BASE, { openingHours: shorter })).status).toBe(200);
    const slots = await athensSlots('2026-11-24');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.at(-1)!.end <= '2026-11-24T08:00:00.000Z').toBe(true);
    expect((await admin.send('PUT', BASE, { openingHours: original })).status).toBe(200);
  });
});

describe('closures and holidays', () => {
  it('a one-off closure removes that day from the slots; deleting it brings them back', async () => {
    const admin = await h.employee('135792468', 'athens');
    expect((await athensSlots('2026-11-25')).length).toBeGreaterThan(0);
    const created = await admin.post(`${BASE}/closures`, { date: '2026-11-25', label: 'Απολύμανση κτιρίου / Disinfection' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ date: '2026-11-25', recurringYearly: false, label: 'Απολύμανση κτιρίου / Disinfection' });
    expect(await athensSlots('2026-11-25')).toEqual([]);

    const list = await admin.get(`${BASE}/closures`);
    // The demo's local feast: Άγιος Διονύσιος Αρεοπαγίτης, Athens' patron saint, on 3 October every year.
    expect(list.body.map((c: { date: string }) => c.date)).toEqual(['2026-10-03', '2026-11-25']);
    const feast = (await admin.get(`${BASE}/holidays?year=2027`)).body.days.find((d: { name: { el: string } }) => d.name.el.startsWith('Άγιος Διονύσιος'));
    expect(feast).toMatchObject({ date: '2027-10-03', kind: 'closure', recurringYearly: true, closed: true });

    expect((await admin.send('DELETE', `${BASE}/closures/${created.body.id}`)).status).toBe(204);
    expect((await athensSlots('2026-11-25')).length).toBeGreaterThan(0);
    expect(await h.knex('audit_log').whereIn('action', ['admin_create_closure', 'admin_delete_closure']).pluck('action')).toEqual(['admin_create_closure', 'admin_delete_closure']);
  });

  it('rejects a bad closure with 422 naming the field', async () => {
    const admin = await h.employee('135792468', 'athens');
    const r = await admin.post(`${BASE}/closures`, { date: '25/11/2026', label: 'x' });
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe('date');
    expect((await admin.post(`${BASE}/closures`, { date: '2026-11-25', label: '' })).body.error.field).toBe('label');
  });

  it('lists the Greek public holidays of a year merged with the local closures', async () => {
    const admin = await h.employee('135792468', 'athens');
    await admin.post(`${BASE}/closures`, { date: '2026-06-11', recurringYearly: true, label: 'Τοπική γιορτή / Local feast' });
    const r = await admin.get(`${BASE}/holidays?year=2027`);
    expect(r.status).toBe(200);
    expect(r.body.year).toBe(2027);
    const byDate = new Map(r.body.days.map((d: { date: string }) => [d.date, d]));
    // Orthodox Easter 2027 is 2 May: Good Friday 30 April, Easter Monday 3 May, Whit Monday 21 June.
    expect(byDate.get('2027-04-30')).toMatchObject({ kind: 'public_holiday', closed: true });
    expect(byDate.get('2027-05-03')).toMatchObject({ kind: 'public_holiday' });
    expect(byDate.get('2027-06-21')).toMatchObject({ kind: 'public_holiday' });
    expect(byDate.get('2027-03-25')).toMatchObject({ kind: 'public_holiday' });
    expect(byDate.get('2027-06-11')).toMatchObject({ kind: 'closure', recurringYearly: true, closed: true, name: { el: 'Τοπική γιορτή / Local feast' } });
    expect(byDate.get('2027-01-01')).toBeTruthy();
    const dates = r.body.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect((await admin.get(`${BASE}/holidays?year=abc`)).body.error.field).toBe('year');
  });
});

describe('offices', () => {
  it('creates, lists, updates and deletes an office of the own municipality only', async () => {
    const admin = await h.employee('135792468', 'athens');
    const created = await admin.post(`${BASE}/offices`, { name: 'ΚΕΠ Πατησίων', address: 'Πατησίων 100, Αθήνα', floor: '2ος', directions: null });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'ΚΕΠ Πατησίων', floor: '2ος', directions: null });
    const updated = await admin.send('PUT', `${BASE}/offices/${created.body.id}`, { directions: 'Στάση Αγ. Νικόλαος' });
    expect(updated.body).toMatchObject({ name: 'ΚΕΠ Πατησίων', directions: 'Στάση Αγ. Νικόλαος' });
    expect((await admin.get(`${BASE}/offices`)).body.map((o: { name: string }) => o.name)).toContain('ΚΕΠ Πατησίων');

    const thess = await h.employee('109876540', 'thessaloniki');
    expect((await thess.get(`${BASE}/offices`)).body.map((o: { name: string }) => o.name)).not.toContain('ΚΕΠ Πατησίων');
    expect((await thess.send('PUT', `${BASE}/offices/${created.body.id}`, { name: 'hijack' })).status).toBe(404);
    expect((await thess.send('DELETE', `${BASE}/offices/${created.body.id}`)).status).toBe(404);

    expect((await admin.post(`${BASE}/offices`, { name: 'X' })).body.error.field).toBe('address');
    expect((await admin.send('DELETE', `${BASE}/offices/${created.body.id}`)).status).toBe(204);
    expect((await admin.send('DELETE', `${BASE}/offices/${created.body.id}`)).status).toBe(404);
    expect((await admin.send('DELETE', `${BASE}/offices/not-a-uuid`)).status).toBe(422);
  });
});

describe('bad input never answers 500', () => {
  it('every admin write answers 4xx to junk bodies', async () => {
    const admin = await h.employee('135792468', 'athens');
    const topic = (await h.municipality('athens')).topics[0]!.id;
    const employee = (await admin.get(`${BASE}/employees`)).body[0].id;
    const writes: [string, string][] = [
      ['PUT', BASE],
      ['POST', `${BASE}/closures`],
      ['POST', `${BASE}/offices`],
      ['POST', `${BASE}/topics`],
      ['PUT', `${BASE}/topics/${topic}`],
      ['POST', `${BASE}/employees`],
      ['PUT', `${BASE}/employees/${employee}`],
      ['POST', `${BASE}/employees/${employee}/absences`],
      ['POST', `${BASE}/interpreters`],
      ['POST', '/api/v1/platform/municipalities'],
    ];
    const junk = [null, [], 42, { name: 5, modes: 'video', openingHours: [], durations: { x: 1 }, employeeIds: 'a', topicIds: [1], workingHours: { '8': [] } }];
    for (const [method, path] of writes) {
      for (const body of junk) {
        const r = await admin.send(method, path, body);
        expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
        expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    expect((await admin.get(`${BASE}/topics/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`)).status).toBe(404);
  });
});
