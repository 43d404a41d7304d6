import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../../testing/harness';

// Real limits, a tenth of production: sign-in allows ceil(20 × 0.1) = 2 requests a minute per IP.
const h = useApiHarness('2026-11-23T08:00:00Z', { RATE_LIMIT_MULTIPLIER: '0.1' });

describe('rate limits', () => {
  it('too many sign-in requests get 429 with Retry-After and a message in Greek and English; the counters live in PostgreSQL', async () => {
    const c = h.client();
    expect((await c.raw('/auth/gsis/login')).status).toBe(302);
    expect((await c.raw('/auth/gsis-gov/login')).status).toBe(302);
    const r = await c.get('/auth/gsis/login');
    expect(r.status).toBe(429);
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(r.body.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: retry });
    expect(r.body.error.message.el).toMatch(/Πάρα πολλά αιτήματα/);
    expect(r.body.error.message.en).toMatch(/Too many requests/);
    // Another browser from the same address is limited too: per IP, not per cookie.
    expect((await h.client().raw('/auth/gsis/callback?code=x&state=y')).status).toBe(429);

    const rows = await h.knex('rate_limits').select('key', 'points');
    const signIn = rows.find((row) => row.key.startsWith('sign_in:ip:'));
    expect(signIn?.points).toBeGreaterThanOrEqual(3);
  });

  it('booking is limited per account as well as per IP', async () => {
    // ceil(30 × 0.1) = 3 booking requests a minute; sign-in counts separately (a fresh limiter key per name).
    await h.knex('rate_limits').where('key', 'like', 'sign_in:%').delete();
    const c = await h.citizen('068933130');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await c.post('/api/v1/appointments', {})).status);
    expect(statuses).toEqual([422, 422, 422, 429]);
    const keys = await h.knex('rate_limits').where('key', 'like', 'booking:%').pluck('key');
    expect(keys.some((k: string) => k.startsWith('booking:acct:'))).toBe(true);
    expect(keys.some((k: string) => k.startsWith('booking:ip:'))).toBe(true);
  });
});

describe('rate limits key on the route, not on its spelling', () => {
  it('upper case, a trailing slash, a doubled slash and percent-escapes of the booking route count against the same limit', async () => {
    await h.knex('rate_limits').delete();
    const c = await h.citizen('045123787');
    await h.knex('rate_limits').where('key', 'like', 'sign_in:%').delete();
    // ceil(30 × 0.1) = 3 booking requests a minute, whichever way the path is written.
    const variants = ['/api/v1/appointments/', '/API/V1/APPOINTMENTS', '/api/v1/%61ppointments', '/api/v1/Appointments//'];
    const statuses: number[] = [];
    for (const path of variants) statuses.push((await c.post(path, {})).status);
    // The escaped spelling is not routed (404) but still counted.
    expect(statuses).toEqual([422, 422, 404, 429]);
  });
});
