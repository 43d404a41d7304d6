import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');
const PLATFORM = '/api/v1/platform';

async function platformAdmin() {
  const c = await h.citizen('028765436');
  await h.knex('users').where({ tax_id: '028765436' }).update({ platform_admin: true });
  const r = await c.post(`${PLATFORM}/act-as-admin`, {});
  expect(r.status).toBe(200);
  expect(r.body).toEqual({ actingAsPlatformAdmin: true });
  return c;
}

const patras = {
  slug: 'patras',
  name: { el: 'Δήμος Πατρέων', en: 'Municipality of Patras' },
  // 144321982 is a demo employee of the GSIS stand-in, so the new admin can really sign in.
  admin: { taxId: '144321982', fullName: 'Ευαγγελία Μιχαηλίδου', email: 'e.michailidou@example.gr' },
};

describe('platform admin', () => {
  it('only a platform-admin user can switch to acting as platform admin', async () => {
    expect((await h.client().post(`${PLATFORM}/act-as-admin`, {})).status).toBe(401);
    const citizen = await h.citizen('045123787');
    expect((await citizen.post(`${PLATFORM}/act-as-admin`, {})).status).toBe(403);
    expect((await citizen.get(`${PLATFORM}/municipalities`)).status).toBe(403);
    const employee = await h.employee('135792468', 'athens');
    expect((await employee.post(`${PLATFORM}/act-as-admin`, {})).status).toBe(403);
    expect((await employee.post(`${PLATFORM}/municipalities`, patras)).status).toBe(403);
  });

  it('lists municipalities with their admins; switching back makes the user a citizen again', async () => {
    const c = await platformAdmin();
    const r = await c.get(`${PLATFORM}/municipalities`);
    expect(r.status).toBe(200);
    const athens = r.body.find((m: { slug: string }) => m.slug === 'athens');
    expect(athens).toMatchObject({ name: { en: 'Municipality of Athens' }, activeEmployees: 3, admins: [{ fullName: 'Μαρία Γεωργίου', taxId: '135792468' }] });
    // The platform admin is not a municipal admin.
    expect((await c.get('/api/v1/admin/municipality')).status).toBe(403);
    expect((await c.post(`${PLATFORM}/act-as-admin`, { active: false })).body).toEqual({ actingAsPlatformAdmin: false });
    expect((await c.get(`${PLATFORM}/municipalities`)).status).toBe(403);
  });

  it('creates a municipality with defaults and its first admin, who then signs in and runs it', async () => {
    const c = await platformAdmin();
    const r = await c.post(`${PLATFORM}/municipalities`, patras);
    expect(r.status).toBe(201);
    expect(r.body.municipality).toMatchObject({
      slug: 'patras',
      name: patras.name,
      timeZone: 'Europe/Athens',
      modes: ['in_person', 'phone', 'video'],
      durations: { in_person: 20, phone: 15, video: 20 },
      bookingWindowDays: 60,
      holdMinutes: 10,
      publicHolidaysClosed: true,
    });
    expect(r.body.municipality.openingHours['5']).toEqual([{ start: '08:00', end: '15:00' }]);
    expect(r.body.admin).toMatchObject({ taxId: '144321982', isAdmin: true, active: true, modes: ['in_person', 'phone', 'video'] });
    const log = await h.knex('audit_log').where({ action: 'platform_create_municipality' }).first();
    expect(log).toMatchObject({ actor_kind: 'platform_admin', subject_id: r.body.municipality.id });

    expect((await h.client().get('/api/v1/municipalities')).body.map((m: { slug: string }) => m.slug)).toContain('patras');

    const admin = await h.employee('144321982', 'patras');
    const settings = await admin.get('/api/v1/admin/municipality');
    expect(settings.status).toBe(200);
    expect(settings.body.slug).toBe('patras');
    const topic = await admin.post('/api/v1/admin/municipality/topics', { name: { el: 'Βεβαίωση', en: 'Certificate' }, modes: ['video'], employeeIds: [r.body.admin.id] });
    expect(topic.status).toBe(201);
    const slots = await h.client().get(`/api/v1/municipalities/${r.body.municipality.id}/slots?mode=video&topicId=${topic.body.id}&from=2026-11-24&to=2026-11-24`);
    expect(slots.body.slots[0].start).toBe('2026-11-24T06:00:00.000Z');
    // The same person acting for Athens is still no admin there.
    const asAthens = await h.employee('144321982', 'athens');
    expect((await asAthens.get('/api/v1/admin/municipality')).status).toBe(403);
  });

  it.each([
    [{ ...patras, slug: 'Bad Slug' }, 'slug'],
    [{ ...patras, slug: 'volos', name: { el: 'Βόλος' } }, 'name.en'],
    [{ ...patras, slug: 'volos', timeZone: 'Nowhere/City' }, 'timeZone'],
    [{ ...patras, slug: 'volos', admin: { ...patras.admin, taxId: '123456789' } }, 'admin.taxId'],
    [{ ...patras, slug: 'volos', admin: { ...patras.admin, email: 'no' } }, 'admin.email'],
    [{ slug: 'volos', name: patras.name }, 'admin'],
  ])('rejects %j with 422 naming %s', async (input, field) => {
    const c = await platformAdmin();
    const r = await c.post(`${PLATFORM}/municipalities`, input);
    expect(r.status).toBe(422);
    expect(r.body.error.field).toBe(field);
    expect(await h.knex('municipalities').where({ slug: 'volos' }).first()).toBeUndefined();
  });

  it('refuses a slug already taken with 409', async () => {
    const c = await platformAdmin();
    const r = await c.post(`${PLATFORM}/municipalities`, { ...patras, slug: 'athens' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'slug_taken', field: 'slug' });
  });
});
