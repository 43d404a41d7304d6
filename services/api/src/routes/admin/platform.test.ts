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

    // A draft until its joining form is approved: citizens do not see it.
    const catalogue = async () => (await h.client().get('/api/v1/municipalities')).body.map((m: { slug: string }) => m.slug);
    expect(await catalogue()).not.toContain('patras');

    const admin = await h.employee('144321982', 'patras');
    const settings = await admin.get('/api/v1/admin/municipality');
    expect(settings.status).toBe(200);
    expect(settings.body.slug).toBe('patras');
    const topic = await admin.post('/api/v1/admin/municipality/topics', { name: { el: 'Βεβαίωση', en: 'Certificate' }, modes: ['video'], employeeIds: [r.body.admin.id] });
    expect(topic.status).toBe(201);
    const slotsUrl = `/api/v1/municipalities/${r.body.municipality.id}/slots?mode=video&topicId=${topic.body.id}&from=2026-11-24&to=2026-11-24`;
    expect((await h.client().get(slotsUrl)).body.error.code).toBe('municipality_not_joined');

    await admin.send('PUT', '/api/v1/admin/municipality/joining', { contactName: 'Ευαγγελία Μιχαηλίδου', contactEmail: 'e.michailidou@example.gr', contactPhone: '2610000000' });
    expect((await admin.post('/api/v1/admin/municipality/joining/submit', {})).body.status).toBe('submitted');
    expect((await c.post(`${PLATFORM}/municipalities/${r.body.municipality.id}/approve`, {})).body.joining.status).toBe('active');
    expect(await catalogue()).toContain('patras');
    const slots = await h.client().get(slotsUrl);
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

  it('the joining form: submitted incomplete it lists what is missing in both languages; sent back, the admin sees the comment', async () => {
    const c = await platformAdmin();
    const created = await c.post(`${PLATFORM}/municipalities`, { ...patras, slug: 'volos', name: { el: 'Δήμος Βόλου', en: 'Municipality of Volos' } });
    const id = created.body.municipality.id;
    const admin = await h.employee('144321982', 'volos');
    const joining = await admin.get('/api/v1/admin/municipality/joining');
    expect(joining.body).toMatchObject({ status: 'draft', submittedAt: null, contact: { name: null, email: null, phone: null } });
    expect(joining.body.missing.map((m: { code: string }) => m.code)).toEqual(['topic', 'contact']);

    const refused = await admin.post('/api/v1/admin/municipality/joining/submit', {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('joining_incomplete');
    expect(refused.body.error.missing.map((m: { code: string }) => m.code)).toEqual(['topic', 'contact']);
    expect(refused.body.error.message.el).toContain('Λείπουν');
    expect(refused.body.error.message.en).toContain('Missing');
    expect((await admin.send('PUT', '/api/v1/admin/municipality/joining', { contactEmail: 'not-an-email' })).body.error.field).toBe('contactEmail');

    await admin.post('/api/v1/admin/municipality/topics', { name: { el: 'Βεβαίωση', en: 'Certificate' }, modes: ['phone'], employeeIds: [created.body.admin.id] });
    await admin.send('PUT', '/api/v1/admin/municipality/joining', { contactName: 'Γραφείο Δημάρχου', contactEmail: 'grafeio@example.gr', contactPhone: '2421000000' });
    expect((await admin.post('/api/v1/admin/municipality/joining/submit', {})).status).toBe(200);

    const submitted = await c.get(`${PLATFORM}/municipalities?status=submitted`);
    expect(submitted.body.map((m: { slug: string }) => m.slug)).toEqual(['volos']);
    const review = await c.get(`${PLATFORM}/municipalities/${id}`);
    expect(review.body).toMatchObject({
      settings: { slug: 'volos', allowThirdPerson: false },
      joining: { status: 'submitted', contact: { name: 'Γραφείο Δημάρχου' }, missing: [] },
      topics: [{ name: { en: 'Certificate' }, modes: ['phone'], durationMinutes: { phone: 15 }, employeeCount: 1 }],
      admins: [{ taxId: '144321982' }],
      upcomingAppointments: 0,
    });
    expect((await c.post(`${PLATFORM}/municipalities/${id}/send-back`, { comment: '' })).body.error.field).toBe('comment');
    const back = await c.post(`${PLATFORM}/municipalities/${id}/send-back`, { comment: 'Προσθέστε βιντεοκλήση.' });
    expect(back.body.joining).toMatchObject({ status: 'draft', reviewComment: 'Προσθέστε βιντεοκλήση.' });
    expect((await admin.get('/api/v1/admin/municipality/joining')).body.reviewComment).toBe('Προσθέστε βιντεοκλήση.');
    expect((await c.post(`${PLATFORM}/municipalities/${id}/deactivate`, {})).body.error.code).toBe('wrong_municipality_status');
  });

  it('admins of a municipality by tax number; deactivation and the audit log', async () => {
    const c = await platformAdmin();
    const athens = await h.municipality('athens');
    const added = await c.post(`${PLATFORM}/municipalities/${athens.id}/admins`, { taxId: '055221137', fullName: 'Ανδρέας Δημητρίου', email: 'a.dimitriou@example.gr' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ taxId: '055221137', isAdmin: true });
    expect((await (await h.employee('055221137', 'athens')).get('/api/v1/admin/municipality')).status).toBe(200);
    expect((await c.send('DELETE', `${PLATFORM}/municipalities/${athens.id}/admins/${added.body.id}`)).status).toBe(204);
    expect((await (await h.employee('055221137', 'athens')).get('/api/v1/admin/municipality')).status).toBe(403);

    const off = await c.post(`${PLATFORM}/municipalities/${athens.id}/deactivate`, {});
    expect(off.body.joining.status).toBe('deactivated');
    expect((await h.client().get('/api/v1/municipalities')).body.map((m: { slug: string }) => m.slug)).not.toContain('athens');
    expect((await c.post(`${PLATFORM}/municipalities/${athens.id}/activate`, {})).body.joining.status).toBe('active');

    const log = await c.get(`${PLATFORM}/audit?municipalityId=${athens.id}&limit=2`);
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual(['platform_activate_municipality', 'platform_deactivate_municipality']);
    expect(log.body.actions).toEqual(expect.arrayContaining(['platform_add_admin', 'platform_remove_admin']));
    // The next page goes on from there (the new admin's sign-ins are logged in between).
    const older = await c.get(`${PLATFORM}/audit?municipalityId=${athens.id}&limit=10&before=${log.body.nextBefore}`);
    const platformActions = older.body.entries.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('platform_'));
    expect(platformActions.slice(0, 2)).toEqual(['platform_remove_admin', 'platform_add_admin']);
    expect(older.body.entries[0].id).toBeLessThan(log.body.entries[1].id);
    expect((await c.get(`${PLATFORM}/audit?from=2026-12-02&to=2026-12-01`)).body.error.field).toBe('to');
  });

  it('refuses a slug already taken with 409', async () => {
    const c = await platformAdmin();
    const r = await c.post(`${PLATFORM}/municipalities`, { ...patras, slug: 'athens' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'slug_taken', field: 'slug' });
  });
});
