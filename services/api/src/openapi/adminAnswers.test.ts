import { describe, it } from 'vitest';
import { useApiHarness } from '../testing/harness';
import { expectDocumented } from './documentedAnswer';

// Every admin answer, as the routes really send it, against the OpenAPI
// document the web's admin types are generated from.

const h = useApiHarness('2026-11-23T08:00:00Z');
const BASE = '/api/v1/admin/municipality';
const P = '/api/v1/platform';
const hours = { '1': [{ start: '09:00', end: '12:00' }] };

describe('the admin answers are the documented ones', () => {
  it('settings, closures and the closed days of a year', async () => {
    const admin = await h.employee('135792468', 'athens');
    expectDocumented('get', BASE, await admin.get(BASE));
    expectDocumented('put', BASE, await admin.send('PUT', BASE, { bufferMinutes: 5, phone: null }));
    const closure = await admin.post(`${BASE}/closures`, { date: '2026-06-11', recurringYearly: true, label: 'Τοπική γιορτή / Local feast' });
    expectDocumented('post', `${BASE}/closures`, closure);
    expectDocumented('get', `${BASE}/closures`, await admin.get(`${BASE}/closures`));
    expectDocumented('get', `${BASE}/holidays`, await admin.get(`${BASE}/holidays?year=2027`));
  });

  it('offices, topics, employees and their absences, interpreters', async () => {
    const admin = await h.employee('135792468', 'athens');
    const office = await admin.post(`${BASE}/offices`, { name: 'ΚΕΠ Πατησίων', address: 'Πατησίων 100, Αθήνα', floor: null, directions: 'Είσοδος από την πλάγια πόρτα' });
    expectDocumented('post', `${BASE}/offices`, office);
    expectDocumented('put', `${BASE}/offices/{id}`, await admin.send('PUT', `${BASE}/offices/${office.body.id}`, { floor: '2ος' }));
    expectDocumented('get', `${BASE}/offices`, await admin.get(`${BASE}/offices`));

    const topic = await admin.post(`${BASE}/topics`, { name: { el: 'Άδεια στάθμευσης', en: 'Parking permit' }, modes: ['video'], requiredDocuments: [{ el: 'Άδεια κυκλοφορίας', en: 'Vehicle registration' }] });
    expectDocumented('post', `${BASE}/topics`, topic);
    expectDocumented('put', `${BASE}/topics/{id}`, await admin.send('PUT', `${BASE}/topics/${topic.body.id}`, { durations: { video: 30 } }));
    expectDocumented('get', `${BASE}/topics/{id}`, await admin.get(`${BASE}/topics/${topic.body.id}`));
    expectDocumented('get', `${BASE}/topics`, await admin.get(`${BASE}/topics`));

    const employee = await admin.post(`${BASE}/employees`, { taxId: '123456783', fullName: 'Ιωάννα Καλογήρου', email: 'i.kalogirou@example.gr', modes: ['video'], workingHours: hours, topicIds: [topic.body.id] });
    expectDocumented('post', `${BASE}/employees`, employee);
    expectDocumented('put', `${BASE}/employees/{id}`, await admin.send('PUT', `${BASE}/employees/${employee.body.id}`, { officeId: office.body.id, workingHours: null }));
    expectDocumented('get', `${BASE}/employees/{id}`, await admin.get(`${BASE}/employees/${employee.body.id}`));
    expectDocumented('get', `${BASE}/employees`, await admin.get(`${BASE}/employees`));
    const absences = `${BASE}/employees/${employee.body.id}/absences`;
    expectDocumented('post', `${BASE}/employees/{id}/absences`, await admin.post(absences, { start: '2026-11-30T00:00:00+02:00', end: '2026-12-01T00:00:00+02:00', reason: 'Άδεια' }));
    expectDocumented('post', `${BASE}/employees/{id}/absences`, await admin.post(absences, { start: '2026-12-02T08:00:00Z', end: '2026-12-02T10:00:00Z' }));
    expectDocumented('get', `${BASE}/employees/{id}/absences`, await admin.get(absences));

    const interpreter = await admin.post(`${BASE}/interpreters`, { fullName: 'Άννα Λιάπη', email: 'anna@example.gr', kinds: ['lip_reading', 'gsl'], workingHours: hours });
    expectDocumented('post', `${BASE}/interpreters`, interpreter);
    expectDocumented('put', `${BASE}/interpreters/{id}`, await admin.send('PUT', `${BASE}/interpreters/${interpreter.body.id}`, { kinds: ['gsl'], active: false }));
    expectDocumented('get', `${BASE}/interpreters`, await admin.get(`${BASE}/interpreters`));
  });

  it('the platform admin\'s switch, list and onboarding', async () => {
    const c = await h.citizen('028765436');
    await h.knex('users').where({ tax_id: '028765436' }).update({ platform_admin: true });
    expectDocumented('post', `${P}/act-as-admin`, await c.post(`${P}/act-as-admin`, {}), 200);
    const created = await c.post(`${P}/municipalities`, {
      slug: 'patras',
      name: { el: 'Δήμος Πατρέων', en: 'Municipality of Patras' },
      admin: { taxId: '144321982', fullName: 'Ευαγγελία Μιχαηλίδου', email: 'e.michailidou@example.gr' },
    });
    expectDocumented('post', `${P}/municipalities`, created);
    expectDocumented('get', `${P}/municipalities`, await c.get(`${P}/municipalities`));
  });
});
