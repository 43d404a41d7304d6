// Sign-in against GSIS as it really answers: the stand-ins with every odd userinfo shape on
// (padding, names as character references, other attribute order, extra attributes and
// elements), and employees on GSIS's public-sector endpoints.
import { signInAtStandIn } from '@muni/identity/testing';
import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z', { GSIS_STANDIN_ODD_SHAPES: 'on' });

describe('GSIS_STANDIN_ODD_SHAPES=on', () => {
  it('makes the citizens stand-in answer userinfo in the odd shapes', async () => {
    // Read the raw answer as another client registered without PKCE would (we do not hold the API's verifier).
    const login = await h.client().raw('/auth/gsis/login?returnTo=/');
    const authorize = new URL(login.headers.get('location')!);
    authorize.searchParams.delete('code_challenge');
    authorize.searchParams.delete('code_challenge_method');
    const callback = await signInAtStandIn(authorize.href, { taxId: '045123787' });
    const token = await fetch(`${h.url}/dev/gsis/oauth2server/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code')!,
        redirect_uri: authorize.searchParams.get('redirect_uri')!,
        client_id: 'muni-dev',
        client_secret: 'muni-dev-secret',
      }),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const userinfo = await fetch(`${h.url}/dev/gsis/oauth2server/userinfo?format=xml`, { headers: { authorization: `Bearer ${access_token}` } });
    const xml = await userinfo.text();
    expect(xml).toContain('lastname=" &#928;&#913;&#928;'); // ΠΑΠ… in decimal references, padded
    expect(xml).toContain('firstname="  &#x39D;'); // Ν… in hexadecimal ones
    expect(xml).toContain('taxid=" 045123787   "');
    expect(xml).toContain('<extra');
  });

  it('a citizen signing in is stored with the name decoded and trimmed, as GSIS gives it', async () => {
    const c = await h.citizen('045123787');
    const row = await h.knex('users').where({ tax_id: '045123787' }).first('first_name', 'last_name', 'kind');
    expect(row).toEqual({ first_name: 'ΝΙΚΟΛΑΟΣ', last_name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', kind: 'person' });
    const me = await c.get('/api/v1/session');
    expect(me.body.user).toMatchObject({ kind: 'citizen', taxId: '045123787', firstName: 'ΝΙΚΟΛΑΟΣ', lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ' });
  });

  it('a company stays a company: its padded, empty first and father names count as empty', async () => {
    await h.citizen('800123456');
    const row = await h.knex('users').where({ tax_id: '800123456' }).first('first_name', 'last_name', 'kind');
    expect(row).toEqual({ first_name: '', last_name: 'ΕΛΑΙΟΥΡΓΙΚΗ ΜΕΣΣΗΝΙΑΣ Α.Ε.', kind: 'company' });
  });
});

describe('employees use GSIS public-sector endpoints', () => {
  it('signs in at /oauth2servergov and signs out there too', async () => {
    const c = h.client();
    const login = await c.raw('/auth/gsis-gov/login?returnTo=/console');
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.href.startsWith(`${h.url}/dev/gsis-gov/oauth2servergov/oauth/authorize?`)).toBe(true);
    const done = await c.raw((await signInAtStandIn(authorize.href, { taxId: '135792468' })).toString());
    expect(done.status).toBe(302);
    c.resetCsrf();
    expect((await c.get('/api/v1/session')).body.user).toMatchObject({ kind: 'employee', taxId: '135792468' });

    const out = await c.post('/auth/logout');
    expect(out.body.logoutUrl).toBe(`${h.url}/dev/gsis-gov/oauth2servergov/logout/muni-gov-dev/?url=${encodeURIComponent(`${h.url}/`)}`);
    const gsisLogout = await fetch(out.body.logoutUrl, { redirect: 'manual' });
    expect(gsisLogout.status).toBe(302);
  });

  it('the public-sector stand-in does not answer the citizens\' paths', async () => {
    const login = await h.client().raw('/auth/gsis-gov/login?returnTo=/console');
    const wrongFamily = login.headers.get('location')!.replace('/oauth2servergov/', '/oauth2server/');
    expect((await fetch(wrongFamily, { redirect: 'manual' })).status).toBe(404);
  });
});
