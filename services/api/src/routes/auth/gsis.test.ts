import { createHash } from 'node:crypto';
import { signInAtStandIn } from '@muni/identity/testing';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/sessions';
import { useApiHarness } from '../../testing/harness';
import type { ApiClient } from '../../testing/apiClient';
import { safeReturnTo } from './gsis';

// Monday 23 Nov 2026, 10:00 in Athens.
const START = '2026-11-23T08:00:00Z';
const h = useApiHarness(START);
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));
afterEach(() => h.clock.set(START));

const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

const sessionId = (c: ApiClient) => /muni_sid=([^;]+)/.exec(c.cookieHeader())?.[1];
const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');
const sessionCount = async () => Number((await h.knex('sessions').count('* as n'))[0]!.n);
const rowOf = (id: string | undefined) => (id ? h.knex('sessions').where({ id_hash: hashOf(id) }).first() : undefined);

/** Starts a sign-in in this browser and approves it at the stand-in; returns the callback URL, not yet visited. */
async function approvedCallback(c: ApiClient, provider: 'gsis' | 'gsis-gov', taxId: string, returnTo = '/') {
  const login = await c.raw(`/auth/${provider}/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(login.status).toBe(302);
  return signInAtStandIn(login.headers.get('location')!, { taxId });
}

/** A request carrying exactly this cookie (an old one the browser no longer has). */
const withCookie = (path: string, id: string) => fetch(`${h.url}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${id}` }, redirect: 'manual' });

async function freeVideoSlot(c: ApiClient, slug: string, day: string, index = 0) {
  const m = await h.municipality(slug);
  const topicId = m.topics.find((t) => t.modes.includes('video'))!.id;
  const r = await c.get(`/api/v1/municipalities/${m.id}/slots?mode=video&topicId=${topicId}&from=${day}&to=${day}`);
  expect(r.status).toBe(200);
  return { municipalityId: m.id, topicId, mode: 'video', start: r.body.slots[index].start as string };
}

describe('done when: a citizen signs in, books and signs out; an employee picks a municipality and sees the booking', () => {
  it('walks the whole flow through the GSIS stand-in', async () => {
    const citizen = h.client();
    const callback = await approvedCallback(citizen, 'gsis', '045123787', '/appointments');
    const anonymousId = sessionId(citizen)!;
    const done = await citizen.raw(callback.toString());
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/appointments');
    // Rotation: a new cookie, the pre-sign-in row is gone.
    const signedInId = sessionId(citizen)!;
    expect(signedInId).not.toBe(anonymousId);
    expect(await rowOf(anonymousId)).toBeUndefined();
    citizen.resetCsrf();
    const me = await citizen.get('/api/v1/session');
    expect(me.body.user).toMatchObject({ kind: 'citizen', taxId: '045123787', isCompany: false, lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ' });

    const slot = await freeVideoSlot(citizen, 'athens', '2026-11-24', 2);
    const booked = await citizen.post('/api/v1/appointments', { ...slot, person, declarations });
    expect(booked.status).toBe(201);

    const out = await citizen.post('/auth/logout');
    expect(out.status).toBe(200);
    expect(out.body.logoutUrl).toBe(`${h.url}/dev/gsis/oauth2server/logout/muni-dev/?url=${encodeURIComponent(`${h.url}/`)}`);
    expect(await rowOf(signedInId)).toBeUndefined();
    // The stand-in accepts our logout and sends the browser home.
    const gsisLogout = await fetch(out.body.logoutUrl, { redirect: 'manual' });
    expect(gsisLogout.status).toBe(302);
    expect(gsisLogout.headers.get('location')).toBe(`${h.url}/`);
    citizen.resetCsrf();
    expect((await citizen.get('/api/v1/session')).body.user).toBeNull();
    const replayed = await withCookie('/api/v1/me/appointments', signedInId);
    expect(replayed.status).toBe(401);
    expect((await replayed.json()).error.code).toBe('sign_in_required');

    // An employee of two municipalities must pick one before the console opens.
    const both = h.client();
    const empDone = await both.raw((await approvedCallback(both, 'gsis-gov', '144321982', '/console')).toString());
    expect(empDone.headers.get('location')).toBe('/console');
    const before = await both.get('/api/v1/session');
    expect(before.body.user.activeMunicipalityId).toBeNull();
    expect(before.body.user.memberships).toHaveLength(2);
    const blocked = await both.get('/api/v1/console/appointments?date=2026-11-24');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('municipality_not_selected');
    const picked = await both.post('/api/v1/session/municipality', { municipalityId: slot.municipalityId });
    expect(picked.status).toBe(200);
    expect(picked.body.user.activeMunicipalityId).toBe(slot.municipalityId);
    const list = await both.get('/api/v1/console/appointments?date=2026-11-24');
    expect(list.status).toBe(200);
    expect(list.body.map((a: { id: string }) => a.id)).toContain(booked.body.id);

    // One with a single membership starts in it.
    const one = await h.employee('055221137');
    expect((await one.get('/api/v1/session')).body.user.activeMunicipalityId).toBe(slot.municipalityId);
    const seen = await one.get(`/api/v1/appointments/${booked.body.id}`);
    expect(seen.status).toBe(200);
  });
});

describe('a failed or tampered sign-in leaves no session', () => {
  it('a forged state gets 400 invalid_state and the browser keeps no session row', async () => {
    const c = h.client();
    const callback = await approvedCallback(c, 'gsis', '068933130');
    const id = sessionId(c)!;
    expect(await rowOf(id)).toBeDefined();
    callback.searchParams.set('state', 'forged-by-someone-else');
    const r = await c.get(callback.toString());
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_state');
    expect(r.body.error.message.el).toMatch(/σύνδεση/);
    expect(await rowOf(id)).toBeUndefined();
    expect(sessionId(c)).toBeUndefined();
  });

  it('a callback without any started sign-in is refused', async () => {
    const victim = h.client();
    const callback = await approvedCallback(victim, 'gsis', '068933130');
    const before = await sessionCount();
    const stranger = h.client();
    const r = await stranger.get(callback.toString());
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('sign_in_expired');
    expect(await sessionCount()).toBe(before);
  });

  it('a replayed callback (the same code twice) gets 4xx: no new session, and the signed-in one stays', async () => {
    const c = h.client();
    const callback = await approvedCallback(c, 'gsis', '112233441');
    expect((await c.raw(callback.toString())).status).toBe(302);
    const signedIn = sessionId(c)!;

    // Same browser, same URL again: nothing is waiting for it. Refused, and the person stays
    // signed in: a link must never be able to end someone's session.
    const again = await c.get(callback.toString());
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('sign_in_expired');
    expect(await rowOf(signedIn)).toBeDefined();
    expect((await c.get('/api/v1/session')).body.user).toMatchObject({ kind: 'citizen', taxId: '112233441' });

    // Another browser replays the code under its own fresh state: the stand-in refuses the used code.
    const other = h.client();
    const own = await approvedCallback(other, 'gsis', '112233441');
    const otherId = sessionId(other)!;
    const forged = new URL(callback);
    forged.searchParams.set('state', own.searchParams.get('state')!);
    const r = await other.get(forged.toString());
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_grant');
    expect(await rowOf(otherId)).toBeUndefined();
  });

  it('a wrong redirect URI is stopped at the stand-in with a 400 page and no redirect', async () => {
    const c = h.client();
    const login = await c.raw('/auth/gsis/login');
    for (const wrong of ['https://evil.example/auth/gsis/callback', `${h.url}/auth/gsis/callback/../../evil`, `${h.url}/auth/gsis-gov/callback`]) {
      const url = new URL(login.headers.get('location')!);
      url.searchParams.set('redirect_uri', wrong);
      const page = await fetch(url, { redirect: 'manual' });
      expect(page.status).toBe(400);
      expect(page.headers.get('location')).toBeNull();
      expect(await page.text()).toMatch(/redirect_uri/);
    }
  });

  it('cancelling at GSIS returns 400 sign_in_cancelled and no session', async () => {
    const c = h.client();
    const login = await c.raw('/auth/gsis/login');
    const id = sessionId(c)!;
    const back = await signInAtStandIn(login.headers.get('location')!, 'cancel');
    const r = await c.get(back.toString());
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('sign_in_cancelled');
    expect(await rowOf(id)).toBeUndefined();
  });

  it('a person without an employee record gets 403 not_an_employee and no session', async () => {
    await h.knex('employees').where({ tax_id: '055221137' }).update({ active: false });
    try {
      const before = await sessionCount();
      const c = h.client();
      const callback = await approvedCallback(c, 'gsis-gov', '055221137');
      const r = await c.get(callback.toString());
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('not_an_employee');
      expect(r.body.error.message.en).toMatch(/not registered as an employee/);
      expect(sessionId(c)).toBeUndefined();
      expect(await sessionCount()).toBe(before);
    } finally {
      await h.knex('employees').where({ tax_id: '055221137' }).update({ active: true });
    }
  });

  it('a callback of the other provider is refused', async () => {
    const c = h.client();
    const callback = await approvedCallback(c, 'gsis', '068933130');
    const id = sessionId(c)!;
    const r = await c.get(callback.toString().replace('/auth/gsis/callback', '/auth/gsis-gov/callback'));
    expect(r.status).toBe(400);
    expect(await rowOf(id)).toBeUndefined();
  });
});

describe('returnTo never leaves the site', () => {
  it.each([
    ['//evil.example', '/appointments'],
    ['https://evil.example/x', '/appointments'],
    ['/\\evil.example', '/appointments'],
    ['/\t/evil.example', '/appointments'],
    ['/%0A/evil', '/%0A/evil'], // stays a local path: the encoded newline is not a newline
    ['/appointments/abc?tab=past', '/appointments/abc?tab=past'],
  ])('returnTo=%j → %s', async (returnTo, expected) => {
    const c = h.client();
    const callback = await approvedCallback(c, 'gsis', '028765436', returnTo);
    const done = await c.raw(callback.toString());
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe(expected);
  });

  it('safeReturnTo refuses what browsers would read as another host', () => {
    for (const bad of ['//x.example', '/\\x.example', '/\r\n/x.example', ' /x', 'javascript:alert(1)', '', undefined, ['/a']]) {
      expect(safeReturnTo(bad, '/home')).toBe('/home');
    }
    expect(safeReturnTo('/console?date=2026-11-24', '/home')).toBe('/console?date=2026-11-24');
  });
});

describe('session expiry', () => {
  it('an idle session ends after 30 minutes: 401 and the row is deleted', async () => {
    const c = await h.citizen('068933130');
    const id = sessionId(c)!;
    h.clock.advanceMinutes(29);
    expect((await c.get('/api/v1/me/appointments')).status).toBe(200);
    h.clock.advanceMinutes(31);
    const r = await c.get('/api/v1/me/appointments');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('sign_in_required');
    expect(await rowOf(id)).toBeUndefined();
  });

  it('an active session still ends 12 hours after sign-in', async () => {
    const c = await h.citizen('028765436');
    const id = sessionId(c)!;
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      h.clock.advanceMinutes(20);
      expect((await c.get('/api/v1/me/appointments')).status).toBe(200);
    }
    h.clock.advanceMinutes(25); // 12 h 05 min after sign-in, 25 min after the last request
    const r = await c.get('/api/v1/me/appointments');
    expect(r.status).toBe(401);
    expect(await rowOf(id)).toBeUndefined();
  });
});

describe('CSRF', () => {
  it('every state-changing route answers 403 csrf_failed without or with a wrong token, and changes nothing', async () => {
    const { listAppRoutes } = await import('../../auth/appRoutes');
    const citizen = await h.citizen('045123787');
    const staff = await h.employee('135792468', 'athens');
    const slot = await freeVideoSlot(citizen, 'athens', '2026-11-25', 4);
    const booked = await citizen.post('/api/v1/appointments', { ...slot, person, declarations });
    expect(booked.status).toBe(201);
    const writes = (await listAppRoutes()).filter((r) => r.method !== 'GET' && !CSRF_EXEMPT.some((p) => r.path.startsWith(p)));
    expect(writes.length).toBeGreaterThan(10);
    const sessionsBefore = await sessionCount();
    for (const route of writes) {
      const url = route.path.replace(/:id\b/, booked.body.id).replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      for (const c of [citizen, staff]) {
        for (const token of ['', 'wrong-token']) {
          const r = await c.send(route.method, url, {}, { 'X-CSRF-Token': token });
          expect(r.status, `${route.method} ${route.path} token=${JSON.stringify(token)}`).toBe(403);
          expect(r.body.error.code).toBe('csrf_failed');
        }
      }
    }
    expect(await sessionCount()).toBe(sessionsBefore);
    const appt = await h.knex('appointments').where({ id: booked.body.id }).first();
    expect(appt).toMatchObject({ status: 'booked', version: 1 });
    // The other browser's token does not fit this session either.
    const r = await citizen.post(`/api/v1/appointments/${booked.body.id}/cancel`, {}, { 'X-CSRF-Token': await staff.csrfToken() });
    expect(r.status).toBe(403);
  });
});

/**
 * Paths app.ts exempts from CSRF: authenticated otherwise (the signed webhook; video
 * and manage capability tokens in the path) or separate sites in production (stand-ins).
 * A new exemption must be added here on purpose.
 */
const CSRF_EXEMPT = ['/dev/', '/api/v1/video/webhook', '/api/v1/join/', '/api/v1/calls/', '/api/v1/manage/'];

describe('companies and business representatives', () => {
  it('a company signed in with its own credentials may book with company_credentials; a person may only declare', async () => {
    const company = await h.citizen('800123456');
    const me = await company.get('/api/v1/session');
    expect(me.body.user).toMatchObject({ kind: 'citizen', isCompany: true, taxId: '800123456' });
    expect(await h.knex('users').where({ tax_id: '800123456' }).first('kind')).toEqual({ kind: 'company' });

    const onBehalfOf = { kind: 'business', companyTaxId: '800123456', companyName: 'ΕΛΑΙΟΥΡΓΙΚΗ ΜΕΣΣΗΝΙΑΣ Α.Ε.', auth: 'company_credentials' };
    const slot = await freeVideoSlot(company, 'athens', '2026-11-26', 1);
    const ok = await company.post('/api/v1/appointments', { ...slot, person, declarations, onBehalfOf });
    expect(ok.status).toBe(201);
    expect(await h.knex('appointments').where({ id: ok.body.id }).first('business_auth', 'company_tax_id')).toEqual({ business_auth: 'company_credentials', company_tax_id: '800123456' });

    const natural = await h.citizen('068933130');
    const slot2 = await freeVideoSlot(natural, 'athens', '2026-11-26', 3);
    const refused = await natural.post('/api/v1/appointments', { ...slot2, person, declarations, onBehalfOf });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('company_not_signed_in');
    expect(refused.body.error.field).toBe('onBehalfOf.auth');
    const declared = await natural.post('/api/v1/appointments', { ...slot2, person, declarations, onBehalfOf: { ...onBehalfOf, auth: 'declared' } });
    expect(declared.status).toBe(201);
    expect(await h.knex('appointments').where({ id: declared.body.id }).first('business_auth')).toEqual({ business_auth: 'declared' });
  });
});
