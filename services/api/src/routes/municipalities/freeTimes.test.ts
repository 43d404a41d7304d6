// Free times are answered from each API process's memory (freeTimesCache)
// until the municipality's availability version changes. Two API processes on
// one database, both with their caches warm: whatever one of them (or a
// direct write) changes, the other's very next answer shows it, and every
// answer is the one computed afresh from the database.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createLogger, freeSlots, loadBookingContext, loadConfig } from '@muni/appointments';
import { createKnex, freePort, seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { closeServer } from '../../lib/closeServer';
import { ApiClient } from '../../testing/apiClient';

const db = useTestDatabase();
const clock = { now: new Date('2026-11-23T08:00:00Z') }; // Monday 10:00 in Athens
const SHARED = '144321982'; // works for Athens and Thessaloniki (one person, one timeline)
const CLERK = '135792468'; // an Athens employee
const TOPIC = 'Family status certificate';
const DAY = '2026-11-24'; // Tuesday
const WEEK = { from: '2026-11-23', to: '2026-12-04' };
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

const pools: Knex[] = [];
const servers: Server[] = [];
let a: string; // the two API processes' base URLs
let b: string;
let athens: { id: string; topicId: string; sharedId: string };
let thessaloniki: { id: string; topicId: string; sharedId: string };

beforeAll(async () => {
  await seedDemoData(db.knex);
  await db.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });
  const urls: string[] = [];
  for (let i = 0; i < 2; i++) {
    const knex = createKnex(db.url, { max: 5 });
    pools.push(knex);
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MULTIPLIER: '1000' } as NodeJS.ProcessEnv);
    const server = createApp({ knex, config, logger: createLogger('silent'), now: () => clock.now }).listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    servers.push(server);
    urls.push(`http://127.0.0.1:${port}`);
  }
  [a, b] = urls as [string, string];
  const place = async (slug: string, topic: string) => {
    const m = await db.knex('municipalities').where({ slug }).first('id');
    const t = await db.knex('topics').where({ municipality_id: m.id, name_en: topic }).first('id');
    const e = await db.knex('employees').where({ municipality_id: m.id, tax_id: SHARED }).first('id');
    return { id: m.id as string, topicId: t.id as string, sharedId: e.id as string };
  };
  athens = await place('athens', TOPIC);
  thessaloniki = await place('thessaloniki', 'Certificate of permanent residence');
}, 60_000);

afterAll(async () => {
  for (const s of servers) await closeServer(s);
  for (const k of pools) await k.destroy();
});

type Place = typeof athens;
const query = (p: Place, w: { from: string; to: string }, employeeId?: string) =>
  `/api/v1/municipalities/${p.id}/slots?mode=video&topicId=${p.topicId}&from=${w.from}&to=${w.to}${employeeId ? `&employeeId=${employeeId}` : ''}`;

/** The free times' starts as API `url` answers them now. */
async function offered(url: string, p: Place, w: { from: string; to: string }, employeeId?: string): Promise<string[]> {
  const r = await new ApiClient(url).get(query(p, w, employeeId));
  expect(r.status).toBe(200);
  return (r.body.slots as { start: string }[]).map((s) => s.start);
}

/** The same question computed afresh from the database, with no cache involved. */
async function computed(p: Place, w: { from: string; to: string }, employeeId?: string): Promise<string[]> {
  const ctx = await loadBookingContext(db.knex, { municipalityId: p.id, topicId: p.topicId, mode: 'video' });
  return (await freeSlots(db.knex, ctx, { ...w, now: clock.now, employeeId })).map((s) => s.start.toISOString());
}

/** Both processes answer what the database says, for the shared employee and for anyone. */
async function bothAnswerAfresh(p: Place, w = WEEK) {
  for (const employeeId of [p.sharedId, undefined]) {
    const expected = await computed(p, w, employeeId);
    expect(await offered(a, p, w, employeeId)).toEqual(expected);
    expect(await offered(b, p, w, employeeId)).toEqual(expected);
  }
}

describe('free times from two API processes with warm caches', () => {
  it('a hold taken through one process is gone from the other\'s next answer, and back as soon as it is let go', async () => {
    await bothAnswerAfresh(athens);
    const start = (await offered(b, athens, { from: DAY, to: DAY }, athens.sharedId))[0]!;
    const citizen = await new ApiClient(a).signIn('gsis', '045123787');
    const hold = await citizen.post('/api/v1/holds', { municipalityId: athens.id, topicId: athens.topicId, mode: 'video', start, requestedEmployeeId: athens.sharedId });
    expect(hold.status).toBe(201);
    expect(await offered(b, athens, WEEK, athens.sharedId)).not.toContain(start);
    await bothAnswerAfresh(athens);

    expect((await citizen.send('DELETE', `/api/v1/holds/${hold.body.id}`)).status).toBe(204);
    expect(await offered(b, athens, WEEK, athens.sharedId)).toContain(start);
    await bothAnswerAfresh(athens);
  });

  it('a booking through one process, its cancellation through the other, and the person\'s other municipality sees both at once', async () => {
    await bothAnswerAfresh(athens);
    await bothAnswerAfresh(thessaloniki);
    // A time she is offered at in both municipalities (their lengths differ).
    const inThessaloniki = await offered(b, thessaloniki, { from: DAY, to: DAY }, thessaloniki.sharedId);
    const start = (await offered(a, athens, { from: DAY, to: DAY }, athens.sharedId)).find((s) => inThessaloniki.includes(s))!;
    expect(start).toBeDefined();

    const clerkB = await new ApiClient(b).signIn('gsis-gov', CLERK);
    expect((await clerkB.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(200);
    const booked = await clerkB.post(
      '/api/v1/appointments',
      { municipalityId: athens.id, topicId: athens.topicId, mode: 'video', start, requestedEmployeeId: athens.sharedId, person, declarations },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(booked.status).toBe(201);
    expect(await offered(a, athens, WEEK, athens.sharedId)).not.toContain(start);
    // She is busy then in Thessaloniki too: its cached grid no longer offers her.
    expect(await offered(a, thessaloniki, WEEK, thessaloniki.sharedId)).not.toContain(start);
    await bothAnswerAfresh(athens);
    await bothAnswerAfresh(thessaloniki);

    const clerkA = await new ApiClient(a).signIn('gsis-gov', CLERK);
    expect((await clerkA.post('/api/v1/session/municipality', { municipalityId: athens.id })).status).toBe(200);
    expect((await clerkA.post(`/api/v1/appointments/${booked.body.id}/cancel`, { reason: 'Ο πολίτης δεν μπορεί να έρθει.' })).status).toBe(200);
    expect(await offered(b, athens, WEEK, athens.sharedId)).toContain(start);
    expect(await offered(b, thessaloniki, WEEK, thessaloniki.sharedId)).toContain(start);
    await bothAnswerAfresh(athens);
    await bothAnswerAfresh(thessaloniki);
  });

  it('a hold running out frees its time at the next answer, with no write to announce it', async () => {
    const start = (await offered(a, athens, { from: DAY, to: DAY }, athens.sharedId))[2]!;
    const citizen = await new ApiClient(b).signIn('gsis', '068933130');
    const hold = await citizen.post('/api/v1/holds', { municipalityId: athens.id, topicId: athens.topicId, mode: 'video', start, requestedEmployeeId: athens.sharedId });
    expect(hold.status).toBe(201);
    expect(await offered(a, athens, WEEK, athens.sharedId)).not.toContain(start);
    const before = clock.now;
    try {
      clock.now = new Date(Date.parse(hold.body.expiresAt) + 1000);
      expect(await offered(a, athens, WEEK, athens.sharedId)).toContain(start);
      await bothAnswerAfresh(athens);
    } finally {
      clock.now = before;
    }
  });

  it('changes written straight to the database (a closure, an absence, opening hours) show in both processes\' next answers', async () => {
    await bothAnswerAfresh(athens);
    const [closure] = await db.knex('closures').insert({ municipality_id: athens.id, date: DAY, label: 'Τοπική αργία' }).returning('id');
    expect(await offered(a, athens, { from: DAY, to: DAY })).toEqual([]);
    expect(await offered(b, athens, { from: DAY, to: DAY })).toEqual([]);
    await db.knex('closures').where({ id: closure.id }).delete();
    expect((await offered(b, athens, { from: DAY, to: DAY })).length).toBeGreaterThan(0);

    await db.knex('employee_absences').insert({ employee_id: athens.sharedId, starts_at: new Date(`${DAY}T00:00:00Z`), ends_at: new Date('2026-11-26T00:00:00Z') });
    expect(await offered(a, athens, { from: DAY, to: DAY }, athens.sharedId)).toEqual([]);
    await bothAnswerAfresh(athens);

    await db.knex('municipalities').where({ id: athens.id }).update({ min_lead_minutes: 48 * 60 });
    await bothAnswerAfresh(athens);
    expect(await offered(b, athens, { from: DAY, to: DAY })).toEqual([]);
  });

  it('time moving on leaves out the times now too soon, and a new day moves the booking window', async () => {
    await db.knex('municipalities').where({ id: athens.id }).update({ min_lead_minutes: 60 });
    const late = { from: '2026-12-20', to: '2027-01-10' };
    await bothAnswerAfresh(athens);
    await bothAnswerAfresh(athens, late);
    const before = clock.now;
    try {
      clock.now = new Date('2026-11-23T11:00:00Z'); // 13:00 the same day
      await bothAnswerAfresh(athens);
      clock.now = new Date('2026-11-27T07:00:00Z'); // Friday: the window reaches further
      await bothAnswerAfresh(athens);
      await bothAnswerAfresh(athens, late);
    } finally {
      clock.now = before;
    }
    // A clock set back is answered afresh too.
    await bothAnswerAfresh(athens);
  });

  it('days long past or beyond the booking window have no free times, and are not kept', async () => {
    for (const w of [{ from: '2020-01-01', to: '2020-01-31' }, { from: '2030-01-01', to: '2030-01-31' }]) {
      await bothAnswerAfresh(athens, w);
      expect(await offered(a, athens, w)).toEqual([]);
    }
  });
});
