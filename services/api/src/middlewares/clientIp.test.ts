import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '@muni/appointments';
import { signInAtStandIn } from '@muni/identity/testing';
import Koa from 'koa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, useApiHarness } from '../testing/harness';
import { clientIp } from './clientIp';

// Production, where Koa's `proxy` used to be on, with real limits a tenth of production's:
// sign-in allows ceil(20 × 0.1) = 2 requests a minute per IP. The test client connects from 127.0.0.1.
const production = (env: Record<string, string> = {}) => useApiHarness('2026-11-23T08:00:00Z', { NODE_ENV: 'production', RATE_LIMIT_MULTIPLIER: '0.1', ...env });

/** The sign-in limit's answers to requests carrying these X-Forwarded-For values, one each. */
async function signInStatuses(h: ApiHarness, forwardedFor: (string | null)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const xff of forwardedFor) {
    const res = await h.client().raw('/auth/gsis/login', { headers: xff ? { 'X-Forwarded-For': xff } : {} });
    statuses.push(res.status);
  }
  return statuses;
}

/** Signs in through the stand-in with X-Forwarded-For on our requests; the address the audit log recorded. */
async function auditedSignInIp(h: ApiHarness, xff: string): Promise<string> {
  const c = h.client();
  const login = await c.raw('/auth/gsis/login', { headers: { 'X-Forwarded-For': xff } });
  const callback = await signInAtStandIn(login.headers.get('location')!, { taxId: '068933130' });
  const done = await c.raw(callback.toString(), { headers: { 'X-Forwarded-For': xff } });
  expect(done.status).toBe(302);
  const row = await h.knex('audit_log').where({ action: 'sign_in' }).orderBy('id', 'desc').first('ip');
  return row.ip as string;
}

const limitKeys = async (h: ApiHarness) => (await h.knex('rate_limits').where('key', 'like', 'sign_in:ip:%').pluck('key')).map((k: string) => k.slice('sign_in:ip:'.length)).sort();

describe('without TRUST_PROXY a client cannot choose its address', () => {
  const h = production();
  beforeEach(() => h.knex('rate_limits').delete());

  it('a new forged X-Forwarded-For on every request does not escape the sign-in limit', async () => {
    expect(await signInStatuses(h, ['203.0.113.1', '203.0.113.2', '203.0.113.3', null])).toEqual([302, 302, 429, 429]);
    expect(await limitKeys(h)).toEqual(['127.0.0.1']);
  });

  it('the audit log records the connecting address, not the header', async () => {
    expect(await auditedSignInIp(h, '203.0.113.9')).toBe('127.0.0.1');
  });
});

describe('TRUST_PROXY=1: one proxy in front, the address it saw is the client', () => {
  const h = production({ TRUST_PROXY: '1' });
  beforeEach(() => h.knex('rate_limits').delete());

  it('the last hop is the client: in the audit log and in the limit', async () => {
    // What the client itself wrote (198.51.100.1) comes before what our proxy appended.
    expect(await auditedSignInIp(h, '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    expect(await limitKeys(h)).toEqual(['203.0.113.9']);
  });

  it('clients behind the proxy have limits of their own', async () => {
    expect(await signInStatuses(h, ['203.0.113.20', '198.51.100.1, 203.0.113.20', '203.0.113.20'])).toEqual([302, 302, 429]);
    expect(await signInStatuses(h, ['203.0.113.21'])).toEqual([302]);
  });
});

describe('TRUST_PROXY as a list: only the listed proxies are skipped', () => {
  const h = production({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
  beforeEach(() => h.knex('rate_limits').delete());

  it('through two listed proxies the client is the address before them, whatever it wrote itself', async () => {
    expect(await auditedSignInIp(h, '198.51.100.66, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
  });

  it('an unlisted hop is the client, whatever it claims came before it', async () => {
    expect(await signInStatuses(h, ['203.0.113.9, 198.51.100.7', '198.51.100.7', '203.0.113.9, 198.51.100.7'])).toEqual([302, 302, 429]);
    expect(await signInStatuses(h, [null])).toEqual([302]); // the proxy's own request: the socket's address
    expect(await limitKeys(h)).toEqual(['127.0.0.1', '198.51.100.7']);
  });
});

describe('clientIp on its own', () => {
  let server: Server;
  let url: string;
  let setting: Parameters<typeof clientIp>[0];
  beforeAll(async () => {
    const app = new Koa();
    app.use((ctx, next) => clientIp(setting)(ctx, next));
    app.use((ctx) => {
      ctx.body = ctx.ip;
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const ipFor = async (trust: typeof setting, xff?: string) => {
    setting = trust;
    return (await fetch(url, { headers: xff ? { 'X-Forwarded-For': xff } : {} })).text();
  };

  it('follows the setting', async () => {
    expect(await ipFor(undefined, '203.0.113.9')).toBe('127.0.0.1');
    expect(await ipFor(0, '203.0.113.9')).toBe('127.0.0.1');
    expect(await ipFor(1)).toBe('127.0.0.1');
    expect(await ipFor(2, '203.0.113.9, 198.51.100.1, 10.0.0.2')).toBe('198.51.100.1');
    expect(await ipFor(5, '203.0.113.9, 10.0.0.2')).toBe('203.0.113.9'); // fewer hops than proxies: the first address
    expect(await ipFor(['loopback'], '203.0.113.9')).toBe('203.0.113.9');
    expect(await ipFor(['10.0.0.0/8'], '203.0.113.9')).toBe('127.0.0.1'); // the peer is not a listed proxy
  });
});

describe('the TRUST_PROXY setting', () => {
  const read = (value: string) => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: value } as NodeJS.ProcessEnv).TRUST_PROXY;

  it('takes a hop count, addresses and CIDRs, or named ranges; unset is none', () => {
    expect(loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv).TRUST_PROXY).toBeUndefined();
    expect(read('1')).toBe(1);
    expect(read('loopback')).toEqual(['loopback']);
    expect(read(' 10.0.0.0/8, 127.0.0.1,::1, fd00::/8 ')).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
  });

  it('refuses anything else, naming the setting', () => {
    for (const wrong of ['yes', '10.0.0.0/33', '1,10.0.0.1', '10.0.0.0/8,', 'proxy.example', '10.0.0.0/8/1']) {
      expect(() => read(wrong), wrong).toThrow(ConfigError);
      expect(() => read(wrong), wrong).toThrow(/Setting TRUST_PROXY is not valid/);
    }
  });
});
