import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useApiHarness } from '../testing/harness';
import { useAppUnderTest } from './appUnderTest';

const h = useApiHarness('2026-11-23T08:00:00Z');

function cookieSet(res: Response, name: string): string {
  const line = res.headers.getSetCookie().find((l) => l.startsWith(`${name}=`) && !/expires=Thu, 01 Jan 1970/i.test(l));
  if (!line) throw new Error(`no ${name} cookie set`);
  return line;
}
// The session cookie comes with the first thing worth a session (starting sign-in);
// a signed-out browser's CSRF cookie with GET /api/v1/session.
const sessionCookie = (res: Response) => cookieSet(res, 'muni_sid');
const csrfCookie = (res: Response) => cookieSet(res, 'muni_csrf');

describe('security headers and the session cookie (development/test)', () => {
  it('sends a CSP that lets the video client reach LiveKit, nosniff and no framing', async () => {
    const res = await h.client().raw('/api/v1/session');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/connect-src 'self' ws:\/\/localhost:\* ws:\/\/127\.0\.0\.1:\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/media-src 'self' blob: mediastream:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('the session and CSRF cookies are HttpOnly, SameSite=Lax, path /, and not Secure outside production', async () => {
    for (const cookie of [sessionCookie(await h.client().raw('/auth/gsis/login')), csrfCookie(await h.client().raw('/api/v1/session'))]) {
      expect(cookie).toMatch(/; httponly/i);
      expect(cookie).toMatch(/; samesite=lax/i);
      expect(cookie).toMatch(/; path=\//i);
      expect(cookie).not.toMatch(/; secure/i);
    }
  });

  it('error answers carry the headers too', async () => {
    const res = await h.client().raw('/api/v1/me/appointments');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('in production', () => {
  const app = useAppUnderTest({
    env: { NODE_ENV: 'production', LINK_SECRET: 'a-long-random-production-secret-0123456789', LIVEKIT_URL: 'wss://video.example.gr', LOG_LEVEL: 'silent' },
    logger: pino({ level: 'silent' }),
  });

  it('the cookie is Secure (behind a TLS proxy, and even if the proxy forgets X-Forwarded-Proto), HSTS is on, and connect-src names LiveKit', async () => {
    const viaProxy = await app.client().raw('/api/v1/session', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(viaProxy.status).toBe(200);
    const signInViaProxy = await app.client().raw('/auth/gsis/login', { headers: { 'X-Forwarded-Proto': 'https' } });
    for (const cookie of [csrfCookie(viaProxy), sessionCookie(signInViaProxy)]) {
      expect(cookie).toMatch(/; secure/i);
      expect(cookie).toMatch(/; httponly/i);
      expect(cookie).toMatch(/; samesite=lax/i);
    }
    const plain = await app.client().raw('/api/v1/session');
    expect(plain.status).toBe(200);
    expect(csrfCookie(plain)).toMatch(/; secure/i);
    expect(sessionCookie(await app.client().raw('/auth/gsis/login'))).toMatch(/; secure/i);
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const csp = viaProxy.headers.get('content-security-policy')!;
    expect(csp).toContain("connect-src 'self' wss://video.example.gr https://video.example.gr");
    expect(/connect-src[^;]*/.exec(csp)![0]).not.toContain('localhost');
    expect(csp).toContain('upgrade-insecure-requests');
  });

  it('a citizen still signs in (the whole flow with Secure cookies)', async () => {
    const c = await app.signIn('gsis', '068933130');
    expect((await c.get('/api/v1/me/appointments')).status).toBe(200);
  });
});
