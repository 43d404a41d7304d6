import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');

const sessionsOf = async (where: Record<string, unknown>) => Number((await h.knex('sessions').where(where).count('* as n'))[0]!.n);

describe('GET /api/v1/session', () => {
  it('gives a signed-out browser a CSRF token and no user, never cached', async () => {
    const r = await h.client().get('/api/v1/session');
    expect(r.status).toBe(200);
    expect(r.body.user).toBeNull();
    expect(r.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});

describe('POST /api/v1/session/logout-everywhere', () => {
  it('ends every browser of the same citizen, and only theirs', async () => {
    const laptop = await h.citizen('112233441');
    const phone = await h.citizen('112233441');
    const someoneElse = await h.citizen('068933130');
    const user = await h.knex('users').where({ tax_id: '112233441' }).first('id');
    expect(await sessionsOf({ user_id: user.id })).toBe(2);

    const r = await laptop.post('/api/v1/session/logout-everywhere');
    expect(r.status).toBe(200);
    expect(r.body.sessionsEnded).toBe(2);
    expect(await sessionsOf({ user_id: user.id })).toBe(0);
    expect((await phone.get('/api/v1/me/appointments')).status).toBe(401);
    expect((await laptop.get('/api/v1/me/appointments')).status).toBe(401);
    expect((await someoneElse.get('/api/v1/me/appointments')).status).toBe(200);
    const audit = await h.knex('audit_log').where({ action: 'sign_out_everywhere', actor_id: user.id }).first();
    expect(audit).toBeDefined();
  });

  it('ends every browser of an employee', async () => {
    const a = await h.employee('109876540');
    const b = await h.employee('109876540');
    const r = await b.post('/api/v1/session/logout-everywhere');
    expect(r.body.sessionsEnded).toBe(2);
    expect((await a.get('/api/v1/console/appointments?date=2026-11-24')).status).toBe(401);
  });

  it('needs a signed-in session', async () => {
    const r = await h.client().post('/api/v1/session/logout-everywhere');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('sign_in_required');
  });
});

describe('POST /api/v1/session/municipality', () => {
  it('an employee of two municipalities switches between them; the answer and the audit show the new one', async () => {
    const c = await h.employee('144321982');
    const athens = await h.municipality('athens');
    const thess = await h.municipality('thessaloniki');
    for (const m of [athens, thess]) {
      const r = await c.post('/api/v1/session/municipality', { municipalityId: m.id });
      expect(r.status).toBe(200);
      expect(r.body.user.activeMunicipalityId).toBe(m.id);
      const employee = await h.knex('employees').where({ tax_id: '144321982', municipality_id: m.id }).first('id');
      const row = await h.knex('audit_log').where({ action: 'pick_municipality', municipality_id: m.id }).orderBy('id', 'desc').first();
      expect(row).toMatchObject({ actor_kind: 'employee', actor_id: employee.id, subject_id: m.id });
      // Every later answer says which municipality the session acts for: a page left open in another tab notices the switch.
      expect((await c.get('/api/v1/console/appointments?date=2026-11-24')).headers.get('x-acting-municipality')).toBe(m.id);
    }
    expect((await (await h.citizen('045123787')).get('/api/v1/me/appointments')).headers.get('x-acting-municipality')).toBeNull();
  });

  it('refuses a municipality the employee does not belong to, and a citizen', async () => {
    const athens = await h.municipality('athens');
    const c = await h.employee('109876540');
    const r = await c.post('/api/v1/session/municipality', { municipalityId: athens.id });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('not_a_member');
    const citizen = await h.citizen('068933130');
    expect((await citizen.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(403);
    expect((await c.post('/api/v1/session/municipality', { municipalityId: 'nope' })).status).toBe(422);
  });
});
