/**
 * Issue 17: the morning a popular topic opens. Thousands of simulated citizens
 * (bench/lib/rushClients.ts, a process of their own) arrive over a few minutes
 * to browse free times, hold one and book it, while 20 employees keep reading
 * their console and the scheduler sends the confirmations, all against ONE API
 * process (this one, with the scheduler beside it as `npm start` runs them).
 *
 * Sign-in is not part of the rush: each citizen and employee gets a session
 * row directly (as the GSIS callback would have written it).
 *
 * Prints throughput, p50/p95/p99 per route, errors (apart from the expected
 * 409s of lost times), database connections used, and where the time goes:
 * CPU of the API process, PostgreSQL and the clients; the API's event-loop
 * delay; waits for a pooled connection; the SQL statements that took most of
 * the database time. A reference from the same run: a bare Koa route on this
 * machine at the same concurrency, just before the rush.
 *
 * RUSH_CITIZENS (default 2000) and RUSH_SECONDS (default 180) scale it.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createKnex } from '@muni/db';
import { createTransport, startScheduler } from '@muni/scheduler';
import { startSmtpSinkProcess } from '@muni/scheduler/testing';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { startBenchEnv } from './lib/env';
import { countOverlaps, createBenchMunicipality } from './lib/fixtures';
import { log } from './lib/log';
import { processTreeCpuMs } from './lib/processCpu';
import { bareKoaReference } from './lib/reference';
import { insertSessions, signedInCitizens } from './lib/sessions';
import { runInChild } from './lib/child';
import type { RushPlan, RushReport } from './lib/rushClients';
import { percentile } from './lib/stats';

const CITIZENS = Number(process.env.RUSH_CITIZENS ?? 2000);
const SECONDS = Number(process.env.RUSH_SECONDS ?? 180);
const EMPLOYEES = 20;
// Monday 08:00 Athens, the topic opens: ahead of the real clock, as the
// scheduler's purge of expired holds compares with the database's now().
const NOW = new Date('2030-11-25T06:00:00Z');
const ZONE = 'Europe/Athens';
const WINDOW_DAYS = 28;
const API_POOL = 20;

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function latency(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50), 1), p95: round(percentile(s, 95), 1), p99: round(percentile(s, 99), 1), max: round(s.at(-1) ?? Number.NaN, 1) };
}

/**
 * Time spent in SQL, per statement (knex's text, values left out), from the
 * API pool's query events; and the waits for a free connection (tarn events).
 */
function instrument(knex: Knex) {
  const started = new Map<string, { sql: string; t: number }>();
  const bySql = new Map<string, { n: number; ms: number }>();
  let dbMs = 0;
  knex.on('query', (q: { __knexQueryUid: string; sql: string }) => started.set(q.__knexQueryUid, { sql: q.sql, t: performance.now() }));
  const done = (_err: unknown, q: { __knexQueryUid: string }) => {
    const s = started.get(q.__knexQueryUid);
    if (!s) return;
    started.delete(q.__knexQueryUid);
    const ms = performance.now() - s.t;
    dbMs += ms;
    const key = s.sql.replace(/\$\d+/g, '?').replace(/(\?, )+\?/g, '?…').slice(0, 160);
    const e = bySql.get(key) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += ms;
    bySql.set(key, e);
  };
  knex.on('query-response', (_res: unknown, q: { __knexQueryUid: string }) => done(null, q));
  knex.on('query-error', (err: unknown, q: { __knexQueryUid: string }) => done(err, q));
  const pool = (knex.client as { pool: { on: (e: string, f: (id: number) => void) => void; numUsed(): number; numPendingAcquires(): number } }).pool;
  const waits = new Map<number, number>();
  const waitMs: number[] = [];
  pool.on('acquireRequest', (id: number) => waits.set(id, performance.now()));
  pool.on('acquireSuccess', (id: number) => {
    const t = waits.get(id);
    if (t !== undefined) waitMs.push(performance.now() - t);
    waits.delete(id);
  });
  let maxUsed = 0;
  let maxPending = 0;
  const sample = setInterval(() => {
    maxUsed = Math.max(maxUsed, pool.numUsed());
    maxPending = Math.max(maxPending, pool.numPendingAcquires());
  }, 50);
  return {
    stop: () => clearInterval(sample),
    report: (elapsedMs: number) => ({
      sqlMsPerSecond: round(dbMs / (elapsedMs / 1000), 0),
      meanStatementsInFlight: round(dbMs / elapsedMs, 2),
      poolMaxInUse: maxUsed,
      poolMaxWaiting: maxPending,
      poolWaitMs: latency(waitMs),
      topStatementsByTime: [...bySql]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 10)
        .map(([sql, e]) => ({ sql, calls: e.n, totalMs: round(e.ms, 0), meanMs: round(e.ms / e.n, 2), shareOfSqlTime: `${round((100 * e.ms) / dbMs, 1)}%` })),
    }),
  };
}

const runClients = (plan: RushPlan) => runInChild<RushPlan, RushReport>(new URL('./lib/rushClients.ts', import.meta.url), plan);

export async function run(): Promise<Record<string, unknown>> {
  const env = await startBenchEnv({ now: NOW, pool: API_POOL });
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => env.stop()];
  try {
    const { knex } = env;
    const m = await createBenchMunicipality(knex, { slug: 'bench-rush', employees: EMPLOYEES, bufferMinutes: 0, bookingWindowDays: WINDOW_DAYS });
    log(`${CITIZENS} citizens and ${EMPLOYEES} employees get sessions`);
    const citizens = await signedInCitizens(knex, CITIZENS, NOW);
    const taxIds: string[] = await knex('employees').whereIn('id', m.employeeIds).orderBy('tax_id').pluck('tax_id');
    const employees = await insertSessions(knex, taxIds.map((t) => ({ kind: 'employee', employee_tax_id: t, active_municipality_id: m.municipalityId })), NOW);
    await knex.raw('ANALYZE');

    const today = DateTime.fromJSDate(NOW, { zone: ZONE }).startOf('day');
    const weeks = [0, 7, 14, 21].map((d) => ({ from: today.plus({ days: d }).toISODate()!, to: today.plus({ days: d + 6 }).toISODate()! }));

    log('reference: a bare Koa route, 50 in flight');
    const reference = await bareKoaReference(50, 5000);

    log('scheduler beside the API, sending to a local SMTP sink');
    const sink = await startSmtpSinkProcess();
    cleanups.push(() => sink.stop());
    const transport = createTransport(sink.url, { maxConnections: 8 });
    cleanups.push(() => transport.close());
    const clockStart = Date.now();
    const schedulerKnex = createKnex(env.databaseUrl, { max: 6 });
    cleanups.push(() => schedulerKnex.destroy());
    const scheduler = await startScheduler({
      knex: schedulerKnex,
      databaseUrl: env.databaseUrl,
      transport,
      publicUrl: 'https://rantevou.example.gr',
      linkSecret: env.config.LINK_SECRET,
      from: 'no-reply@rantevou.example.gr',
      pollIntervalMs: 500,
      concurrency: 8,
      // The API's clock starts at NOW; the scheduler's runs on from it, so reminders days ahead stay pending.
      now: () => new Date(NOW.getTime() + (Date.now() - clockStart)),
      onError: () => undefined,
    });
    cleanups.push(() => scheduler.stop());

    // Connections to the bench database, seen from PostgreSQL, through a connection of its own.
    const watcher = createKnex(env.databaseUrl, { max: 1 });
    cleanups.push(() => watcher.destroy());
    let maxConnections = 0;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const r = await watcher.raw("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'");
        maxConnections = Math.max(maxConnections, r.rows[0].n);
        await new Promise((res) => setTimeout(res, 250));
      }
    })();

    const postmasterPid = env.postgresPid();
    const probe = instrument(knex);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu0 = { api: process.cpuUsage(), postgres: processTreeCpuMs(postmasterPid) };

    log(`the rush: ${CITIZENS} citizens over ${SECONDS} s`);
    const t0 = performance.now();
    const report = await runClients({
      url: env.url,
      municipalityId: m.municipalityId,
      topicId: m.topicId,
      mode: 'video', // the service's own kind of appointment (in person would need an office for the e-mail)
      weeks,
      consoleDay: today.toISODate()!,
      citizens,
      employees,
      seconds: SECONDS,
      formMs: [2000, 8000],
      abandonShare: 0.1,
      seed: 17,
    });
    const elapsedMs = performance.now() - t0;
    loop.disable();
    probe.stop();
    const apiCpu = process.cpuUsage(cpu0.api);
    const postgresCpuSeconds = round((processTreeCpuMs(postmasterPid) - cpu0.postgres) / 1000, 1);

    log('waiting for the scheduler to send the confirmations');
    const confirmationsDue = Number((await knex('notifications').where({ kind: 'confirmation' }).count('* as n').first())!.n);
    const sendStart = performance.now();
    for (;;) {
      const pending = Number((await knex('notifications').where({ kind: 'confirmation', status: 'pending' }).count('* as n').first())!.n);
      if (pending === 0 || performance.now() - sendStart > 120_000) break;
      await new Promise((res) => setTimeout(res, 200));
    }
    const sentAfterRushSeconds = round((performance.now() - sendStart) / 1000, 1);
    const sent = Number((await knex('notifications').where({ kind: 'confirmation', status: 'sent' }).count('* as n').first())!.n);
    const byStatus: { status: string; last_error: string | null; n: number }[] = await knex('notifications')
      .where({ kind: 'confirmation' })
      .whereNot({ status: 'sent' })
      .groupBy('status', 'last_error')
      .select('status', 'last_error')
      .count('* as n');
    watching = false;
    await watch;

    const booked = Number((await knex('appointments').where({ municipality_id: m.municipalityId, status: 'booked' }).count('* as n').first())!.n);
    const overlaps = await countOverlaps(knex, m.municipalityId);
    const requests = Object.values(report.routes).reduce((n, r) => n + r.ms.length, 0);
    const routes = Object.fromEntries(Object.entries(report.routes).map(([route, r]) => [route, { ...latency(r.ms), statuses: r.statuses }]));
    const errors = Object.entries(report.routes).flatMap(([route, r]) =>
      Object.entries(r.statuses)
        .filter(([s]) => !(Number(s) < 300 || (s === '409' && (route === 'POST /holds' || route === 'POST /appointments'))))
        .map(([s, n]) => ({ route, status: Number(s), n })),
    );
    const holdLatency = routes['POST /holds'];
    const bookLatency = routes['POST /appointments'];
    return {
      citizens: CITIZENS,
      employees: EMPLOYEES,
      rushSeconds: SECONDS,
      elapsedSeconds: round(elapsedMs / 1000, 1),
      throughput: {
        requestsPerSecond: round(requests / (elapsedMs / 1000), 0),
        bookingsPerSecond: round(report.booked / (elapsedMs / 1000), 1),
        requests,
      },
      outcome: { booked: report.booked, bookedInDatabase: booked, abandonedAfterHold: report.abandoned, gaveUpAfterLostTimes: report.gaveUp, noFreeTime: report.noFreeTime, overlaps },
      routes,
      errors: { unexpectedStatuses: errors, networkErrors: report.networkErrors, examples: report.unexpected },
      confirmations: { due: confirmationsDue, sent, allSentSecondsAfterRush: sentAfterRushSeconds, notSent: byStatus.map((r) => ({ ...r, n: Number(r.n) })) },
      databaseConnections: { maxSeenByPostgres: maxConnections, apiPoolSize: API_POOL, schedulerPool: 6 },
      whereTheTimeGoes: {
        cpuSeconds: { apiAndScheduler: round((apiCpu.user + apiCpu.system) / 1e6, 1), postgres: postgresCpuSeconds, clients: report.cpuSeconds },
        apiEventLoopDelayMs: { p50: round(loop.percentile(50) / 1e6, 1), p99: round(loop.percentile(99) / 1e6, 1), max: round(loop.max / 1e6, 1) },
        ...probe.report(elapsedMs),
      },
      reference: { bareKoa: reference },
      target: 'errors 0 apart from 409s; 0 overlaps; hold and booking p99 < 2 s',
      pass: errors.length === 0 && Object.keys(report.networkErrors).length === 0 && overlaps === 0 && (holdLatency?.p99 ?? Infinity) < 2000 && (bookLatency?.p99 ?? Infinity) < 2000,
    };
  } finally {
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
  }
}

