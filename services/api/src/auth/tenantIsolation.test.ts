import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/apiClient';
import { useApiHarness } from '../testing/harness';
import { listAppRoutes } from './appRoutes';

/**
 * Every API route × every kind of caller × own/other tenant, with the exact
 * status each must get. The "own tenant" columns are Athens staff acting on
 * Athens ids; "other tenant" is the Thessaloniki admin acting on the same
 * Athens ids (or naming Athens in a body). A route registered in app.ts but
 * missing from ROUTES fails the first test: add its row there.
 */

const h = useApiHarness('2026-11-23T08:00:00Z');
// Few demo citizens book many times here; the per-citizen limits have their own tests (citizenLimits.test.ts).
beforeAll(() => h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false }));

const ROLES = ['anonymous', 'owner', 'otherCitizen', 'platformAdmin', 'staff', 'admin', 'otherAdmin', 'unpicked'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

/** Statuses in ROLES order: anonymous, owner, other citizen, platform admin, staff, admin, other-tenant admin, employee who has not picked. */
const e = (...s: [number, number, number, number, number, number, number, number]): Expect =>
  Object.fromEntries(ROLES.map((r, i) => [r, s[i]])) as Expect;

const PUBLIC = e(200, 200, 200, 200, 200, 200, 200, 200);
/** The owner or staff of the appointment's municipality; others learn nothing (404). */
const APPOINTMENT = e(401, 200, 404, 404, 200, 200, 404, 409);
/** Console actions on an appointment id: staff only, and only their own tenant's ids. */
const CONSOLE_ID = e(401, 403, 403, 403, 200, 200, 404, 409);
/** Admin API of the caller's own municipality: admins only. No tenant id in the path. */
const ADMIN_LIST = e(401, 403, 403, 403, 403, 200, 200, 409);
/** Admin API on an id: another tenant's ids are 404. */
const ADMIN_ID = (ok: number) => e(401, 403, 403, 403, 403, ok, 404, 409);
/** The platform admin's API: nobody else, whoever they are. */
const PLATFORM = (ok: number) => e(401, 403, 403, ok, 403, 403, 403, 403);
/** Capability URLs of video calls: a session grants nothing, an unknown token is 404 for everyone. */
const TOKEN = e(404, 404, 404, 404, 404, 404, 404, 404);

interface Fixture {
  athens: { id: string; videoTopicId: string; officeId: string; employeeId: string };
  thess: { id: string };
  /** A future booking of the owner in Athens. */
  appointmentId: string;
}

interface RouteCase {
  route: string;
  /** The URL to call; may create a fresh target (so a write by one role does not disturb the next). */
  url: (f: Fixture) => string | Promise<string>;
  body?: (f: Fixture) => unknown | Promise<unknown>;
  expect: Expect;
  /** Each role signs in anew: the route changes or ends the session. */
  freshSession?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many different routes
  check?: (role: Role, body: any, f: Fixture) => void | Promise<void>;
}

const person = { fullName: 'Ελένη Δοκιμαστική', email: 'eleni@example.gr', phone: '6900000000', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

// --- fresh targets -----------------------------------------------------------------

/** Days to take slots from; `quiet` days get one booking each, so a colleague is always free there. */
const busyDays = { next: new Date('2026-11-24T00:00:00Z'), perDay: Number.POSITIVE_INFINITY };
const quietDays = { next: new Date('2026-12-14T00:00:00Z'), perDay: 1 };

/** The next free video slot in Athens (moving on to later days as they fill). */
async function nextSlot(f: Fixture, days = busyDays): Promise<string> {
  const c = h.client();
  for (let i = 0; i < 60; i++) {
    const d = days.next.toISOString().slice(0, 10);
    const r = await c.get(`/api/v1/municipalities/${f.athens.id}/slots?mode=video&topicId=${f.athens.videoTopicId}&from=${d}&to=${d}`);
    const slots = (r.body.slots ?? []) as { start: string }[];
    if (days.perDay === 1) days.next = new Date(days.next.getTime() + 86_400_000);
    // Early morning: outside the part-time colleague's hours, so the full-time ones are the candidates.
    if (slots.length > 2) return slots[0]!.start;
    if (days.perDay !== 1) days.next = new Date(days.next.getTime() + 86_400_000);
  }
  throw new Error('no free slots left');
}

const bookingBody = async (f: Fixture, days = busyDays) => ({ municipalityId: f.athens.id, topicId: f.athens.videoTopicId, mode: 'video', start: await nextSlot(f, days), person, declarations });

async function freshAppointment(f: Fixture, days = busyDays): Promise<string> {
  const r = await (await as('owner')).post('/api/v1/appointments', await bookingBody(f, days));
  if (r.status !== 201) throw new Error(`fixture booking failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}

let pastSlot = 0;
/** A booked appointment that has already started (so it can be completed or marked no-show). */
async function startedAppointment(f: Fixture): Promise<string> {
  const id = await freshAppointment(f);
  const start = new Date(Date.parse('2026-11-16T07:00:00Z') + pastSlot++ * 45 * 60_000);
  const end = new Date(start.getTime() + 20 * 60_000);
  await h.knex('appointments').where({ id }).update({ starts_at: start, ends_at: end, busy_until: end });
  return id;
}

/** A colleague in Athens who handles video and is free at the appointment's time. */
async function freeColleague(id: string): Promise<string> {
  const appt = await h.knex('appointments').where({ id }).first();
  const busy = h.knex('appointments').whereNot('status', 'cancelled').where('starts_at', '<', appt.busy_until).where('busy_until', '>', appt.starts_at).select('employee_id');
  const row = await h.knex('employees as e')
    .join('employee_topics as et', 'et.employee_id', 'e.id')
    .where({ 'e.municipality_id': appt.municipality_id, 'e.active': true, 'et.topic_id': appt.topic_id })
    .whereNot('e.id', appt.employee_id)
    .whereRaw(`'video' = any(e.modes)`)
    .whereNull('e.working_hours')
    .whereNotIn('e.id', busy)
    .first('e.id');
  return row.id;
}

async function freshHold(f: Fixture): Promise<string> {
  const { start, ...rest } = await bookingBody(f);
  const r = await (await as('owner')).post('/api/v1/holds', { municipalityId: rest.municipalityId, topicId: rest.topicId, mode: 'video', start });
  if (r.status !== 201) throw new Error(`fixture hold failed: ${r.status}`);
  return r.body.id;
}

/** A copy of one of Athens' rows, for writes that would otherwise use up the demo data. */
async function freshRow(table: string, where: Record<string, unknown>, changes: Record<string, unknown> = {}): Promise<string> {
  const { id: _id, ...row } = await h.knex(table).where(where).first();
  // jsonb values go in as JSON text; text[] columns (lists of strings) stay arrays.
  const json = (v: unknown) => (v && typeof v === 'object' && !(v instanceof Date) && !(Array.isArray(v) && v.every((x) => typeof x === 'string')) ? JSON.stringify(v) : v);
  const values = Object.fromEntries(Object.entries({ ...row, ...changes }).map(([k, v]) => [k, json(v)]));
  const [copy] = await h.knex(table).insert(values).returning('id');
  return copy.id;
}
/** Another active municipality, for steps that would take Athens itself out of service. */
const freshMunicipality = async () => {
  const slug = `active-${Math.random().toString(36).slice(2, 10)}`;
  const [row] = await h.knex('municipalities').insert({ slug, name_el: slug, name_en: slug, modes: ['video'], durations: JSON.stringify({ video: 20 }), opening_hours: '{}', status: 'active' }).returning('id');
  return row.id as string;
};
const freshEmployee = (f: Fixture) => freshRow('employees', { id: f.athens.employeeId }, { tax_id: String(100_000_000 + Math.floor(Math.random() * 800_000_000)), is_admin: false });
const freshAbsence = async (f: Fixture) => {
  const [row] = await h.knex('employee_absences').insert({ employee_id: f.athens.employeeId, starts_at: new Date('2027-03-01T07:00:00Z'), ends_at: new Date('2027-03-02T15:00:00Z') }).returning('id');
  return row.id as string;
};

// --- the table ---------------------------------------------------------------------

const ADMIN = '/api/v1/admin/municipality';
const BOGUS_TOKEN = 'x'.repeat(43);

const ROUTES: RouteCase[] = [
  { route: 'GET /healthz', url: () => '/healthz', expect: PUBLIC },
  { route: 'GET /readyz', url: () => '/readyz', expect: PUBLIC },
  { route: 'GET /metrics', url: () => '/metrics', expect: PUBLIC },
  { route: 'GET /api/v1/video/status', url: () => '/api/v1/video/status', expect: PUBLIC },
  { route: 'GET /api/v1/openapi.json', url: () => '/api/v1/openapi.json', expect: PUBLIC },

  // Session and sign-in
  { route: 'GET /api/v1/session', url: () => '/api/v1/session', expect: PUBLIC },
  {
    route: 'POST /api/v1/session/municipality',
    url: () => '/api/v1/session/municipality',
    body: (f) => ({ municipalityId: f.athens.id }),
    expect: e(401, 403, 403, 403, 200, 200, 403, 200),
    freshSession: true,
  },
  { route: 'POST /api/v1/session/logout-everywhere', url: () => '/api/v1/session/logout-everywhere', expect: e(401, 200, 200, 200, 200, 200, 200, 200), freshSession: true },
  { route: 'GET /auth/gsis/login', url: () => '/auth/gsis/login', expect: e(302, 302, 302, 302, 302, 302, 302, 302) },
  { route: 'GET /auth/gsis-gov/login', url: () => '/auth/gsis-gov/login', expect: e(302, 302, 302, 302, 302, 302, 302, 302) },
  { route: 'GET /auth/gsis/callback', url: () => '/auth/gsis/callback?code=x&state=y', expect: e(400, 400, 400, 400, 400, 400, 400, 400), freshSession: true },
  { route: 'GET /auth/gsis-gov/callback', url: () => '/auth/gsis-gov/callback?code=x&state=y', expect: e(400, 400, 400, 400, 400, 400, 400, 400), freshSession: true },
  { route: 'POST /auth/logout', url: () => '/auth/logout', expect: PUBLIC, freshSession: true },

  // Public catalogue
  { route: 'GET /api/v1/municipalities', url: () => '/api/v1/municipalities', expect: PUBLIC },
  { route: 'GET /api/v1/municipalities/:id/topics', url: (f) => `/api/v1/municipalities/${f.athens.id}/topics`, expect: PUBLIC },
  { route: 'GET /api/v1/municipalities/:id/employees', url: (f) => `/api/v1/municipalities/${f.athens.id}/employees?topicId=${f.athens.videoTopicId}&mode=video`, expect: PUBLIC },
  { route: 'GET /api/v1/municipalities/:id/slots', url: (f) => `/api/v1/municipalities/${f.athens.id}/slots?topicId=${f.athens.videoTopicId}&mode=video&from=2026-11-24&to=2026-11-24`, expect: PUBLIC },

  // Holds and bookings
  {
    route: 'POST /api/v1/holds',
    url: () => '/api/v1/holds',
    body: async (f) => {
      const { municipalityId, topicId, start } = await bookingBody(f);
      return { municipalityId, topicId, mode: 'video', start };
    },
    // Staff may hold slots only in the municipality they act for, as with booking.
    expect: e(401, 201, 201, 403, 201, 201, 403, 409),
  },
  {
    route: 'DELETE /api/v1/holds/:id',
    url: async (f) => {
      lastHoldId = await freshHold(f);
      return `/api/v1/holds/${lastHoldId}`;
    },
    // Only the holder's own holds are released; for anyone else it is a no-op (checked below).
    expect: e(401, 204, 204, 403, 204, 204, 204, 409),
    check: async (role) => {
      const hold = await h.knex('appointments').where({ id: lastHoldId, status: 'held' }).first('id');
      expect(Boolean(hold)).toBe(role !== 'owner');
    },
  },
  { route: 'POST /api/v1/appointments', url: () => '/api/v1/appointments', body: bookingBody, expect: e(401, 201, 201, 403, 201, 201, 403, 409) },
  {
    route: 'GET /api/v1/me/appointments',
    url: () => '/api/v1/me/appointments',
    expect: e(401, 200, 200, 403, 403, 403, 403, 403),
    check: (role, body, f) => {
      const ids = [...body.upcoming, ...body.past].map((a: { id: string }) => a.id);
      expect(ids.includes(f.appointmentId)).toBe(role === 'owner');
    },
  },
  {
    route: 'GET /api/v1/me/export',
    url: () => '/api/v1/me/export',
    expect: e(401, 200, 200, 403, 403, 403, 403, 403),
    check: (role, body, f) => expect(body.appointments.some((a: { id: string }) => a.id === f.appointmentId)).toBe(role === 'owner'),
  },
  { route: 'GET /api/v1/appointments/:id', url: (f) => `/api/v1/appointments/${f.appointmentId}`, expect: APPOINTMENT },
  // The employee's link is for the employee who runs the call (here: staff); a colleague is told how to take it over.
  {
    route: 'GET /api/v1/appointments/:id/join-link',
    url: async (f) => {
      const id = await freshAppointment(f, quietDays); // alone on its day, so staff is free to hold it
      await h.knex('appointments').where({ id }).update({ employee_id: f.athens.employeeId });
      return `/api/v1/appointments/${id}/join-link`;
    },
    expect: e(401, 200, 404, 404, 200, 403, 404, 409),
    check: (role, body) => {
      if (role === 'admin') expect(body.error.code).toBe('not_your_call');
    },
  },
  { route: 'POST /api/v1/appointments/:id/take-over-call', url: async (f) => `/api/v1/appointments/${await freshAppointment(f)}/take-over-call`, expect: CONSOLE_ID },
  { route: 'GET /api/v1/appointments/:id/calendar.ics', url: (f) => `/api/v1/appointments/${f.appointmentId}/calendar.ics`, expect: APPOINTMENT },
  {
    route: 'POST /api/v1/appointments/:id/reschedule',
    url: async (f) => `/api/v1/appointments/${await freshAppointment(f)}/reschedule`,
    body: async (f) => ({ start: await nextSlot(f) }),
    expect: APPOINTMENT,
  },
  { route: 'POST /api/v1/appointments/:id/cancel', url: async (f) => `/api/v1/appointments/${await freshAppointment(f)}/cancel`, body: () => ({}), expect: APPOINTMENT },

  // Employee console
  {
    route: 'GET /api/v1/console/appointments',
    url: () => '/api/v1/console/appointments?date=2026-11-24&to=2026-12-31',
    expect: e(401, 403, 403, 403, 200, 200, 200, 409),
    check: async (role, body, f) => {
      const mine = role === 'otherAdmin' ? f.thess.id : f.athens.id;
      const rows = await h.knex('appointments').whereIn('id', body.map((a: { id: string }) => a.id)).pluck('municipality_id');
      expect(new Set(rows)).toEqual(new Set(rows.length ? [mine] : []));
      expect(body.some((a: { id: string }) => a.id === f.appointmentId)).toBe(role !== 'otherAdmin');
    },
  },
  // The search: the fixture's person is found by name in Athens only.
  {
    route: 'GET /api/v1/console/appointments',
    url: () => `/api/v1/console/appointments?q=${encodeURIComponent('δοκιμαστικη')}`,
    expect: e(401, 403, 403, 403, 200, 200, 200, 409),
    check: async (role, body, f) => {
      const rows = await h.knex('appointments').whereIn('id', body.map((a: { id: string }) => a.id)).pluck('municipality_id');
      expect(rows.every((m: string) => m === f.athens.id)).toBe(true);
      expect(body.some((a: { id: string }) => a.id === f.appointmentId)).toBe(role !== 'otherAdmin');
    },
  },
  {
    route: 'GET /api/v1/console/appointments.csv',
    url: () => '/api/v1/console/appointments.csv?date=2026-11-24&to=2026-12-31',
    expect: e(401, 403, 403, 403, 200, 200, 200, 409),
    check: async (role, body: string, f) => {
      const own = await h.knex('appointments').where({ id: f.appointmentId }).first('reference');
      expect(body.includes(own.reference)).toBe(role !== 'otherAdmin');
      if (role === 'otherAdmin') expect(body).not.toContain('Δοκιμαστική');
    },
  },
  {
    route: 'GET /api/v1/console/filters',
    url: () => '/api/v1/console/filters',
    expect: e(401, 403, 403, 403, 200, 200, 200, 409),
    check: (role, body, f) => {
      expect(body.topics.some((t: { id: string }) => t.id === f.athens.videoTopicId)).toBe(role !== 'otherAdmin');
      expect(body.employees.some((x: { id: string }) => x.id === f.athens.employeeId)).toBe(role !== 'otherAdmin');
    },
  },
  { route: 'POST /api/v1/console/appointments', url: () => '/api/v1/console/appointments', body: bookingBody, expect: e(401, 403, 403, 403, 201, 201, 403, 409) },
  { route: 'POST /api/v1/console/appointments/:id/complete', url: async (f) => `/api/v1/console/appointments/${await startedAppointment(f)}/complete`, expect: CONSOLE_ID },
  { route: 'POST /api/v1/console/appointments/:id/no-show', url: async (f) => `/api/v1/console/appointments/${await startedAppointment(f)}/no-show`, expect: CONSOLE_ID },
  {
    route: 'POST /api/v1/console/appointments/:id/reassign',
    url: async (f) => {
      const id = await freshAppointment(f, quietDays);
      reassignTo = await freeColleague(id);
      return `/api/v1/console/appointments/${id}/reassign`;
    },
    body: () => ({ employeeId: reassignTo }),
    expect: CONSOLE_ID,
  },
  // The fixture booking has no third person: staff of the municipality get 409, everyone else as usual.
  { route: 'POST /api/v1/console/appointments/:id/third-person-invite', url: (f) => `/api/v1/console/appointments/${f.appointmentId}/third-person-invite`, body: () => ({}), expect: e(401, 403, 403, 403, 409, 409, 404, 409) },
  { route: 'POST /api/v1/console/appointments/:id/documents-email', url: (f) => `/api/v1/console/appointments/${f.appointmentId}/documents-email`, body: () => ({}), expect: e(401, 403, 403, 403, 202, 202, 404, 409) },
  { route: 'PUT /api/v1/console/appointments/:id/outcome', url: async (f) => `/api/v1/console/appointments/${await startedAppointment(f)}/outcome`, body: () => ({ kind: 'resolved' }), expect: CONSOLE_ID },
  // Only the staff's own municipality's appointments of the citizen, never another's.
  {
    route: 'POST /api/v1/console/appointments/:id/citizen-export',
    url: (f) => `/api/v1/console/appointments/${f.appointmentId}/citizen-export`,
    body: () => ({ reason: 'Αίτημα του πολίτη' }),
    expect: CONSOLE_ID,
    check: async (_role, body, f) => {
      expect(body.appointments.some((a: { id: string }) => a.id === f.appointmentId)).toBe(true);
      const rows = await h.knex('appointments').whereIn('id', body.appointments.map((a: { id: string }) => a.id)).pluck('municipality_id');
      expect(new Set(rows)).toEqual(new Set([f.athens.id]));
    },
  },

  // Video calls: capability tokens, not sessions
  { route: 'GET /api/v1/join/:token', url: () => `/api/v1/join/${BOGUS_TOKEN}`, expect: TOKEN },
  { route: 'POST /api/v1/join/:token', url: () => `/api/v1/join/${BOGUS_TOKEN}`, expect: TOKEN },
  { route: 'GET /api/v1/calls/:token/participants', url: () => `/api/v1/calls/${BOGUS_TOKEN}/participants`, expect: TOKEN },
  { route: 'GET /api/v1/calls/:token/state', url: () => `/api/v1/calls/${BOGUS_TOKEN}/state`, expect: TOKEN },
  { route: 'POST /api/v1/calls/:token/admit', url: () => `/api/v1/calls/${BOGUS_TOKEN}/admit`, body: () => ({ identity: 'citizen-x' }), expect: TOKEN },
  { route: 'POST /api/v1/calls/:token/remove', url: () => `/api/v1/calls/${BOGUS_TOKEN}/remove`, body: () => ({ identity: 'citizen-x' }), expect: TOKEN },
  { route: 'POST /api/v1/calls/:token/identity-check/start', url: () => `/api/v1/calls/${BOGUS_TOKEN}/identity-check/start`, expect: TOKEN },
  { route: 'POST /api/v1/calls/:token/identity-check/result', url: () => `/api/v1/calls/${BOGUS_TOKEN}/identity-check/result`, body: () => ({ result: 'verified' }), expect: TOKEN },
  { route: 'POST /api/v1/calls/:token/audio-only', url: () => `/api/v1/calls/${BOGUS_TOKEN}/audio-only`, body: () => ({ audioOnly: true }), expect: TOKEN },
  // The person served's manage link: a capability token, not a session (an unknown one is 404 for everyone)
  { route: 'GET /api/v1/manage/:token', url: () => `/api/v1/manage/${BOGUS_TOKEN}`, expect: TOKEN },
  { route: 'POST /api/v1/manage/:token/reschedule', url: () => `/api/v1/manage/${BOGUS_TOKEN}/reschedule`, body: () => ({ start: '2026-12-01T08:00:00Z' }), expect: TOKEN },
  { route: 'POST /api/v1/manage/:token/cancel', url: () => `/api/v1/manage/${BOGUS_TOKEN}/cancel`, body: () => ({}), expect: TOKEN },
  // The short link in a text: the code is the credential; an unknown one is the same 404 page for everyone
  { route: 'GET /s/:code', url: () => '/s/AAAAAAAAAA', expect: TOKEN },
  // Signed by LiveKit, never by a session: the same answer whoever's browser sends it (here: no LiveKit in tests).
  { route: 'POST /api/v1/video/webhook', url: () => '/api/v1/video/webhook', expect: e(503, 503, 503, 503, 503, 503, 503, 503) },

  // Municipal admin (always the caller's own municipality)
  { route: `GET ${ADMIN}`, url: () => ADMIN, expect: ADMIN_LIST, check: (role, body, f) => expect(body.id).toBe(role === 'otherAdmin' ? f.thess.id : f.athens.id) },
  { route: `PUT ${ADMIN}`, url: () => ADMIN, body: () => ({ phone: '2100000000' }), expect: ADMIN_LIST },
  { route: `GET ${ADMIN}/closures`, url: () => `${ADMIN}/closures`, expect: ADMIN_LIST },
  { route: `POST ${ADMIN}/closures`, url: () => `${ADMIN}/closures`, body: () => ({}), expect: e(401, 403, 403, 403, 403, 422, 422, 409) },
  { route: `DELETE ${ADMIN}/closures/:id`, url: async (f) => `${ADMIN}/closures/${await freshRow('closures', { municipality_id: f.athens.id })}`, expect: ADMIN_ID(204) },
  { route: `GET ${ADMIN}/holidays`, url: () => `${ADMIN}/holidays?year=2026`, expect: ADMIN_LIST },
  { route: `GET ${ADMIN}/offices`, url: () => `${ADMIN}/offices`, expect: ADMIN_LIST, check: (role, body, f) => expect(body.some((o: { id: string }) => o.id === f.athens.officeId)).toBe(role !== 'otherAdmin') },
  { route: `POST ${ADMIN}/offices`, url: () => `${ADMIN}/offices`, body: () => ({}), expect: e(401, 403, 403, 403, 403, 422, 422, 409) },
  { route: `PUT ${ADMIN}/offices/:id`, url: async (f) => `${ADMIN}/offices/${await freshRow('offices', { id: f.athens.officeId })}`, body: () => ({ floor: '2' }), expect: ADMIN_ID(200) },
  { route: `DELETE ${ADMIN}/offices/:id`, url: async (f) => `${ADMIN}/offices/${await freshRow('offices', { id: f.athens.officeId })}`, expect: ADMIN_ID(204) },
  { route: `GET ${ADMIN}/topics`, url: () => `${ADMIN}/topics`, expect: ADMIN_LIST, check: (role, body, f) => expect(body.some((t: { id: string }) => t.id === f.athens.videoTopicId)).toBe(role !== 'otherAdmin') },
  { route: `GET ${ADMIN}/topics/:id`, url: (f) => `${ADMIN}/topics/${f.athens.videoTopicId}`, expect: ADMIN_ID(200) },
  { route: `POST ${ADMIN}/topics`, url: () => `${ADMIN}/topics`, body: () => ({}), expect: e(401, 403, 403, 403, 403, 422, 422, 409) },
  { route: `PUT ${ADMIN}/topics/:id`, url: async (f) => `${ADMIN}/topics/${await freshRow('topics', { id: f.athens.videoTopicId })}`, body: () => ({ active: false }), expect: ADMIN_ID(200) },
  { route: `DELETE ${ADMIN}/topics/:id`, url: async (f) => `${ADMIN}/topics/${await freshRow('topics', { id: f.athens.videoTopicId })}`, expect: ADMIN_ID(204) },
  { route: `GET ${ADMIN}/employees`, url: () => `${ADMIN}/employees`, expect: ADMIN_LIST, check: (role, body, f) => expect(body.some((x: { id: string }) => x.id === f.athens.employeeId)).toBe(role !== 'otherAdmin') },
  { route: `GET ${ADMIN}/employees/:id`, url: (f) => `${ADMIN}/employees/${f.athens.employeeId}`, expect: ADMIN_ID(200) },
  { route: `POST ${ADMIN}/employees`, url: () => `${ADMIN}/employees`, body: () => ({}), expect: e(401, 403, 403, 403, 403, 422, 422, 409) },
  { route: `PUT ${ADMIN}/employees/:id`, url: async (f) => `${ADMIN}/employees/${await freshEmployee(f)}`, body: () => ({ active: false }), expect: ADMIN_ID(200) },
  { route: `GET ${ADMIN}/employees/:id/absences`, url: (f) => `${ADMIN}/employees/${f.athens.employeeId}/absences`, expect: ADMIN_ID(200) },
  { route: `POST ${ADMIN}/employees/:id/absences`, url: (f) => `${ADMIN}/employees/${f.athens.employeeId}/absences`, body: () => ({}), expect: ADMIN_ID(422) },
  { route: `DELETE ${ADMIN}/employees/:id/absences/:absenceId`, url: async (f) => `${ADMIN}/employees/${f.athens.employeeId}/absences/${await freshAbsence(f)}`, expect: ADMIN_ID(204) },
  { route: `GET ${ADMIN}/interpreters`, url: () => `${ADMIN}/interpreters`, expect: ADMIN_LIST },
  { route: `POST ${ADMIN}/interpreters`, url: () => `${ADMIN}/interpreters`, body: () => ({}), expect: e(401, 403, 403, 403, 403, 422, 422, 409) },
  { route: `PUT ${ADMIN}/interpreters/:id`, url: async (f) => `${ADMIN}/interpreters/${await freshRow('interpreters', { municipality_id: f.athens.id })}`, body: () => ({ active: false }), expect: ADMIN_ID(200) },
  { route: `DELETE ${ADMIN}/interpreters/:id`, url: async (f) => `${ADMIN}/interpreters/${await freshRow('interpreters', { municipality_id: f.athens.id })}`, expect: ADMIN_ID(204) },
  // Statistics: the admin's own municipality (the other tenant's admin sees only theirs); the platform's for the platform admin
  {
    route: `GET ${ADMIN}/statistics`,
    url: () => `${ADMIN}/statistics?from=2026-11-01&to=2027-01-01`,
    expect: ADMIN_LIST,
    check: (role, body, f) => expect(body.topics.some((t: { key: string }) => t.key === f.athens.videoTopicId)).toBe(role !== 'otherAdmin'),
  },
  {
    route: `GET ${ADMIN}/statistics.csv`,
    url: () => `${ADMIN}/statistics.csv?from=2026-11-01&to=2027-01-01&table=topics`,
    expect: ADMIN_LIST,
    check: async (role, body: string, f) => {
      const topic = await h.knex('topics').where({ id: f.athens.videoTopicId }).first('name_el');
      expect(body.includes(topic.name_el)).toBe(role !== 'otherAdmin');
    },
  },
  { route: 'GET /api/v1/platform/statistics', url: () => '/api/v1/platform/statistics?from=2026-11-01&to=2027-01-01', expect: e(401, 403, 403, 200, 403, 403, 403, 403) },
  { route: 'GET /api/v1/platform/statistics.csv', url: () => '/api/v1/platform/statistics.csv?from=2026-11-01&to=2027-01-01&table=municipalities', expect: e(401, 403, 403, 200, 403, 403, 403, 403) },
  { route: `GET ${ADMIN}/joining`, url: () => `${ADMIN}/joining`, expect: ADMIN_LIST },
  // The demo pool interpreter serves both: each admin sees it for their own municipality.
  { route: `GET ${ADMIN}/shared-interpreters`, url: () => `${ADMIN}/shared-interpreters`, expect: ADMIN_LIST, check: (_role, body) => expect(body.map((i: { fullName: string }) => i.fullName)).toEqual(['Ελένη Νικολάου (ΕΝΓ)']) },
  { route: `PUT ${ADMIN}/joining`, url: () => `${ADMIN}/joining`, body: () => ({ contactPhone: '2100000000' }), expect: ADMIN_LIST },
  // Both demo municipalities have joined already: nothing to submit.
  { route: `POST ${ADMIN}/joining/submit`, url: () => `${ADMIN}/joining/submit`, expect: e(401, 403, 403, 403, 403, 409, 409, 409) },

  // Platform admin
  { route: 'POST /api/v1/platform/act-as-admin', url: () => '/api/v1/platform/act-as-admin', body: () => ({ active: true }), expect: e(401, 403, 403, 200, 403, 403, 403, 403) },
  { route: 'GET /api/v1/platform/municipalities', url: () => '/api/v1/platform/municipalities', expect: e(401, 403, 403, 200, 403, 403, 403, 403) },
  { route: 'POST /api/v1/platform/municipalities', url: () => '/api/v1/platform/municipalities', body: () => ({}), expect: e(401, 403, 403, 422, 403, 403, 403, 403) },
  { route: 'GET /api/v1/platform/municipalities/:id', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}`, expect: PLATFORM(200) },
  // Athens is active: approving or activating it is a step from the wrong status.
  { route: 'POST /api/v1/platform/municipalities/:id/approve', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}/approve`, expect: PLATFORM(409) },
  { route: 'POST /api/v1/platform/municipalities/:id/send-back', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}/send-back`, body: () => ({}), expect: PLATFORM(422) },
  { route: 'POST /api/v1/platform/municipalities/:id/deactivate', url: async () => `/api/v1/platform/municipalities/${await freshMunicipality()}/deactivate`, expect: PLATFORM(200) },
  { route: 'POST /api/v1/platform/municipalities/:id/activate', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}/activate`, expect: PLATFORM(409) },
  { route: 'POST /api/v1/platform/municipalities/:id/admins', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}/admins`, body: () => ({}), expect: PLATFORM(422) },
  // The clerk is no admin: there is no admin role to take away.
  { route: 'DELETE /api/v1/platform/municipalities/:id/admins/:employeeId', url: (f) => `/api/v1/platform/municipalities/${f.athens.id}/admins/${f.athens.employeeId}`, expect: PLATFORM(404) },
  { route: 'GET /api/v1/platform/interpreters', url: () => '/api/v1/platform/interpreters', expect: PLATFORM(200) },
  { route: 'POST /api/v1/platform/interpreters', url: () => '/api/v1/platform/interpreters', body: () => ({}), expect: PLATFORM(422) },
  {
    route: 'PUT /api/v1/platform/interpreters/:id',
    url: async () => `/api/v1/platform/interpreters/${(await h.knex('interpreters').whereNull('municipality_id').first('id')).id}`,
    body: () => ({ active: true }),
    expect: PLATFORM(200),
  },
  { route: 'GET /api/v1/platform/audit', url: () => '/api/v1/platform/audit', expect: PLATFORM(200) },
];

let reassignTo = '';
let lastHoldId = '';

// --- callers -----------------------------------------------------------------------

const PLATFORM_ADMIN_TAX_ID = '028765436';

async function signIn(role: Role): Promise<ApiClient> {
  switch (role) {
    case 'anonymous': {
      const c = h.client();
      await c.csrfToken(); // an anonymous session with a CSRF token, so writes reach the policy
      return c;
    }
    case 'owner':
      return h.citizen('045123787');
    case 'otherCitizen':
      return h.citizen('068933130');
    case 'platformAdmin': {
      const c = await h.citizen(PLATFORM_ADMIN_TAX_ID);
      // What `npm run create-platform-admin` sets, then acting as platform admin in this session.
      const user = await h.knex('users').where({ tax_id: PLATFORM_ADMIN_TAX_ID }).update({ platform_admin: true }).returning('id');
      await h.knex('sessions').where({ user_id: user[0]!.id }).update({ data: JSON.stringify({ asPlatformAdmin: true }) });
      return c;
    }
    case 'staff':
      return h.employee('055221137');
    case 'admin':
      return h.employee('135792468');
    case 'otherAdmin':
      return h.employee('109876540');
    case 'unpicked':
      return h.employee('144321982');
  }
}

const shared = new Map<Role, Promise<ApiClient>>();
function as(role: Role): Promise<ApiClient> {
  if (!shared.has(role)) shared.set(role, signIn(role));
  return shared.get(role)!;
}

// --- the tests ---------------------------------------------------------------------

const fixture = {} as Fixture;
beforeAll(async () => {
  const athens = await h.municipality('athens');
  const thess = await h.municipality('thessaloniki');
  fixture.athens = {
    id: athens.id,
    videoTopicId: athens.topics.find((t) => t.modes.includes('video'))!.id,
    officeId: (await h.knex('offices').where({ municipality_id: athens.id }).first('id')).id,
    employeeId: (await h.knex('employees').where({ municipality_id: athens.id, tax_id: '055221137' }).first('id')).id,
  };
  fixture.thess = { id: thess.id };
  fixture.appointmentId = await freshAppointment(fixture);
});

describe('tenant isolation matrix', () => {
  it('covers every route the app registers', async () => {
    const registered = (await listAppRoutes()).map((r) => `${r.method} ${r.path}`);
    const covered = new Set(ROUTES.map((r) => r.route));
    expect(registered.filter((r) => !covered.has(r)), 'routes missing from ROUTES in tenantIsolation.test.ts').toEqual([]);
    expect([...covered].filter((r) => !registered.includes(r)), 'rows for routes that no longer exist').toEqual([]);
  });

  describe.each(ROUTES)('$route', (rc) => {
    it.each(ROLES)('%s', async (role) => {
      const c = rc.freshSession ? await signIn(role) : await as(role);
      const method = rc.route.split(' ')[0]!;
      const url = await rc.url(fixture);
      const body = rc.body ? await rc.body(fixture) : method === 'GET' || method === 'DELETE' ? undefined : {};
      const r = method === 'GET' ? await c.get(url) : await c.send(method, url, body);
      if (rc.freshSession) shared.delete(role); // sign-outs may have ended this person's shared session too
      expect(r.status, `${role} ${rc.route}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(rc.expect[role]);
      if (r.status === 401) expect(r.body.error.code).toBe('sign_in_required');
      if (r.status === 409 && role === 'unpicked') expect(r.body.error.code).toBe('municipality_not_selected');
      if (r.status === 404 && typeof r.body === 'object') expect(r.body.error.message.el.length).toBeGreaterThan(3);
      if (rc.check && r.status < 300) await rc.check(role, r.body, fixture);
    });
  });

  it('nobody but staff of its municipality or its owner changed the shared appointment', async () => {
    const row = await h.knex('appointments').where({ id: fixture.appointmentId }).first('status', 'municipality_id');
    expect(row).toEqual({ status: 'booked', municipality_id: fixture.athens.id });
  });
});
