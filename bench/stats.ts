/**
 * Statistics: a year of a large municipality (100,000 appointments) and a
 * second one of 50,000 beside it, so the municipality's scope has to come
 * from the index, not from there being nothing else. Times the whole set of
 * statistics queries of one municipality for the year (target: under 300 ms)
 * and, as the reference in the same run, a plain COUNT over the same rows.
 * The platform's view (both municipalities) is printed too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStatistics } from '@muni/appointments';
import { createKnex, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import type { Knex } from 'knex';
import { createBenchMunicipality } from './lib/fixtures';
import { log } from './lib/log';
import { summarize, timed } from './lib/stats';

const APPOINTMENTS = 100_000;
const NEIGHBOUR = 50_000;
const EMPLOYEES = 40;
const RUNS = 25;
const TARGET_MS = 300;
const YEAR = { from: '2025-01-01', to: '2026-01-01' };

/**
 * `count` appointments over a year (360 days from `firstStart`) for one municipality, inserted by SQL: a mix
 * of modes and outcomes, who cancelled, some sign language; for video calls
 * attendance, call state (let-in time, some audio-only) and an identity check.
 */
export async function seedYear(knex: Knex, m: { municipalityId: string; topicId: string; employeeIds: string[] }, count: number, firstStart: string): Promise<void> {
  const perEmployee = Math.ceil(count / m.employeeIds.length);
  const stepSeconds = Math.floor((360 * 86_400) / perEmployee); // within the year in Greek time
  await knex.raw(
    `
    INSERT INTO appointments (municipality_id, topic_id, mode, status, employee_id, interpretation, interpreter_id,
                              starts_at, ends_at, busy_until, person_full_name, person_email, declared_true_at, privacy_read_at,
                              cancelled_at, created_at)
    SELECT :m, :topic,
           (ARRAY['in_person','phone','video'])[1 + i % 3],
           s.status,
           (:employees::uuid[])[1 + i % :n],
           NULL, NULL,
           t.starts, t.starts + interval '20 minutes', t.starts + interval '20 minutes',
           'Δοκιμαστικός Πολίτης', 'citizen@example.org', t.starts - interval '3 days', t.starts - interval '3 days',
           CASE WHEN s.status = 'cancelled' THEN t.starts - interval '1 day' END,
           t.starts - make_interval(hours => 2 + (i * 7919) % 720)
      FROM generate_series(0, :count - 1) AS i
      CROSS JOIN LATERAL (SELECT CAST(:start AS timestamptz) + make_interval(secs => (i / :n) * :step) AS starts) t
      CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 < 6 THEN 'completed' WHEN i % 10 = 6 THEN 'no_show' WHEN i % 10 < 9 THEN 'cancelled' ELSE 'booked' END AS status) s`,
    { m: m.municipalityId, topic: m.topicId, employees: m.employeeIds, n: m.employeeIds.length, count, step: stepSeconds, start: firstStart },
  );
  await knex.raw(
    `INSERT INTO appointment_events (appointment_id, action, actor_kind, version, at)
     SELECT id, 'cancelled', CASE WHEN random() < 0.7 THEN 'citizen' ELSE 'employee' END, 2, cancelled_at
       FROM appointments WHERE municipality_id = ? AND starts_at >= CAST(? AS timestamptz) AND starts_at < CAST(? AS timestamptz) + interval '361 days' AND status = 'cancelled'`,
    [m.municipalityId, firstStart, firstStart],
  );
  await knex.raw(
    `INSERT INTO call_attendance (appointment_id, identity, role, participant_sid, joined_at, left_at)
     SELECT id, r.role || '-' || id, r.role, 'PA_' || r.role || '_' || id, starts_at - interval '3 minutes', starts_at + interval '15 minutes'
       FROM appointments CROSS JOIN (VALUES ('employee'), ('citizen')) AS r(role)
      WHERE municipality_id = ? AND starts_at >= CAST(? AS timestamptz) AND starts_at < CAST(? AS timestamptz) + interval '361 days' AND mode = 'video' AND status = 'completed'`,
    [m.municipalityId, firstStart, firstStart],
  );
  await knex.raw(
    `INSERT INTO call_states (appointment_id, appointment_version, citizen_admitted_at, audio_only_at)
     SELECT id, 1, starts_at + make_interval(secs => (hashtext(id::text) & 255)),
            CASE WHEN hashtext(id::text) % 5 = 0 THEN starts_at + interval '5 minutes' END
       FROM appointments WHERE municipality_id = ? AND starts_at >= CAST(? AS timestamptz) AND starts_at < CAST(? AS timestamptz) + interval '361 days' AND mode = 'video' AND status = 'completed'`,
    [m.municipalityId, firstStart, firstStart],
  );
  await knex.raw(
    `INSERT INTO identity_checks (appointment_id, appointment_version, employee_id, document_type, checklist, outcome, recorded_at)
     SELECT id, 1, employee_id, 'id_card', '{}'::jsonb, CASE WHEN hashtext(id::text) % 20 = 0 THEN 'failed' ELSE 'verified' END, starts_at + interval '2 minutes'
       FROM appointments WHERE municipality_id = ? AND starts_at >= CAST(? AS timestamptz) AND starts_at < CAST(? AS timestamptz) + interval '361 days' AND mode = 'video' AND status = 'completed'`,
    [m.municipalityId, firstStart, firstStart],
  );
}

export async function run(): Promise<Record<string, unknown>> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'muni-bench-stats-'));
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), port: await freePort(), persistent: false });
  let knex: Knex | undefined;
  try {
    await cluster.createDatabase('bench_stats');
    knex = createKnex(cluster.url('bench_stats'), { max: 6 });
    await migrateLatest(knex);
    await seedDemoData(knex);
    const large = await createBenchMunicipality(knex, { slug: 'bench-large', employees: EMPLOYEES, bufferMinutes: 0, bookingWindowDays: 60 });
    const neighbour = await createBenchMunicipality(knex, { slug: 'bench-neighbour', employees: EMPLOYEES / 2, bufferMinutes: 0, bookingWindowDays: 60 });
    log(`seeding ${APPOINTMENTS} + ${NEIGHBOUR} appointments over 2025 and ${APPOINTMENTS} over 2024`);
    // The fixtures give both municipalities' employees the same tax ids (one person each): their times must not overlap.
    await seedYear(knex, large, APPOINTMENTS, '2025-01-01T06:00:00Z');
    await seedYear(knex, neighbour, NEIGHBOUR, '2025-01-01T07:00:00Z');
    // The year before, as a real database holds: the period has to come from the index too.
    await seedYear(knex, large, APPOINTMENTS, '2024-01-01T06:00:00Z');
    // As autovacuum would have by then: fresh statistics and a visibility map, so the index alone answers.
    await knex.raw('VACUUM ANALYZE');

    const scope = { municipalityId: large.municipalityId };
    const reference = () =>
      knex!.raw(`SELECT count(*) FROM appointments a WHERE a.status <> 'held' AND a.starts_at >= ? AND a.starts_at < ? AND a.municipality_id = ?`, [
        new Date('2024-12-31T22:00:00Z'),
        new Date('2025-12-31T22:00:00Z'),
        large.municipalityId,
      ]);
    const check = await readStatistics(knex, scope, YEAR);
    if (check.outcomes.total !== APPOINTMENTS) throw new Error(`expected ${APPOINTMENTS} appointments in the year, got ${check.outcomes.total}`);
    // Warm-up: the first run reads the pages into the cache.
    await reference();
    await readStatistics(knex, { all: true }, YEAR);

    const statistics: number[] = [];
    const counts: number[] = [];
    const platform: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      counts.push(await timed(reference));
      statistics.push(await timed(() => readStatistics(knex!, scope, YEAR)));
      platform.push(await timed(() => readStatistics(knex!, { all: true }, YEAR)));
    }
    const figure = summarize(statistics);
    return {
      appointments: APPOINTMENTS,
      otherMunicipalityAppointments: NEIGHBOUR,
      previousYearAppointments: APPOINTMENTS,
      period: YEAR,
      municipalStatisticsMs: figure,
      targetMs: TARGET_MS,
      pass: figure.p95 < TARGET_MS,
      reference: { what: 'plain COUNT(*) over the same rows', ms: summarize(counts) },
      platformStatisticsMs: { appointments: APPOINTMENTS + NEIGHBOUR, ...summarize(platform) },
      videoCalls: check.video.calls,
    };
  } finally {
    await knex?.destroy();
    await cluster.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
