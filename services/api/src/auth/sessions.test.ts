import { createHash } from 'node:crypto';
import { loadConfig, scheduledTasks } from '@muni/appointments';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { useApiHarness } from '../testing/harness';
import type { ApiClient } from '../testing/apiClient';
import { CSRF_COOKIE, SESSION_COOKIE } from './sessions';

const START = '2026-11-23T08:00:00Z';
const h = useApiHarness(START);
afterEach(() => h.clock.set(START));

const sessionCount = async () => Number((await h.knex('sessions').count('* as n'))[0]!.n);
const cookieOf = (c: ApiClient, name: string) => new RegExp(`${name}=([^;]+)`).exec(c.cookieHeader())?.[1];
const rowOf = (c: ApiClient) => h.knex('sessions').where({ id_hash: createHash('sha256').update(cookieOf(c, SESSION_COOKIE)!).digest('hex') }).first();

/** The scheduled job, as the scheduler and `npm start` run it, on the harness clock. */
async function runPurge(): Promise<number> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const job = scheduledTasks({ knex: h.knex, config, logger: pino({ level: 'silent' }), now: () => h.clock.now }).find((t) => t.name === 'purge-expired-sessions')!;
  return (await job.run()) as number;
}

describe('a visitor who only reads stores no session', () => {
  it('pages, the session endpoint and API reads from many browsers add no row', async () => {
    const athens = await h.municipality('athens');
    const topicId = athens.topics.find((t) => t.modes.includes('video'))!.id;
    const reads = [
      '/',
      '/appointments',
      '/api/v1/session',
      '/api/v1/municipalities',
      `/api/v1/municipalities/${athens.id}/topics`,
      `/api/v1/municipalities/${athens.id}/slots?mode=video&topicId=${topicId}&from=2026-11-24&to=2026-11-24`,
      '/api/v1/openapi.json',
      '/api/v1/me/appointments', // 401, signed out
    ];
    const before = await sessionCount();
    for (let i = 0; i < 10; i++) {
      const browser = h.client();
      for (const path of reads) expect((await browser.get(path)).status).toBeLessThan(500);
      expect((await browser.get('/api/v1/session')).body.user).toBeNull();
      expect(cookieOf(browser, SESSION_COOKIE)).toBeUndefined();
    }
    expect(await sessionCount()).toBe(before);
  });

  it('starting sign-in stores exactly one row, holding the sign-in in progress', async () => {
    const c = h.client();
    await c.get('/api/v1/session');
    const before = await sessionCount();
    const login = await c.raw('/auth/gsis/login?returnTo=/appointments');
    expect(login.status).toBe(302);
    expect(await sessionCount()).toBe(before + 1);
    const row = await rowOf(c);
    expect(row).toMatchObject({ kind: 'anonymous', user_id: null });
    expect(row.data.oauth).toMatchObject({ provider: 'gsis', returnTo: '/appointments' });
  });
});

describe('CSRF for a signed-out browser, without a stored session', () => {
  it('its token from GET /api/v1/session passes; no token, a wrong one or another browser’s does not', async () => {
    const before = await sessionCount();
    const c = h.client();
    const token = await c.csrfToken();
    expect(cookieOf(c, CSRF_COOKIE)).toBeDefined();
    // The same browser gets the same token again (the web app may ask twice).
    expect((await c.get('/api/v1/session')).body.csrfToken).toBe(token);

    const ok = await c.post('/auth/logout');
    expect(ok.status).toBe(200);
    for (const wrong of ['', 'wrong-token', await h.client().csrfToken()]) {
      const r = await c.post('/auth/logout', {}, { 'X-CSRF-Token': wrong });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('csrf_failed');
    }
    // The token alone, without the browser's cookie (what another site could send), is refused.
    const bare = await fetch(`${h.url}/auth/logout`, { method: 'POST', headers: { 'X-CSRF-Token': token, 'content-type': 'application/json' }, body: '{}' });
    expect(bare.status).toBe(403);
    // A write that needs a person reaches the policy: 401, not a CSRF refusal.
    const signedOut = await c.post('/api/v1/session/logout-everywhere');
    expect(signedOut.status).toBe(401);
    expect(await sessionCount()).toBe(before);
  });

  it('once signed in only the session’s token counts, not the signed-out cookie’s', async () => {
    const c = h.client();
    const signedOutToken = await c.csrfToken();
    await c.signIn('gsis', '068933130');
    expect(cookieOf(c, CSRF_COOKIE)).toBe(signedOutToken); // the browser still sends it
    const r = await c.post('/api/v1/session/logout-everywhere', {}, { 'X-CSRF-Token': signedOutToken });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('csrf_failed');
    const sessionToken = await c.csrfToken();
    expect(sessionToken).not.toBe(signedOutToken);
    expect((await c.post('/api/v1/session/logout-everywhere')).status).toBe(200);
  });
});

describe('purge-expired-sessions', () => {
  it('removes sessions past the idle or the absolute limit and keeps live ones', async () => {
    await h.knex('sessions').delete();
    const used = await h.citizen('045123787');
    const abandoned = h.client();
    expect((await abandoned.raw('/auth/gsis/login')).status).toBe(302); // a sign-in never finished
    expect(await sessionCount()).toBe(2);

    // 11 h 40 min of use, every 20 minutes.
    for (let i = 0; i < 35; i++) {
      h.clock.advanceMinutes(20);
      expect((await used.get('/api/v1/me/appointments')).status).toBe(200);
    }
    expect(await runPurge()).toBe(1); // the abandoned sign-in, idle for hours
    expect(await rowOf(abandoned)).toBeUndefined();
    expect(await rowOf(used)).toBeDefined();

    // 12 h 05 min after its sign-in, 25 minutes after its last use: past the absolute limit only.
    const fresh = await h.citizen('112233441');
    h.clock.advanceMinutes(25);
    expect(await runPurge()).toBe(1);
    expect(await rowOf(used)).toBeUndefined();
    expect(await rowOf(fresh)).toBeDefined();
    expect((await fresh.get('/api/v1/me/appointments')).status).toBe(200);
    expect(await sessionCount()).toBe(1);
  });
});
