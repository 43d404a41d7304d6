import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../testing/harness';
import { expectDocumented } from './documentedAnswer';

// The joining flow's and the platform admin's answers, as the routes really
// send them, against the OpenAPI document the web's platform types come from.

const h = useApiHarness('2026-11-23T08:00:00Z');
const P = '/api/v1/platform';
const J = '/api/v1/admin/municipality/joining';

describe('the platform answers are the documented ones', () => {
  it('the joining form, the review and its steps, admins, the pool and the audit log', async () => {
    const c = await h.citizen('028765436');
    await h.knex('users').where({ tax_id: '028765436' }).update({ platform_admin: true });
    expectDocumented('post', `${P}/act-as-admin`, await c.post(`${P}/act-as-admin`, {}), 200);
    const created = await c.post(`${P}/municipalities`, {
      slug: 'patras',
      name: { el: 'Δήμος Πατρέων', en: 'Municipality of Patras' },
      admin: { taxId: '144321982', fullName: 'Ευαγγελία Μιχαηλίδου', email: 'e.michailidou@example.gr' },
    });
    expectDocumented('post', `${P}/municipalities`, created);
    const id = created.body.municipality.id;

    const admin = await h.employee('144321982', 'patras');
    expectDocumented('get', J, await admin.get(J));
    expectDocumented('put', J, await admin.send('PUT', J, { contactName: 'Γραφείο Δημάρχου', contactEmail: 'grafeio@example.gr', contactPhone: '2610000000' }));
    await admin.post('/api/v1/admin/municipality/topics', { name: { el: 'Βεβαίωση', en: 'Certificate' }, modes: ['video'], employeeIds: [created.body.admin.id] });
    expectDocumented('post', `${J}/submit`, await admin.post(`${J}/submit`, {}), 200);

    expectDocumented('get', `${P}/municipalities`, await c.get(`${P}/municipalities?status=submitted`));
    expectDocumented('get', `${P}/municipalities/{id}`, await c.get(`${P}/municipalities/${id}`));
    expectDocumented('post', `${P}/municipalities/{id}/send-back`, await c.post(`${P}/municipalities/${id}/send-back`, { comment: 'Λείπει το τηλέφωνο του ΚΕΠ.' }), 200);
    await admin.post(`${J}/submit`, {});
    expectDocumented('post', `${P}/municipalities/{id}/approve`, await c.post(`${P}/municipalities/${id}/approve`, {}), 200);
    expectDocumented('post', `${P}/municipalities/{id}/deactivate`, await c.post(`${P}/municipalities/${id}/deactivate`, {}), 200);
    expectDocumented('post', `${P}/municipalities/{id}/activate`, await c.post(`${P}/municipalities/${id}/activate`, {}), 200);
    const added = await c.post(`${P}/municipalities/${id}/admins`, { taxId: '135792468', fullName: 'Μαρία Γεωργίου', email: 'm.georgiou@example.gr' });
    expectDocumented('post', `${P}/municipalities/{id}/admins`, added);

    const hours = { '1': [{ start: '09:00', end: '12:00' }] };
    const pooled = await c.post(`${P}/interpreters`, { fullName: 'Σοφία Λύτρα', email: 'sofia@example.gr', kinds: ['gsl'], workingHours: hours, municipalityIds: [id] });
    expectDocumented('post', `${P}/interpreters`, pooled);
    expectDocumented('put', `${P}/interpreters/{id}`, await c.send('PUT', `${P}/interpreters/${pooled.body.id}`, { municipalityIds: [] }));
    expectDocumented('get', `${P}/interpreters`, await c.get(`${P}/interpreters`));
    const shared = await admin.get('/api/v1/admin/municipality/shared-interpreters');
    expectDocumented('get', '/api/v1/admin/municipality/shared-interpreters', shared);
    // Unlinked above: Patras is served by no pool interpreter now.
    expect(shared.body).toEqual([]);
    expectDocumented('get', `${P}/audit`, await c.get(`${P}/audit?limit=5`));
  });
});
