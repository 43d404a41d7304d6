import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback, type RunningServer, readForm, signInAtStandIn } from '../testing';
import { DEMO_CITIZENS, DEMO_EMPLOYEES } from './demoPeople';
import { createGsisStandIn } from './gsisStandIn';

// The stand-in's own contract, spoken to directly as a GSIS client would.

const CALLBACK = 'https://appointments.example.gr/auth/gsis/callback';
const client = { clientId: 'muni', clientSecret: 'secret', redirectUris: [CALLBACK] };
const VERIFIER = 'a'.repeat(43);
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

let clock = Date.now();
let gsis: RunningServer;

beforeAll(async () => {
  gsis = await listenOnLoopback(
    createGsisStandIn({ audience: 'citizens', clients: [client], people: [...DEMO_CITIZENS, ...DEMO_EMPLOYEES], title: 'Taxisnet (τοπικό υποκατάστατο)', now: () => clock }),
  );
});

afterAll(async () => {
  await gsis.close();
});

function authorizeUrl(extra: Record<string, string> = {}): string {
  const url = new URL(`${gsis.origin}/oauth2server/oauth/authorize`);
  const params = { client_id: 'muni', redirect_uri: CALLBACK, response_type: 'code', scope: 'read', state: 'st-1', ...extra };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

async function codeFor(taxId: string, extra: Record<string, string> = {}): Promise<string> {
  const callback = await signInAtStandIn(authorizeUrl(extra), { taxId });
  return callback.searchParams.get('code')!;
}

function token(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${gsis.origin}/oauth2server/oauth/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: CALLBACK, client_id: 'muni', client_secret: 'secret', ...fields }),
  });
}

function userinfo(accessToken: string) {
  return fetch(`${gsis.origin}/oauth2server/userinfo?format=xml`, { headers: { authorization: `Bearer ${accessToken}` } });
}

describe('authorize page', () => {
  it('is an accessible Greek page listing every demo person with a label', async () => {
    const response = await fetch(authorizeUrl());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="el">');
    expect(html).toContain('<h1>Taxisnet (τοπικό υποκατάστατο)</h1>');
    expect(html).toContain('<span lang="en">Sign in with Taxisnet credentials</span>');
    expect(html).toMatch(/<fieldset[^>]*>\s*<legend>/);
    const radios = [...html.matchAll(/<input type="radio" id="([^"]+)"/g)].map((m) => m[1]);
    expect(radios).toHaveLength(DEMO_CITIZENS.length + DEMO_EMPLOYEES.length);
    for (const id of radios) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('Σύνδεση / <span lang="en">Sign in</span>');
    expect(html).toContain('Άκυρο / <span lang="en">Cancel</span>');
    expect(html).toContain('Νομικό πρόσωπο');
  });

  it('escapes what the request puts on the page', async () => {
    const html = await (await fetch(authorizeUrl({ state: '"><script>alert(1)</script>' }))).text();
    expect(html).not.toContain('<script>');
    expect(readForm(html).fields).toContainEqual(['state', '"><script>alert(1)</script>']);
  });

  it('asks again, with an alert, when no person was chosen', async () => {
    const { action, fields } = readForm(await (await fetch(authorizeUrl())).text());
    const response = await fetch(new URL(action, gsis.origin), {
      method: 'POST',
      body: new URLSearchParams([...fields, ['action', 'approve']]),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('role="alert"');
  });

  it('does not trust an altered redirect_uri in the posted form', async () => {
    const { action, fields } = readForm(await (await fetch(authorizeUrl())).text());
    const altered = fields.map(([k, v]): [string, string] => [k, k === 'redirect_uri' ? 'https://evil.example/cb' : v]);
    const response = await fetch(new URL(action, gsis.origin), {
      method: 'POST',
      body: new URLSearchParams([...altered, ['action', 'approve'], ['person', '068933130']]),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('reports an unsupported PKCE method back to the client', async () => {
    const response = await fetch(authorizeUrl({ code_challenge: CHALLENGE, code_challenge_method: 'plain' }), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('st-1');
  });
});

describe('token endpoint', () => {
  it('issues a bearer token for a valid code', async () => {
    const response = await token({ code: await codeFor('068933130') });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'read' });
  });

  it('accepts HTTP Basic client authentication too', async () => {
    const code = await codeFor('068933130');
    const response = await token(
      { code, client_id: '', client_secret: '' },
      { authorization: `Basic ${Buffer.from('muni:secret').toString('base64')}` },
    );
    expect(response.status).toBe(200);
  });

  it('answers 401 invalid_client for a wrong secret', async () => {
    const response = await token({ code: await codeFor('068933130'), client_secret: 'nope' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers 400 for other grant types', async () => {
    const response = await token({ grant_type: 'client_credentials' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('rejects a redirect_uri different from the one the code was issued for', async () => {
    const response = await token({ code: await codeFor('068933130'), redirect_uri: `${CALLBACK}?x=1` });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects a code older than 60 seconds', async () => {
    const code = await codeFor('068933130');
    clock += 61_000;
    const response = await token({ code });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('on a replayed code, refuses it and withdraws the token it bought', async () => {
    const code = await codeFor('068933130');
    const first = (await (await token({ code })).json()) as { access_token: string };
    expect((await userinfo(first.access_token)).status).toBe(200);

    const replay = await token({ code });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await userinfo(first.access_token)).status).toBe(401);
  });

  it('checks the PKCE verifier when a challenge was given', async () => {
    const extra = { code_challenge: CHALLENGE, code_challenge_method: 'S256' };
    const missing = await token({ code: await codeFor('068933130', extra) });
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });

    const wrong = await token({ code: await codeFor('068933130', extra), code_verifier: 'b'.repeat(43) });
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });

    const right = await token({ code: await codeFor('068933130', extra), code_verifier: VERIFIER });
    expect(right.status).toBe(200);
  });
});

describe('userinfo endpoint', () => {
  it('returns the XML GSIS returns, tax id padded with trailing spaces', async () => {
    const { access_token } = (await (await token({ code: await codeFor('068933130') })).json()) as { access_token: string };
    const response = await userinfo(access_token);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    expect(xml).toContain(
      '<root><userinfo userid="User068933130   " taxid="068933130   " lastname="ΒΑΣΙΛΕΙΟΥ" firstname="ΣΟΦΙΑ" fathername="ΓΕΩΡΓΙΟΣ" mothername="ΜΑΡΙΑ" birthyear="1950"/></root>',
    );
  });

  it('answers 401 to a missing or unknown bearer token', async () => {
    expect((await userinfo('made-up')).status).toBe(401);
    expect((await fetch(`${gsis.origin}/oauth2server/userinfo?format=xml`)).status).toBe(401);
  });

  it('stops accepting a token after it expires', async () => {
    const { access_token } = (await (await token({ code: await codeFor('135792468') })).json()) as { access_token: string };
    expect((await userinfo(access_token)).status).toBe(200);
    clock += 3601_000;
    expect((await userinfo(access_token)).status).toBe(401);
  });
});

describe('the public-sector stand-in', () => {
  it('answers only the /oauth2servergov family, as GSIS serves employees', async () => {
    const gov = await listenOnLoopback(createGsisStandIn({ audience: 'public-sector', clients: [client], people: DEMO_EMPLOYEES, title: 'ΓΓΠΣ' }));
    try {
      const params = new URLSearchParams({ client_id: 'muni', redirect_uri: CALLBACK, response_type: 'code', scope: 'read', state: 's' });
      expect((await fetch(`${gov.origin}/oauth2servergov/oauth/authorize?${params}`)).status).toBe(200);
      const callback = await signInAtStandIn(`${gov.origin}/oauth2servergov/oauth/authorize?${params}`, { taxId: '135792468' });
      const body = new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: CALLBACK, client_id: 'muni', client_secret: 'secret', code: callback.searchParams.get('code')! });
      expect((await fetch(`${gov.origin}/oauth2server/oauth/token`, { method: 'POST', body })).status).toBe(404);
      const tokens = (await (await fetch(`${gov.origin}/oauth2servergov/oauth/token`, { method: 'POST', body })).json()) as { access_token: string };
      const bearer = { authorization: `Bearer ${tokens.access_token}` };
      expect((await fetch(`${gov.origin}/oauth2server/userinfo?format=xml`, { headers: bearer })).status).toBe(404);
      expect(await (await fetch(`${gov.origin}/oauth2servergov/userinfo?format=xml`, { headers: bearer })).text()).toContain('taxid="135792468   "');
      expect((await fetch(`${gov.origin}/oauth2server/oauth/authorize?${params}`)).status).toBe(404);
      expect((await fetch(`${gov.origin}/oauth2server/logout/muni/?url=${encodeURIComponent(CALLBACK)}`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${gov.origin}/oauth2servergov/logout/muni/?url=${encodeURIComponent(CALLBACK)}`, { redirect: 'manual' })).status).toBe(302);
    } finally {
      await gov.close();
    }
  });
});

describe('userinfo in odd shapes', () => {
  it('when asked, answers with padding, character references, another order and extra attributes and elements', async () => {
    const odd = await listenOnLoopback(createGsisStandIn({ audience: 'citizens', clients: [client], people: DEMO_CITIZENS, title: 'Taxisnet', oddShapes: true }));
    try {
      const params = new URLSearchParams({ client_id: 'muni', redirect_uri: CALLBACK, response_type: 'code', scope: 'read', state: 's' });
      const callback = await signInAtStandIn(`${odd.origin}/oauth2server/oauth/authorize?${params}`, { taxId: '045123787' });
      const body = new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: CALLBACK, client_id: 'muni', client_secret: 'secret', code: callback.searchParams.get('code')! });
      const tokens = (await (await fetch(`${odd.origin}/oauth2server/oauth/token`, { method: 'POST', body })).json()) as { access_token: string };
      const xml = await (await fetch(`${odd.origin}/oauth2server/userinfo?format=xml`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).text();
      expect(xml).toMatch(/^<\?xml version="1.0"/);
      // ΠΑΠΑΔΟΠΟΥΛΟΣ in decimal references, ΝΙΚΟΛΑΟΣ in hexadecimal ones, both padded.
      expect(xml).toContain('lastname=" &#928;&#913;&#928;&#913;&#916;&#927;&#928;&#927;&#933;&#923;&#927;&#931;  "');
      expect(xml).toContain('firstname="  &#x39D;&#x399;&#x39A;&#x39F;&#x39B;&#x391;&#x39F;&#x3A3; "');
      expect(xml).toContain('taxid=" 045123787   "');
      expect(xml.indexOf('birthyear=')).toBeLessThan(xml.indexOf('taxid='));
      expect(xml).toContain('extra="ignored"');
      expect(xml).toContain('<extra kind="ignored">ignored</extra>');
    } finally {
      await odd.close();
    }
  });
});
