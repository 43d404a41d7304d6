// PostgreSQL stopped and started again while people book: the API answers
// 503 with a message and Retry-After while it is away (never 500), recovers
// by itself, leaves no booking half-written, and every e-mail goes out once;
// the log says "unreachable" once and "answers again" once.
// Uses its own embedded cluster, since the shared test cluster must not restart.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, loadConfig } from '@muni/appointments';
import { createKnex, type EmbeddedCluster, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import { createTransport, type Scheduler, startScheduler } from '@muni/scheduler';
import { type SmtpSink, startSmtpSink, waitFor } from '@muni/scheduler/testing';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, watchDatabaseLogged } from './app';
import { closeServer } from './lib/closeServer';
import { ApiClient } from './testing/apiClient';
import { TEST_LINK_SECRET } from './testing/mails';

const NOW = new Date('2026-11-23T08:00:00Z'); // Monday 10:00 in Athens
const CITIZENS = ['068933130', '045123787', '112233441', '028765436'];
const person = { fullName: 'Νικόλαος Παπαδόπουλος', email: 'nikos@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

interface LogLine {
  level: number;
  msg: string;
}

describe('PostgreSQL stopped and started again under load', () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-api-pg-outage-')), 'data');
  let port: number;
  let cluster: EmbeddedCluster;
  let knex: Knex;
  let server: Server;
  let scheduler: Scheduler;
  let sink: SmtpSink;
  let url: string;
  let stopWatch = () => {};
  const logged: LogLine[] = [];
  const schedulerErrors: unknown[] = [];

  beforeAll(async () => {
    port = await freePort();
    cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    await cluster.createDatabase('muni');
    knex = createKnex(cluster.url('muni'), { max: 20 });
    await migrateLatest(knex);
    await seedDemoData(knex);
    // Few demo citizens book many times here.
    await knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });

    const logSink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
        done();
      },
    });
    const logger = createLogger('info', logSink);
    const apiPort = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(apiPort), HOST: '127.0.0.1', RATE_LIMIT_MULTIPLIER: '1000' } as NodeJS.ProcessEnv);
    // As `npm start` composes it: one watch of the database for the API and the scheduler.
    const database = watchDatabaseLogged(knex, logger);
    stopWatch = database.stop;
    server = createApp({ knex, config, logger, now: () => NOW }, { database }).listen(apiPort, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${apiPort}`;

    sink = await startSmtpSink();
    scheduler = await startScheduler({
      knex,
      databaseUrl: cluster.url('muni'),
      transport: createTransport(sink.url),
      publicUrl: url,
      linkSecret: TEST_LINK_SECRET,
      from: config.MAIL_FROM,
      now: () => NOW,
      pollIntervalMs: 200,
      lockLifetimeMs: 10_000,
      database,
      onError: (err) => schedulerErrors.push(err),
    });
  }, 120_000);

  afterAll(async () => {
    stopWatch();
    await scheduler?.stop().catch(() => undefined);
    if (server) await closeServer(server);
    await knex?.destroy();
    await sink?.stop();
    await cluster?.stop();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('503 with Retry-After while it is away, recovery without a restart, no half-written booking, each e-mail once, two log lines', { timeout: 180_000 }, async () => {
    const citizens = await Promise.all(CITIZENS.map((taxId) => new ApiClient(url).signIn('gsis', taxId)));
    const m = await knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await knex('topics').where({ municipality_id: m.id, name_en: 'Registration in the municipal roll' }).first('id');
    const q = { municipalityId: m.id, topicId: topic.id, mode: 'in_person' };
    const starts: string[] = [];
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']) {
      const r = await citizens[0]!.get(`/api/v1/municipalities/${q.municipalityId}/slots?mode=${q.mode}&topicId=${q.topicId}&from=${day}&to=${day}`);
      expect(r.status).toBe(200);
      starts.push(...(r.body.slots as { start: string }[]).map((s) => s.start));
    }
    expect(starts.length).toBeGreaterThan(60);

    const answers: { status: number; kind: 'book' | 'read'; at: number; body: { id?: string; error?: Record<string, unknown> }; retryAfter: string | null; replayed?: boolean }[] = [];
    const readList = async (c: ApiClient) => {
      const read = await c.get('/api/v1/municipalities');
      answers.push({ status: read.status, kind: 'read', at: Date.now(), body: read.body, retryAfter: read.headers.get('retry-after') });
    };
    let next = 0;
    let running = true;
    // Six people at once, each booking a next free-looking time and reading the municipality list in between.
    const load = Array.from({ length: 6 }, async (_, worker) => {
      const c = citizens[worker % citizens.length]!;
      while (running && next < starts.length) {
        const start = starts[next++]!;
        // As the wizard and the console do: a booking answered 503 is sent again with the same key until it is answered.
        // (PostgreSQL may stop after a commit, before the answer: the retry then gets that booking back, 200 "replayed".)
        const key = randomUUID();
        for (;;) {
          const booked = await c.post('/api/v1/appointments', { ...q, start, person, declarations }, { 'Idempotency-Key': key });
          const replayed = booked.headers.get('idempotent-replayed') === 'true';
          answers.push({ status: booked.status, kind: 'book', at: Date.now(), body: booked.body, retryAfter: booked.headers.get('retry-after'), replayed });
          await readList(c);
          if (booked.status !== 503) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, 40));
      }
    });

    await waitFor(() => answers.filter((a) => a.status === 201).length >= 5, 30_000);
    await cluster.stop();
    const downAt = Date.now();
    await waitFor(() => answers.filter((a) => a.at > downAt && a.status === 503).length >= 10, 20_000);
    cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    const upAt = Date.now();
    // It recovers by itself: bookings go through again on the same API process.
    await waitFor(() => answers.filter((a) => a.at > upAt && a.status === 201).length >= 5, 30_000);
    running = false;
    await Promise.all(load);

    // Never a 500: every answer is a booking, a lost race, a read, or "try again shortly".
    expect(answers.filter((a) => ![200, 201, 409, 503].includes(a.status)).map((a) => [a.status, a.body])).toEqual([]);
    const unavailable = answers.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThanOrEqual(10);
    for (const a of unavailable) {
      expect(a.retryAfter).toBe('5');
      expect(a.body.error).toMatchObject({ code: 'database_unavailable', retryAfterSeconds: 5, message: { el: expect.stringMatching(/Δοκιμάστε ξανά/), en: expect.stringMatching(/try again/) } });
    }
    expect(unavailable.some((a) => a.kind === 'read') && unavailable.some((a) => a.kind === 'book')).toBe(true);

    // No booking half-written: exactly the answered ones exist (new, or given back to a retry), each with its history and e-mails.
    const created = answers.filter((a) => a.kind === 'book' && (a.status === 201 || (a.status === 200 && a.replayed))).map((a) => a.body.id as string);
    expect(new Set(created).size).toBe(created.length);
    const rows = await knex('appointments').where({ status: 'booked' }).select('id');
    expect(rows.map((r) => r.id).sort()).toEqual([...created].sort());
    expect(await knex('appointment_events').whereNotIn('appointment_id', created).count('* as n').first()).toEqual({ n: 0 });
    expect(await knex('notifications').whereNotIn('appointment_id', created).count('* as n').first()).toEqual({ n: 0 });

    // No e-mail lost or sent twice.
    const due = await knex('notifications').where('send_after', '<=', NOW).pluck('id');
    expect(due.length).toBeGreaterThanOrEqual(created.length);
    await waitFor(async () => Number((await knex('notifications').where('send_after', '<=', NOW).whereNot('status', 'sent').count('* as n').first())!.n) === 0, 60_000, 200);
    const messageIds = sink.accepted.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(due.length);
    expect(messageIds.length).toBe(due.length);

    // The log: one line when it went away, one when it answered again (the watch asks every second); no request logged as an unhandled error.
    await waitFor(async () => logged.some((l) => l.msg.startsWith('database: answers again')), 15_000, 200);
    const databaseLines = logged.filter((l) => l.msg.startsWith('database:'));
    expect(databaseLines.map((l) => [l.level, l.msg])).toEqual([
      [50, expect.stringMatching(/^database: unreachable \(/)],
      [30, expect.stringMatching(/^database: answers again \(it was unreachable for [\d.]+ s\)$/)],
    ]);
    expect(logged.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    expect(schedulerErrors).toEqual([]);
  });
});
