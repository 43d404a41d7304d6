// GSIS answering userinfo without a tax id: the sign-in is refused with its own bilingual answer.
import { freePort } from '@muni/db';
import { createGsisStandInMiddleware, DEMO_CITIZENS } from '@muni/identity';
import { listenOnLoopback, type RunningServer, signInAtStandIn } from '@muni/identity/testing';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// A GSIS at GSIS_BASE_URL whose userinfo names nobody: the stand-in behind a front that drops taxid.
const env: Record<string, string> = {};
let port: number;
let gsis: RunningServer;
beforeAll(async () => {
  port = await freePort();
  const front = new Koa();
  front.use(async (ctx, next) => {
    await next();
    if (ctx.path.endsWith('/userinfo') && ctx.status === 200) ctx.body = String(ctx.body).replace(/\btaxid="[^"]*"/, '');
  });
  front.use(
    createGsisStandInMiddleware({
      audience: 'citizens',
      title: 'Taxisnet',
      people: DEMO_CITIZENS,
      clients: [{ clientId: 'muni-dev', clientSecret: 'muni-dev-secret', redirectUris: [`http://127.0.0.1:${port}/auth/gsis/callback`] }],
    }),
  );
  gsis = await listenOnLoopback(front);
  env.GSIS_BASE_URL = gsis.origin;
});
afterAll(() => gsis?.close());

const h = useApiHarness('2026-11-23T08:00:00Z', env, () => ({ port }));

describe('a GSIS answer without a tax id', () => {
  it('refuses the sign-in with gsis_no_tax_id, in Greek and English, and starts no session', async () => {
    const c = h.client();
    const login = await c.raw('/auth/gsis/login?returnTo=/appointments');
    expect(login.headers.get('location')!.startsWith(`${gsis.origin}/oauth2server/oauth/authorize?`)).toBe(true);
    const callback = await signInAtStandIn(login.headers.get('location')!, { taxId: '068933130' });

    const r = await c.get(callback.toString());
    expect(r.status).toBe(502);
    expect(r.body.error).toMatchObject({ code: 'gsis_no_tax_id' });
    expect(JSON.stringify(r.body.error)).toContain('ΑΦΜ');
    expect(JSON.stringify(r.body.error)).toContain('tax number');
    c.resetCsrf();
    expect((await c.get('/api/v1/session')).body.user).toBeNull();
    expect(await h.knex('users').where({ tax_id: '068933130' }).first()).toBeUndefined();
  });

  it('shows a browser the page that says so', async () => {
    const c = h.client();
    const login = await c.raw('/auth/gsis/login?returnTo=/appointments');
    const callback = await signInAtStandIn(login.headers.get('location')!, { taxId: '068933130' });
    const r = await c.raw(callback.toString(), { headers: { accept: 'text/html' } });
    expect(r.status).toBe(502);
    const page = await r.text();
    expect(page).toContain('Το Taxisnet δεν έστειλε τον ΑΦΜ σας');
    expect(page).toContain('Taxisnet did not send your tax number');
    expect(page).toContain('gsis_no_tax_id');
  });
});
