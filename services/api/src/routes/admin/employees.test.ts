import { beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';
import { firstDayOutside } from '@muni/appointments';

const h = useApiHarness('2026-11-23T08:00:00Z');
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));
const BASE = '/api/v1/admin/municipality';

/** A valid ΑΦΜ from eight digits (the ninth is the check digit). */
function afm(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * 2 ** (8 - i);
  return `${first8}${(sum % 11) % 10}`;
}

const employeeOf = async (slug: string, taxId: string) =>
  (await h.knex('employees as e').join('municipalities as m', 'm.id', 'e.municipality_id').where({ 'm.slug': slug, 'e.tax_id': taxId }).first('e.id')).id as string;

const newEmployee = (taxId: string, extra: Record<string, unknown> = {}) => ({ taxId, fullName: 'Ιωάννα Καλογήρου', email: 'i.kalogirou@example.gr', modes: ['video'], ...extra });

describe('working hours within opening hours (pure)', () => {
  const open = { '1': [{ start: '08:00', end: '12:00' }, { start: '17:00', end: '19:00' }] };
  it('accepts hours inside any opening range and names the first day outside', () => {
    expect(firstDayOutside({ '1': [{ start: '09:00', end: '11:00' }, { start: '17:00', end: '18:00' }] }, open)).toBeNull();
    expect(firstDayOutside({ '1': [{ start: '11:00', end: '13:00' }] }, open)).toBe('1');
    expect(firstDayOutside({ '2': [{ start: '09:00', end: '10:00' }] }, open)).toBe('2');
  });
});

describe('employees', () => {
  it('lists the employees of the own municipality with their topics', async () => {
    const admin = await h.employee('135792468', 'athens');
    const r = await admin.get(`${BASE}/employees`);
    expect(r.status).toBe(200);
    expect(r.body.map((e: { taxId: string }) => e.taxId).sort()).toEqual(['055221137', '135792468', '144321982']);
    const maria = r.body.find((e: { taxId: string }) => e.taxId === '135792468');
    expect(maria).toMatchObject({ fullName: 'Μαρία Γεωργίου', isAdmin: true, active: true, workingHours: null });
    expect(maria.topicIds).toHaveLength(4);
  });

  it('creates an employee with topics and hours, then updates them', async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
    const hours = { '1': [{ start: '09:00', end: '13:00' }] };
    const created = await admin.post(`${BASE}/employees`, newEmployee(afm('12345678'), { topicIds: [topic.id], workingHours: hours }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ taxId: afm('12345678'), modes: ['video'], workingHours: hours, isAdmin: false, active: true, topicIds: [topic.id], officeId: null });

    const office = await h.knex('offices').where({ municipality_id: m.id }).first('id');
    const updated = await admin.send('PUT', `${BASE}/employees/${created.body.id}`, { modes: ['video', 'phone'], officeId: office.id, isAdmin: true, topicIds: [] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ modes: ['phone', 'video'], officeId: office.id, isAdmin: true, topicIds: [], workingHours: hours });
    expect((await admin.get(`${BASE}/employees/${created.body.id}`)).body.isAdmin).toBe(true);
    expect(await h.knex('audit_log').where({ subject_id: created.body.id }).orderBy('id').pluck('action')).toEqual(['admin_create_employee', 'admin_update_employee']);
  });

  it('refuses an invalid ΑΦΜ with 422 and a duplicate one with 409', async () => {
    const admin = await h.employee('135792468', 'athens');
    const bad = await admin.post(`${BASE}/employees`, newEmployee('123456789'));
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ field: 'taxId', code: 'invalid_afm' });
    expect((await admin.post(`${BASE}/employees`, newEmployee('12345'))).body.error.field).toBe('taxId');
    const dup = await admin.post(`${BASE}/employees`, newEmployee('055221137'));
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('employee_exists');
    expect(dup.body.error.message.el).toMatch(/ΑΦΜ/);
    // The same person may work for another municipality too.
    const thess = await h.employee('109876540', 'thessaloniki');
    expect((await thess.post(`${BASE}/employees`, newEmployee('055221137'))).status).toBe(201);
  });

  it('rejects working hours outside the opening hours naming the weekday', async () => {
    const admin = await h.employee('135792468', 'athens');
    const id = await employeeOf('athens', '055221137');
    const r = await admin.send('PUT', `${BASE}/employees/${id}`, { workingHours: { '1': [{ start: '08:00', end: '12:00' }], '6': [{ start: '09:00', end: '12:00' }] } });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: 'hours_outside_opening', field: 'workingHours.6', weekday: '6' });
    expect(r.body.error.message.el).toContain('Σάββατο');
    expect(r.body.error.message.en).toContain('Saturday');
    const late = await admin.send('PUT', `${BASE}/employees/${id}`, { workingHours: { '2': [{ start: '14:00', end: '16:00' }] } });
    expect(late.body.error.field).toBe('workingHours.2');
    expect((await h.knex('employees').where({ id }).first('working_hours')).working_hours).toBeNull();
  });

  it.each([
    [{ email: 'x' }, 'email'],
    [{ modes: ['teleport'] }, 'modes.0'],
    [{ officeId: 'nope' }, 'officeId'],
    [{ workingHours: { '1': [{ start: '9:00', end: '12:00' }] } }, 'workingHours.1.0.start'],
    [{ fullName: 'A' }, 'fullName'],
  ])('rejects an update %j with 422 naming %s', async (patch, field) => {
    const admin = await h.employee('135792468', 'athens');
    const r = await admin.send('PUT', `${BASE}/employees/${await employeeOf('athens', '055221137')}`, patch);
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe(field);
  });

  it('refuses topics and offices of another municipality', async () => {
    const admin = await h.employee('135792468', 'athens');
    const thess = await h.municipality('thessaloniki');
    const id = await employeeOf('athens', '055221137');
    const topic = await admin.send('PUT', `${BASE}/employees/${id}`, { topicIds: [thess.topics[0]!.id] });
    expect(topic.body.error).toMatchObject({ code: 'unknown_topic', field: 'topicIds' });
    const office = await h.knex('offices').where({ municipality_id: thess.id }).first('id');
    expect((await admin.send('PUT', `${BASE}/employees/${id}`, { officeId: office.id })).body.error.field).toBe('officeId');
  });

  it('new working hours change the slots offered with that employee', async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
    const id = await employeeOf('athens', '135792468');
    const url = `/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-24&to=2026-11-24&employeeId=${id}`;
    expect((await h.client().get(url)).body.slots[0].start).toBe('2026-11-24T06:00:00.000Z'); // 08:00
    await admin.send('PUT', `${BASE}/employees/${id}`, { workingHours: { '2': [{ start: '12:00', end: '15:00' }] } });
    const slots = (await h.client().get(url)).body.slots;
    expect(slots[0].start).toBe('2026-11-24T10:00:00.000Z'); // 12:00
    await admin.send('PUT', `${BASE}/employees/${id}`, { workingHours: null });
  });

  it('an admin cannot demote or deactivate themselves', async () => {
    const admin = await h.employee('135792468', 'athens');
    const self = await employeeOf('athens', '135792468');
    const r = await admin.send('PUT', `${BASE}/employees/${self}`, { isAdmin: false });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('cannot_demote_self');
  });

  it('refuses to deactivate an employee with future booked appointments, telling how many', async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
    const clerk = await employeeOf('athens', '055221137');
    const citizen = await h.citizen('112233441');
    const slots = (await citizen.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-27&to=2026-11-27&employeeId=${clerk}`)).body.slots;
    // Two slots far apart: the first booking (plus buffer) must not block the second.
    for (const slot of [slots[0], slots[4]]) {
      const r = await citizen.post('/api/v1/appointments', {
        municipalityId: m.id,
        topicId: topic.id,
        mode: 'video',
        start: slot.start,
        requestedEmployeeId: clerk,
        person: { fullName: 'Αικατερίνη Κωνσταντινίδου', email: 'k@example.gr', phone: '6912345678' },
        declarations: { dataTrue: true, privacyRead: true },
      });
      expect(r.body.employee.id).toBe(clerk);
    }
    const r = await admin.send('PUT', `${BASE}/employees/${clerk}`, { active: false });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'employee_has_appointments', count: 2 });
    expect(r.body.error.message.el).toContain('2');
    expect((await h.knex('employees').where({ id: clerk }).first('active')).active).toBe(true);

    // Without appointments the deactivation goes through, and the employee can no longer act for Athens.
    const other = await admin.post(`${BASE}/employees`, newEmployee(afm('22334455')));
    expect((await admin.send('PUT', `${BASE}/employees/${other.body.id}`, { active: false })).body.active).toBe(false);
  });

  it('the Thessaloniki admin cannot read or change Athens employees', async () => {
    const thess = await h.employee('109876540', 'thessaloniki');
    const id = await employeeOf('athens', '055221137');
    expect((await thess.get(`${BASE}/employees/${id}`)).status).toBe(404);
    expect((await thess.send('PUT', `${BASE}/employees/${id}`, { isAdmin: true })).status).toBe(404);
    expect((await thess.get(`${BASE}/employees/${id}/absences`)).status).toBe(404);
    expect((await thess.post(`${BASE}/employees/${id}/absences`, { start: '2026-12-01T08:00:00Z', end: '2026-12-01T12:00:00Z' })).status).toBe(404);
    expect((await h.knex('employees').where({ id }).first('is_admin')).is_admin).toBe(false);
    // 144321982 works for both: the Athens record is not the Thessaloniki one.
    expect((await thess.get(`${BASE}/employees/${await employeeOf('athens', '144321982')}`)).status).toBe(404);
  });
});

describe('absences', () => {
  it('an absence removes that time from the employee\'s slots; deleting it restores them', async () => {
    const admin = await h.employee('135792468', 'athens');
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.name_en === 'Family status certificate')!;
    const id = await employeeOf('athens', '135792468');
    const url = `/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=2026-11-30&to=2026-11-30&employeeId=${id}`;
    const before = (await h.client().get(url)).body.slots.length;
    expect(before).toBeGreaterThan(0);

    const created = await admin.post(`${BASE}/employees/${id}/absences`, { start: '2026-11-30T00:00:00+02:00', end: '2026-12-01T00:00:00+02:00', reason: 'Άδεια' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ start: '2026-11-29T22:00:00.000Z', end: '2026-11-30T22:00:00.000Z', reason: 'Άδεια', overlappingAppointments: 0 });
    expect((await h.client().get(url)).body.slots).toEqual([]);
    expect((await admin.get(`${BASE}/employees/${id}/absences`)).body.map((a: { id: string }) => a.id)).toEqual([created.body.id]);

    const bad = await admin.post(`${BASE}/employees/${id}/absences`, { start: '2026-12-02T10:00:00Z', end: '2026-12-02T09:00:00Z' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.field).toBe('end');
    expect((await admin.post(`${BASE}/employees/${id}/absences`, { start: 'tomorrow', end: '2026-12-02T09:00:00Z' })).body.error.field).toBe('start');

    const thess = await h.employee('109876540', 'thessaloniki');
    expect((await thess.send('DELETE', `${BASE}/employees/${id}/absences/${created.body.id}`)).status).toBe(404);
    expect((await admin.send('DELETE', `${BASE}/employees/${id}/absences/${created.body.id}`)).status).toBe(204);
    expect((await h.client().get(url)).body.slots.length).toBe(before);
  });
});
