import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { startBenchEnv } from './lib/env';
import { countOverlaps, createBenchMunicipality } from './lib/fixtures';
import { log } from './lib/log';
import { signedInCitizens } from './lib/sessions';
import { percentile } from './lib/stats';

// Issues 4 and 17: 1,000 concurrent bookings at 100 free slots through real
// HTTP, one signed-in citizen each (a citizen may hold only a few future
// appointments); targets booked = slots, 0 overlaps, ≥ 500 attempts/s and
// attempt latency p99 < 2 s, with PostgreSQL's plain insert rate measured in
// the same run for scale.

const ATTEMPTS = 1_000;
const EMPLOYEES = 10;
const TIMES = 10; // 10 employees × 10 slot times = 100 free slots
const NOW = new Date('2026-11-23T06:00:00Z'); // Monday 08:00 Athens
const DAY = '2026-11-24'; // Tuesday: the race is for its first 10 slot times
const ZONE = 'Europe/Athens';

const person = { fullName: 'Πολίτης Δοκιμής', email: 'race@example.gr', phone: '6912345678', language: 'el' };
const declarations = { dataTrue: true, privacyRead: true };

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
  const env = await startBenchEnv({ now: NOW, pool: 20 });
  try {
    const m = await createBenchMunicipality(env.knex, { slug: 'bench-race', employees: EMPLOYEES, bufferMinutes: 0, bookingWindowDays: 60 });
    const offered = await fetch(`${env.url}/api/v1/municipalities/${m.municipalityId}/slots?mode=in_person&topicId=${m.topicId}&from=${DAY}&to=${DAY}`);
    const times = ((await offered.json()) as { slots: { start: string }[] }).slots.slice(0, TIMES).map((s) => s.start);
    if (times.length < TIMES) throw new Error(`only ${times.length} slot times offered on ${DAY}`);
    const slots = times.length * EMPLOYEES;

    log(`${ATTEMPTS} citizens get sessions`);
    const citizens = await signedInCitizens(env.knex, ATTEMPTS, NOW);

    log(`firing ${ATTEMPTS} concurrent bookings at ${slots} free slots`);
    const statuses = new Map<number, number>();
    const failures = new Map<string, number>();
    const latencies: number[] = [];
    let conflictsWithAlternatives = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const c = citizens[i]!;
        const body = { municipalityId: m.municipalityId, topicId: m.topicId, mode: 'in_person', start: times[i % TIMES], person, declarations };
        const headers = { cookie: `muni_sid=${c.sid}`, 'X-CSRF-Token': c.csrf, 'content-type': 'application/json', 'Idempotency-Key': randomUUID() };
        const sent = performance.now();
        try {
          const res = await fetch(`${env.url}/api/v1/appointments`, { method: 'POST', headers, body: JSON.stringify(body) });
          const answer = (await res.json()) as { error?: { alternatives?: unknown } };
          latencies.push(performance.now() - sent);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 409 && Array.isArray(answer.error?.alternatives)) conflictsWithAlternatives++;
        } catch (err) {
          const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
          failures.set(code, (failures.get(code) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(sorted, p));

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
