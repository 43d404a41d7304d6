// /metrics over a real database: route patterns (never raw paths with link
// tokens), the production token, and request ids in answers and log lines.
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger, loadConfig } from '@muni/appointments';
import { freePort } from '@muni/db';
import type Koa from 'koa';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { useApiHarness } from './testing/harness';

const h = useApiHarness();
const TOKEN = 'q3JvZ0Xb8cJ4n1L2m5P7r9T0vWyZaBcDeFgHiJkLmNo';
const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** Another app over the harness's database, with its own settings and a logger whose lines the test reads. */
async function serve(env: Record<string, string>, devMiddleware: Koa.Middleware[] = []) {
  const logged: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  const port = await freePort();
  const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MULTIPLIER: '1000', ...env } as NodeJS.ProcessEnv);
  const server = createApp({ knex: h.knex, config, logger: createLogger('info', sink), now: () => h.clock.now }, { devMiddleware }).listen(port, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${port}`, logged };
}

describe('GET /metrics', () => {
  it('counts requests by route pattern and status, never by the raw path with a join token', async () => {
    const join = await h.client().post(`/api/v1/join/${TOKEN}`, {});
    expect(join.status).toBe(404);
    const r = await h.client().raw('/metrics');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    const text = await r.text();
    expect(text).toMatch(/muni_http_request_duration_seconds_bucket\{[^}]*method="POST",route="\/api\/v1\/join\/:token",status="404"[^}]*\} 1/);
    expect(text).toMatch(/muni_http_requests_total\{method="POST",route="\/api\/v1\/join\/:token",status="404"\} 1/);
    expect(text).toContain('muni_actions_total{action="join",status="404"} 1');
    expect(text).not.toContain(TOKEN);
    // No LiveKit in this test: the SFU gauge says down; process metrics are there.
    expect(text).toContain('muni_video_up 0');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('counts bookings and holds by outcome', async () => {
    const c = await h.citizen();
    const m = await h.municipality('athens');
    const topic = m.topics.find((t) => t.modes.includes('video'))!;
    const d = '2026-11-25';
    const slots = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topic.id}&from=${d}&to=${d}`);
    const [first, second] = slots.body.slots as { start: string }[];
    expect((await c.post('/api/v1/holds', { municipalityId: m.id, topicId: topic.id, mode: 'video', start: first!.start })).status).toBe(201);
    const booked = await c.post('/api/v1/appointments', {
      municipalityId: m.id,
      topicId: topic.id,
      mode: 'video',
      start: second!.start,
      person: { fullName: 'Ελένη Δοκιμαστική', email: 'eleni@example.gr', phone: '6900000000', language: 'el' },
      declarations: { dataTrue: true, privacyRead: true },
    });
    expect(booked.status).toBe(201);
    expect((await c.post(`/api/v1/appointments/${booked.body.id}/cancel`, {})).status).toBe(200);
    const text = await (await h.client().raw('/metrics')).text();
    expect(text).toContain('muni_actions_total{action="hold",status="201"} 1');
    expect(text).toContain('muni_actions_total{action="booking",status="201"} 1');
    expect(text).toContain('muni_actions_total{action="cancellation",status="200"} 1');
  });

  it('in production: absent (404) without METRICS_TOKEN; 401 without or with another token; 200 with it', async () => {
    const unset = await serve({ NODE_ENV: 'production' });
    expect((await fetch(`${unset.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${unset.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);

    const set = await serve({ NODE_ENV: 'production', METRICS_TOKEN });
    expect((await fetch(`${set.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${set.url}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('metrics_token_required');
    const right = await fetch(`${set.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('muni_http_requests_total');
  });
});

describe('request ids', () => {
  it('each answer carries an id, the request log line has it, and a sane incoming X-Request-Id is kept', async () => {
    const app = await serve({});
    const fresh = await fetch(`${app.url}/healthz`);
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.logged).toContainEqual(expect.objectContaining({ msg: 'request', requestId: id, route: '/healthz', status: 200 }));

    const kept = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'proxy-abc-12345678' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-abc-12345678');
    // Not sane (spaces, too short): replaced by a fresh id, never logged as sent.
    const odd = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'Eleni Papadopoulou' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(app.logged)).not.toContain('Eleni');
  });

  it('the unhandled-error log line carries the request id the answer shows', async () => {
    const app = await serve({}, [
      async (ctx, next) => {
        if (ctx.path === '/boom') throw new Error('something broke');
        await next();
      },
    ]);
    const r = await fetch(`${app.url}/boom`);
    expect(r.status).toBe(500);
    const id = r.headers.get('x-request-id');
    expect(app.logged).toContainEqual(expect.objectContaining({ msg: 'unhandled error', requestId: id }));
    expect(app.logged).toContainEqual(expect.objectContaining({ msg: 'request', requestId: id, status: 500 }));
  });
});
