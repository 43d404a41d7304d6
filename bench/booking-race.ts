import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import pg from 'pg';
import { startBenchEnv } from './lib/env';
import { countOverlaps, createBenchMunicipality } from './lib/fixtures';
import { log } from './lib/log';
import { processTreeCpuMs } from './lib/processCpu';
import { runInChild } from './lib/child';
import { profilePhase } from './lib/cpuProfile';
import type { RacePlan, RaceReport } from './lib/raceClients';
import { signedInCitizens } from './lib/sessions';
import { percentile } from './lib/stats';

// Issues 4 and 17: 1,000 concurrent bookings at 100 free slots through real
// HTTP, one signed-in citizen each (a citizen may hold only a few future
// appointments); targets booked = slots, 0 overlaps, ≥ 500 attempts/s and
// attempt latency p99 < 2 s, with PostgreSQL's plain insert rate measured in
// the same run for scale. The clients run in a process of their own, as
// people's browsers do not share the API's event loop.

const ATTEMPTS = 1_000;
const EMPLOYEES = 10;
const TIMES = 10; // 10 employees × 10 slot times = 100 free slots
const NOW = new Date('2026-11-23T06:00:00Z'); // Monday 08:00 Athens
const DAY = '2026-11-24'; // Tuesday: the race is for its first 10 slot times
const ZONE = 'Europe/Athens';

const person = { fullName: 'Πολίτης Δοκιμής', email: 'race@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

/**
 * Statements the API sent during the race: every query of the pg driver
 * (BEGIN, savepoints, the rate limiter's upserts and prepared statements
 * included), and, with BENCH_SQL, knex's queries per kind: how many, their
 * mean time to answer, and when the first and the last ran.
 */
function countStatements(knex: Knex) {
  const started = new Map<string, { sql: string; t: number }>();
  const bySql = new Map<string, { n: number; ms: number; first: number; last: number }>();
  const t0 = performance.now();
  let total = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    total++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const onQuery = (q: { __knexQueryUid: string; sql: string }) => {
    started.set(q.__knexQueryUid, { sql: q.sql.replace(/\$\d+/g, '?').replace(/(\?, )+\?/g, '?…').replace(/\s+/g, ' ').slice(0, 140), t: performance.now() });
  };
  const onDone = (_res: unknown, q: { __knexQueryUid: string }) => {
    const s = started.get(q.__knexQueryUid);
    if (!s) return;
    started.delete(q.__knexQueryUid);
    const e = bySql.get(s.sql) ?? { n: 0, ms: 0, first: s.t - t0, last: 0 };
    e.n++;
    e.ms += performance.now() - s.t;
    e.last = performance.now() - t0;
    bySql.set(s.sql, e);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onDone);
  knex.on('query-error', onDone);
  return {
    stop: () => {
      pg.Client.prototype.query = query;
      knex.off('query', onQuery);
      knex.off('query-response', onDone);
      knex.off('query-error', onDone);
    },
    total: () => total,
    top: (n: number) =>
      [...bySql]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, n)
        .map(([sql, e]) => ({ calls: e.n, meanMs: Math.round((10 * e.ms) / e.n) / 10, firstLastS: [Math.round(e.first / 100) / 10, Math.round(e.last / 100) / 10], sql })),
  };
}

/** Runs the race from a child process (bench/lib/raceClients.ts). */
const runClients = (plan: RacePlan) => runInChild<RacePlan, RaceReport>(new URL('./lib/raceClients.ts', import.meta.url), plan);

/** Single-row INSERTs into a constraint-free copy of the table, as concurrent as the race. */
async function plainInsertRate(knex: Knex, municipalityId: string, topicId: string, employeeIds: string[]): Promise<number> {
  await knex.raw('CREATE TABLE bench_plain_appointments (LIKE appointments INCLUDING DEFAULTS)');
  const base = DateTime.fromISO(`${DAY}T08:00`, { zone: ZONE }).toMillis();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: ATTEMPTS }, (_, i) => {
      const start = new Date(base + i * 60_000);
      return knex('bench_plain_appointments').insert({
        municipality_id: municipalityId,
        topic_id: topicId,
        mode: 'in_person',
        status: 'booked',
        employee_id: employeeIds[i % employeeIds.length],
        starts_at: start,
        ends_at: new Date(start.getTime() + 20 * 60_000),
        busy_until: new Date(start.getTime() + 20 * 60_000),
        person_full_name: person.fullName,
        person_email: person.email,
        person_phone: person.phone,
        declared_true_at: NOW,
        privacy_read_at: NOW,
      });
    }),
  );
  return Math.round(ATTEMPTS / ((performance.now() - t0) / 1000));
}

export async function run(): Promise<Record<string, unknown>> {
  // The API pool of `npm start` (scripts/stack.ts); BENCH_POOL tries another size.
  const env = await startBenchEnv({ now: NOW, pool: Number(process.env.BENCH_POOL ?? 20) });
  try {
    const m = await createBenchMunicipality(env.knex, { slug: 'bench-race', employees: EMPLOYEES, bufferMinutes: 0, bookingWindowDays: 60 });
    const offered = await fetch(`${env.url}/api/v1/municipalities/${m.municipalityId}/slots?mode=in_person&topicId=${m.topicId}&from=${DAY}&to=${DAY}`);
    const times = ((await offered.json()) as { slots: { start: string }[] }).slots.slice(0, TIMES).map((s) => s.start);
    if (times.length < TIMES) throw new Error(`only ${times.length} slot times offered on ${DAY}`);
    const slots = times.length * EMPLOYEES;

    log(`${ATTEMPTS} citizens get sessions`);
    const citizens = await signedInCitizens(env.knex, ATTEMPTS, NOW);

    log(`firing ${ATTEMPTS} concurrent bookings at ${slots} free slots (from a process of their own)`);
    const statements = countStatements(env.knex);
    const stopProfile = await profilePhase();
    const cpu0 = { node: process.cpuUsage(), pg: processTreeCpuMs(env.postgresPid()) };
    const attempts = citizens.map((c, i) => ({ ...c, body: { municipalityId: m.municipalityId, topicId: m.topicId, mode: 'in_person', start: times[i % TIMES], person, declarations } }));
    const report = await runClients({ url: env.url, attempts });
    const seconds = report.elapsedMs / 1000;
    const nodeCpu = process.cpuUsage(cpu0.node);
    const cpuMs = { api: Math.round((nodeCpu.user + nodeCpu.system) / 1000), postgres: processTreeCpuMs(env.postgresPid()) - cpu0.pg, clients: Math.round(report.cpuMs) };
    statements.stop();
    await stopProfile();
    if (process.env.BENCH_SQL) for (const t of statements.top(30)) log(JSON.stringify(t));
    const sorted = report.latencies.sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(sorted, p));
    const statuses = new Map(Object.entries(report.statuses).map(([k, v]) => [Number(k), v]));
    const failures = new Map(Object.entries(report.failures));
    const conflictsWithAlternatives = report.conflictsWithAlternatives;

    // Reference in the same run: the same citizens send the same route a body
    // it refuses (422) before any booking work, through everything in front of
    // the command (connection, session, CSRF, rate limits, validation).
    log(`reference: ${ATTEMPTS} concurrent requests the route refuses before booking`);
    const floorCpu0 = { node: process.cpuUsage(), pg: processTreeCpuMs(env.postgresPid()) };
    const floor = await runClients({ url: env.url, attempts: attempts.map((a) => ({ ...a, body: { ...a.body, mode: 'not-a-mode' } })) });
    const floorNode = process.cpuUsage(floorCpu0.node);
    const floorCpuMs = { api: (floorNode.user + floorNode.system) / 1000, postgres: processTreeCpuMs(env.postgresPid()) - floorCpu0.pg, clients: floor.cpuMs };
    const perAttempt = (cpu: Record<string, number>) => Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.round((10 * v) / ATTEMPTS) / 10]));

    const booked = Number((await env.knex('appointments').where({ municipality_id: m.municipalityId, status: 'booked' }).count('* as n').first())!.n);
    const overlaps = await countOverlaps(env.knex, m.municipalityId);
    log('measuring plain INSERT rate into a scratch table with the same columns');
    const plain = await plainInsertRate(env.knex, m.municipalityId, m.topicId, m.employeeIds);
    return {
      attempts: ATTEMPTS,
      slots,
      booked,
      overlaps,
      rate: Math.round(ATTEMPTS / seconds),
      plainInsertRate: plain,
      seconds: Math.round(seconds * 100) / 100,
      lastAnswerSeconds: Math.round(seconds * 100) / 100,
      attemptLatencyMs: { p50: ms(50), p95: ms(95), p99: ms(99), max: Math.round(sorted.at(-1) ?? Number.NaN) },
      // Load-independent: CPU per attempt of the API process, of PostgreSQL and of the clients' process.
      cpuMsPerAttempt: perAttempt(cpuMs),
      statementsPerAttempt: Math.round((10 * statements.total()) / ATTEMPTS) / 10,
      refusedBeforeBooking: {
        rate: Math.round(ATTEMPTS / (floor.elapsedMs / 1000)),
        p99Ms: Math.round(percentile(floor.latencies.sort((a, b) => a - b), 99)),
        statuses: floor.statuses,
        cpuMsPerAttempt: perAttempt(floorCpuMs),
        note: 'the same route, citizens and clients, with a body refused (422) before the booking command: the ceiling of everything in front of it on this machine',
      },
      rateShareOfRefused: `${Math.round((100 * ATTEMPTS) / seconds / (ATTEMPTS / (floor.elapsedMs / 1000)))}%`,
      rateShareOfPlainInsert: `${Math.round((100 * ATTEMPTS) / seconds / plain)}%`,
      created201: statuses.get(201) ?? 0,
      conflict409: statuses.get(409) ?? 0,
      conflictsWithAlternatives,
      networkFailures: Object.fromEntries(failures),
      otherStatuses: Object.fromEntries([...statuses].filter(([s]) => s !== 201 && s !== 409)),
      target: 'booked = slots, 0 overlaps, ≥ 500 attempts/s, attempt latency p99 < 2 s',
      pass: booked === slots && overlaps === 0 && (statuses.get(201) ?? 0) === slots && ATTEMPTS / seconds >= 500 && ms(99) < 2000,
    };
  } finally {
    await env.stop();
  }
}
