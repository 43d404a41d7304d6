// Two API processes and two schedulers on one database, as a scaled-out
// deployment runs them (each with its own pools): concurrent bookings for the
// same times at both APIs give no double booking, and every e-mail reaches a
// real SMTP server exactly once.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createLogger, loadConfig } from '@muni/appointments';
import { createKnex, freePort, seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import { createTransport, type Scheduler, startScheduler } from '@muni/scheduler';
import { type SmtpSink, startSmtpSink, waitFor } from '@muni/scheduler/testing';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { closeServer } from './lib/closeServer';
import { ApiClient } from './testing/apiClient';
import { TEST_LINK_SECRET } from './testing/mails';

const db = useTestDatabase();
const NOW = new Date('2026-11-23T08:00:00Z'); // Monday 10:00 in Athens
const CITIZENS = ['068933130', '045123787', '112233441', '028765436'];
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };
const QUALIFIED = 2; // employees for in-person registration in Athens

const pools: Knex[] = [];
const servers: Server[] = [];
const schedulers: Scheduler[] = [];
const apis: string[] = [];
let sink: SmtpSink;

beforeAll(async () => {
  await seedDemoData(db.knex);
  await db.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });
  sink = await startSmtpSink();
  for (let i = 0; i < 2; i++) {
    const apiKnex = createKnex(db.url, { max: 10 });
    const schedulerKnex = createKnex(db.url, { max: 6 });
    pools.push(apiKnex, schedulerKnex);
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_MULTIPLIER: '1000' } as NodeJS.ProcessEnv);
    const server = createApp({ knex: apiKnex, config, logger: createLogger('silent'), now: () => NOW }).listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    servers.push(server);
    apis.push(`http://127.0.0.1:${port}`);
    schedulers.push(
      await startScheduler({
        knex: schedulerKnex,
        databaseUrl: db.url,
        transport: createTransport(sink.url, { maxConnections: 4 }),
        publicUrl: apis[0]!,
        linkSecret: TEST_LINK_SECRET,
        from: config.MAIL_FROM,
        now: () => NOW,
        pollIntervalMs: 200,
        concurrency: 4,
        batchSize: 5,
        lockLifetimeMs: 10_000,
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  for (const s of schedulers) await s.stop();
  for (const s of servers) await closeServer(s);
  for (const k of pools) await k.destroy();
  await sink?.stop();
});

/** Pairs of active rows of one employee whose busy times overlap: must be none. */
async function overlaps(): Promise<number> {
  const { rows } = await db.knex.raw(`
    SELECT count(*)::int AS n FROM appointments a JOIN appointments b ON a.id < b.id
     WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
       AND a.employee_id = b.employee_id AND tstzrange(a.starts_at, a.busy_until) && tstzrange(b.starts_at, b.busy_until)`);
  return rows[0].n;
}

describe('two API processes and two schedulers on one database', () => {
  it('48 bookings for 4 times fired at both APIs at once: 2 per time, no overlap; each e-mail sent exactly once', { timeout: 120_000 }, async () => {
    // Each person signed in at both APIs (the sessions live in the shared database).
    const clients = await Promise.all(apis.flatMap((api) => CITIZENS.map((taxId) => new ApiClient(api).signIn('gsis', taxId))));
    const m = await db.knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await db.knex('topics').where({ municipality_id: m.id, name_en: 'Registration in the municipal roll' }).first('id');
    const q = { municipalityId: m.id, topicId: topic.id, mode: 'in_person' };
    const slots = await clients[0]!.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${q.mode}&topicId=${q.topicId}&from=2026-11-24&to=2026-11-24`);
    const all = (slots.body.slots as { start: string }[]).map((s) => s.start);
    // Every other slot: with the buffer, neighbouring times of one employee would touch.
    const times = [all[0]!, all[2]!, all[4]!, all[6]!];

    const results = await Promise.all(
      Array.from({ length: 48 }, async (_, i) => {
        const start = times[i % times.length]!;
        const r = await clients[i % clients.length]!.post('/api/v1/appointments', { ...q, start, person, declarations }, { 'Idempotency-Key': randomUUID() });
        return { status: r.status, start, api: i % clients.length < CITIZENS.length ? 0 : 1, id: r.body.id as string | undefined };
      }),
    );

    expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    const won = results.filter((r) => r.status === 201);
    expect(won).toHaveLength(times.length * QUALIFIED);
    for (const t of times) expect(won.filter((r) => r.start === t)).toHaveLength(QUALIFIED);
    expect(new Set(results.map((r) => r.api))).toEqual(new Set([0, 1])); // both APIs took part
    expect(await overlaps()).toBe(0);
    expect((await db.knex('appointments').where({ status: 'booked' }).pluck('id')).sort()).toEqual(won.map((r) => r.id).sort());

    // Both schedulers drain the outbox together: every due e-mail once.
    const due = await db.knex('notifications').where('send_after', '<=', NOW).pluck('id');
    expect(due.length).toBeGreaterThanOrEqual(won.length);
    await waitFor(async () => Number((await db.knex('notifications').where('send_after', '<=', NOW).whereNot('status', 'sent').count('* as n').first())!.n) === 0, 60_000, 100);
    const messageIds = sink.accepted.map((mail) => mail.messageId);
    expect(messageIds).toHaveLength(due.length);
    expect(new Set(messageIds).size).toBe(due.length);
  });
});
