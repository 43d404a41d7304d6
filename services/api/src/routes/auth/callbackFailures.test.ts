// A failed sign-in as a person meets it in the browser, and a callback link that cannot sign anyone out.
import { signInAtStandIn } from '@muni/identity/testing';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/apiClient';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

async function approvedCallback(c: ApiClient, provider: 'gsis' | 'gsis-gov', taxId: string) {
  const login = await c.raw(`/auth/${provider}/login?returnTo=/`);
  return signInAtStandIn(login.headers.get('location')!, { taxId });
}

const whoAmI = async (c: ApiClient) => (await c.get('/api/v1/session')).body.user;

describe('failed sign-in in the browser', () => {
  it('shows a page in Greek and English with what happened and a link that starts a new sign-in', async () => {
    const c = h.client();
    const callback = await approvedCallback(c, 'gsis', '068933130');
    callback.searchParams.set('state', 'forged');
    const r = await c.raw(callback.toString(), { headers: BROWSER });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const page = await r.text();
    expect(page).toContain('Η σύνδεση δεν ολοκληρώθηκε');
    expect(page).toContain('δεν αντιστοιχεί σε αυτό το πρόγραμμα περιήγησης');
    expect(page).toContain('Sign-in was not completed');
    expect(page).toContain('does not belong to this browser');
    expect(page).toContain('href="/auth/gsis/login?returnTo=%2Fappointments"');
    expect(page).toContain('Δοκιμάστε ξανά');
    expect(page).not.toMatch(/"error"\s*:/); // not a JSON body

    // The link starts a new sign-in at GSIS.
    const again = await c.raw('/auth/gsis/login?returnTo=%2Fappointments');
    expect(again.status).toBe(302);
  });

  it('a person without an employee record sees why, in both languages, on a 403 page', async () => {
    await h.knex('employees').where({ tax_id: '055221137' }).update({ active: false });
    try {
      const c = h.client();
      const callback = await approvedCallback(c, 'gsis-gov', '055221137');
      const r = await c.raw(callback.toString(), { headers: BROWSER });
      expect(r.status).toBe(403);
      const page = await r.text();
      expect(page).toContain('not registered as an employee');
      expect(page).toContain('href="/auth/gsis-gov/login?returnTo=%2Fconsole"');
    } finally {
      await h.knex('employees').where({ tax_id: '055221137' }).update({ active: true });
    }
  });
});

describe('a callback never ends a session it did not start', () => {
  it('a signed-in citizen who opens a stray callback link stays signed in', async () => {
    const c = await h.citizen('045123787');
    const stray = await approvedCallback(h.client(), 'gsis', '068933130'); // someone else's sign-in
    const r = await c.raw(stray.toString(), { headers: BROWSER });
    expect(r.status).toBe(400);
    expect(await whoAmI(c)).toMatchObject({ kind: 'citizen', taxId: '045123787' });
  });

  it('a signed-in employee whose new sign-in fails (forged state) keeps the session they had', async () => {
    const c = await h.employee('135792468', 'athens');
    const callback = await approvedCallback(c, 'gsis-gov', '135792468');
    callback.searchParams.set('state', 'forged');
    expect((await c.get(callback.toString())).status).toBe(400);
    expect(await whoAmI(c)).toMatchObject({ kind: 'employee', taxId: '135792468' });
    // and the abandoned attempt cannot be completed later
    const session = await h.knex('sessions').where({ employee_tax_id: '135792468' }).first('data');
    expect(session.data.oauth).toBeUndefined();
  });
});
