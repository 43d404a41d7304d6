import Koa from 'koa';
import { generateRandomCodeVerifier, processAuthorizationCodeResponse } from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGsisClient, type GsisClientConfig, tolerateGsisTokenResponse } from './gsisClient';
import { GsisError } from './gsisError';
import { DEMO_CITIZENS, DEMO_EMPLOYEES } from './standIn/demoPeople';
import { createGsisStandIn, createGsisStandInMiddleware } from './standIn/gsisStandIn';
import { listenOnLoopback, type RunningServer, signInAtStandIn } from './testing';

const CALLBACK = 'http://localhost:5173/auth/gsis/callback';
const standInClient = { clientId: 'muni-appointments', clientSecret: 'test-secret', redirectUris: [CALLBACK] };
const SOFIA = { taxId: '068933130' };
const COMPANY = DEMO_CITIZENS.find((p) => p.kind === 'company')!;

let gsis: RunningServer;
let config: GsisClientConfig;

beforeAll(async () => {
  gsis = await listenOnLoopback(
    createGsisStandIn({ audience: 'citizens', clients: [standInClient], people: DEMO_CITIZENS, title: 'Taxisnet (τοπικό υποκατάστατο)' }),
  );
  config = { baseUrl: gsis.origin, audience: 'citizens', clientId: standInClient.clientId, clientSecret: 'test-secret', redirectUri: CALLBACK };
});

afterAll(async () => {
  await gsis.close();
});

async function expectGsisError(promise: Promise<unknown>, code: GsisError['code']): Promise<GsisError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GsisError);
  expect((error as GsisError).code).toBe(code);
  return error as GsisError;
}

describe('GSIS sign-in against the stand-in', () => {
  it('signs a citizen in and returns trimmed registry details', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    expect(new URL(login.url).searchParams.get('code_challenge_method')).toBe('S256');

    const callback = await signInAtStandIn(login.url, SOFIA);
    expect(callback.origin + callback.pathname).toBe(CALLBACK);

    const user = await client.finishLogin(callback, login);
    expect(user).toEqual({
      userId: 'User068933130',
      taxId: '068933130',
      lastName: 'ΒΑΣΙΛΕΙΟΥ',
      firstName: 'ΣΟΦΙΑ',
      fatherName: 'ΓΕΩΡΓΙΟΣ',
      motherName: 'ΜΑΡΙΑ',
      birthYear: 1950,
    });
  });

  it('signs a company in with its name as last name and no first name or birth year', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    const user = await client.finishLogin(await signInAtStandIn(login.url, COMPANY), login);
    expect(user).toMatchObject({ taxId: COMPANY.taxId, lastName: COMPANY.lastName, firstName: '', birthYear: null });
  });

  it('works without PKCE, as a client of the real GSIS may be configured', async () => {
    const client = createGsisClient({ ...config, usePkce: false });
    const login = await client.startLogin();
    expect(new URL(login.url).searchParams.has('code_challenge')).toBe(false);
    const user = await client.finishLogin(await signInAtStandIn(login.url, SOFIA), login);
    expect(user.taxId).toBe('068933130');
  });

  it('rejects a callback whose state was forged or is missing', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    const callback = await signInAtStandIn(login.url, SOFIA);

    const forged = new URL(callback);
    forged.searchParams.set('state', 'attacker-chosen');
    await expectGsisError(client.finishLogin(forged, login), 'invalid_state');

    const missing = new URL(callback);
    missing.searchParams.delete('state');
    await expectGsisError(client.finishLogin(missing, login), 'invalid_state');

    // Nothing in the session to compare against is also a failure, not a pass.
    await expectGsisError(client.finishLogin(callback, { ...login, state: '' }), 'invalid_state');
  });

  it('reports a cancelled sign-in as a provider error with access_denied', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    const callback = await signInAtStandIn(login.url, 'cancel');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(login.state);

    const error = await expectGsisError(client.finishLogin(callback, login), 'provider_error');
    expect(error.providerError).toBe('access_denied');
  });

  it('shows a 400 page and does not redirect when the redirect_uri is not registered', async () => {
    const client = createGsisClient({ ...config, redirectUri: 'http://localhost:5173/elsewhere' });
    const login = await client.startLogin();
    const response = await fetch(login.url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('redirect_uri');
    expect(html).toContain('lang="el"');
  });

  it('shows a 400 page for an unknown client_id', async () => {
    const client = createGsisClient({ ...config, clientId: 'someone-else' });
    const response = await fetch((await client.startLogin()).url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses to exchange the same code twice', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    const callback = await signInAtStandIn(login.url, SOFIA);
    await client.finishLogin(callback, login);
    await expectGsisError(client.finishLogin(callback, login), 'token_exchange_failed');
  });

  it('fails the exchange when the PKCE verifier does not match the challenge', async () => {
    const client = createGsisClient(config);
    const login = await client.startLogin();
    const callback = await signInAtStandIn(login.url, SOFIA);
    await expectGsisError(
      client.finishLogin(callback, { state: login.state, codeVerifier: generateRandomCodeVerifier() }),
      'token_exchange_failed',
    );
  });

  it('fails the exchange with a wrong client secret', async () => {
    const client = createGsisClient({ ...config, clientSecret: 'wrong' });
    const login = await client.startLogin();
    const error = await expectGsisError(
      client.finishLogin(await signInAtStandIn(login.url, SOFIA), login),
      'token_exchange_failed',
    );
    expect(error.message).toContain('invalid_client');
  });

  it('reports userinfo_failed when GSIS does not accept the access token', async () => {
    // A GSIS that has already revoked the token: the stand-in behind a front
    // that swaps the bearer token of userinfo calls for one it never issued.
    const host = new Koa();
    host.use(async (ctx, next) => {
      if (ctx.path.endsWith('/userinfo')) ctx.request.headers.authorization = 'Bearer revoked-token';
      await next();
    });
    host.use(createGsisStandInMiddleware({ audience: 'citizens', clients: [standInClient], people: DEMO_CITIZENS, title: 'Taxisnet' }));
    const front = await listenOnLoopback(host);
    try {
      const client = createGsisClient({ ...config, baseUrl: front.origin });
      const login = await client.startLogin();
      await expectGsisError(client.finishLogin(await signInAtStandIn(login.url, SOFIA), login), 'userinfo_failed');
    } finally {
      await front.close();
    }
  });

  it('refuses plain http to anything but the local machine', () => {
    expect(() => createGsisClient({ ...config, baseUrl: 'http://test.gsis.gr' })).toThrow(/https/);
    expect(() => createGsisClient({ ...config, baseUrl: 'https://test.gsis.gr' })).not.toThrow();
  });
});

describe('public-sector employees', () => {
  const MARIA = { taxId: '135792468' };
  let gov: RunningServer;
  let govConfig: GsisClientConfig;

  beforeAll(async () => {
    gov = await listenOnLoopback(
      createGsisStandIn({ audience: 'public-sector', clients: [standInClient], people: DEMO_EMPLOYEES, title: 'ΓΓΠΣ Δημοσίου' }),
    );
    govConfig = { ...config, baseUrl: gov.origin, audience: 'public-sector' };
  });

  afterAll(async () => {
    await gov.close();
  });

  it('sign in through the /oauth2servergov endpoints, as on the real GSIS', async () => {
    const client = createGsisClient(govConfig);
    const login = await client.startLogin();
    expect(new URL(login.url).pathname).toBe('/oauth2servergov/oauth/authorize');
    const user = await client.finishLogin(await signInAtStandIn(login.url, MARIA), login);
    expect(user).toMatchObject({ taxId: '135792468', lastName: 'ΓΕΩΡΓΙΟΥ', firstName: 'ΜΑΡΙΑ' });
    expect(client.logoutUrl('http://localhost:5173/')).toBe(
      `${gov.origin}/oauth2servergov/logout/muni-appointments/?url=${encodeURIComponent('http://localhost:5173/')}`,
    );
    const logout = await fetch(client.logoutUrl('http://localhost:5173/'), { redirect: 'manual' });
    expect(logout.headers.get('location')).toBe('http://localhost:5173/');
  });

  it('a client built for the other family of paths fails against the stand-in, as it would at GSIS', async () => {
    const citizensPaths = createGsisClient({ ...govConfig, audience: 'citizens' });
    const login = await citizensPaths.startLogin();
    expect(new URL(login.url).pathname).toBe('/oauth2server/oauth/authorize');
    expect((await fetch(login.url)).status).toBe(404);
    await expect(signInAtStandIn(login.url, MARIA)).rejects.toThrow(/404/);

    // Nor can it redeem a code the right family issued: its token endpoint is not there.
    const right = createGsisClient(govConfig);
    const rightLogin = await right.startLogin();
    const callback = await signInAtStandIn(rightLogin.url, MARIA);
    await expectGsisError(citizensPaths.finishLogin(callback, rightLogin), 'token_exchange_failed');
    expect((await fetch(citizensPaths.logoutUrl('http://localhost:5173/'), { redirect: 'manual' })).status).toBe(404);

    // And the other way round: the citizens' stand-in does not answer the public-sector paths.
    const govPaths = createGsisClient({ ...config, audience: 'public-sector' });
    expect((await fetch((await govPaths.startLogin()).url)).status).toBe(404);
  });
});

describe('userinfo as GSIS really sends it', () => {
  it('gives every demo person decoded and trimmed when the stand-in answers in all the odd shapes', async () => {
    const odd = await listenOnLoopback(
      createGsisStandIn({ audience: 'citizens', clients: [standInClient], people: DEMO_CITIZENS, title: 'Taxisnet', oddShapes: true }),
    );
    try {
      const client = createGsisClient({ ...config, baseUrl: odd.origin });
      for (const person of DEMO_CITIZENS) {
        const login = await client.startLogin();
        const user = await client.finishLogin(await signInAtStandIn(login.url, person), login);
        const { kind: _kind, ...expected } = person;
        expect(user, person.taxId).toEqual(expected);
      }
    } finally {
      await odd.close();
    }
  });

  it('refuses an answer without a tax id with missing_tax_id', async () => {
    // A GSIS whose userinfo names nobody: the stand-in behind a front that drops the taxid attribute.
    const host = new Koa();
    host.use(async (ctx, next) => {
      await next();
      if (ctx.path.endsWith('/userinfo') && ctx.status === 200) ctx.body = String(ctx.body).replace(/\btaxid="[^"]*"/, '');
    });
    host.use(createGsisStandInMiddleware({ audience: 'citizens', clients: [standInClient], people: DEMO_CITIZENS, title: 'Taxisnet' }));
    const front = await listenOnLoopback(host);
    try {
      const client = createGsisClient({ ...config, baseUrl: front.origin });
      const login = await client.startLogin();
      await expectGsisError(client.finishLogin(await signInAtStandIn(login.url, SOFIA), login), 'missing_tax_id');
    } finally {
      await front.close();
    }
  });
});

describe('GSIS logout', () => {
  it('builds the GSIS logout URL and the stand-in sends the browser back', async () => {
    const client = createGsisClient(config);
    const url = client.logoutUrl('http://localhost:5173/?signed-out=1');
    expect(url).toBe(
      `${gsis.origin}/oauth2server/logout/muni-appointments/?url=${encodeURIComponent('http://localhost:5173/?signed-out=1')}`,
    );
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://localhost:5173/?signed-out=1');
  });

  it('refuses to redirect to a site the client did not register', async () => {
    const client = createGsisClient(config);
    for (const target of ['https://evil.example/', 'http://localhost:5174/', 'javascript:alert(1)']) {
      const response = await fetch(client.logoutUrl(target), { redirect: 'manual' });
      expect(response.status, target).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
    const unknownClient = createGsisClient({ ...config, clientId: 'someone-else' });
    const response = await fetch(unknownClient.logoutUrl('http://localhost:5173/'), { redirect: 'manual' });
    expect(response.status).toBe(400);
  });
});

describe('stand-in composed into another server under a path prefix', () => {
  it('runs the whole flow under /dev/gsis and leaves other routes alone', async () => {
    const main = new Koa();
    main.use(createGsisStandInMiddleware({ audience: 'citizens', clients: [standInClient], people: DEMO_CITIZENS, title: 'Taxisnet', basePath: '/dev/gsis' }));
    main.use((ctx) => {
      ctx.body = 'main server';
    });
    const server = await listenOnLoopback(main);
    try {
      const client = createGsisClient({ ...config, baseUrl: `${server.origin}/dev/gsis/` });
      const login = await client.startLogin();
      expect(login.url.startsWith(`${server.origin}/dev/gsis/oauth2server/oauth/authorize?`)).toBe(true);

      const page = await (await fetch(login.url)).text();
      expect(page).toContain('action="/dev/gsis/oauth2server/oauth/authorize"');

      const user = await client.finishLogin(await signInAtStandIn(login.url, SOFIA), login);
      expect(user.taxId).toBe('068933130');

      const logout = await fetch(client.logoutUrl('http://localhost:5173/'), { redirect: 'manual' });
      expect(logout.headers.get('location')).toBe('http://localhost:5173/');
      expect(await (await fetch(`${server.origin}/other`)).text()).toBe('main server');
      // Unprefixed GSIS paths belong to the main server, not the stand-in.
      expect(await (await fetch(`${server.origin}/oauth2server/userinfo`)).text()).toBe('main server');
    } finally {
      await server.close();
    }
  });
});

describe('GSIS token responses', () => {
  it('are accepted without token_type and with a non-JSON content type', async () => {
    const gsisStyle = new Response('{"access_token":"abc","expires_in":"43199","scope":["read"]}', {
      status: 200,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    const as = { issuer: 'https://test.gsis.gr', token_endpoint: 'https://test.gsis.gr/oauth2server/oauth/token' };
    const tokens = await processAuthorizationCodeResponse(as, { client_id: 'x' }, await tolerateGsisTokenResponse(gsisStyle));
    expect(tokens).toMatchObject({ access_token: 'abc', token_type: 'bearer', expires_in: 43199, scope: 'read' });
  });

  it('leave error responses for oauth4webapi to report', async () => {
    const error = new Response('{"error":"invalid_grant"}', { status: 400, headers: { 'content-type': 'application/json' } });
    expect(await tolerateGsisTokenResponse(error)).toBe(error);
  });
});
