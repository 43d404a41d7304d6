/**
 * Reminder throughput: 10,000 booked video appointments, each with a reminder
 * due now, sent by one scheduler process to a local SMTP sink. Lateness is the
 * time from send_after to the SMTP server's acceptance.
 *
 * The sink runs in a child process so its parsing does not share the
 * scheduler's event loop; PostgreSQL, the sink and the scheduler still share
 * the machine's cores, so the CPU seconds of each are printed beside the times.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKnex, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import { createTransport, startScheduler } from '@muni/scheduler';
import { appointmentRow, type FixtureIds, loadFixtureIds, notificationRow, startSmtpSinkProcess, waitFor } from '@muni/scheduler/testing';
import type { Knex } from 'knex';
import { profilePhase } from './lib/cpuProfile';
import { processTreeCpuMs } from './lib/processCpu';

const DEFAULT_REMINDERS = 10_000;
const CONCURRENCY = 16;
const SLOT_MS = 30 * 60_000;
const STEADY_WINDOW_MS = 60_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `count` booked video appointments, 30 minutes apart per employee from `base` on, each with one reminder; returns the reminders' ids. */
async function insertReminders(knex: Knex, ids: FixtureIds, first: number, count: number, base: number, sendAfter: Date): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; offset < count; offset += 1000) {
    const chunk = Math.min(1000, count - offset);
    const appointments = await knex('appointments')
      .insert(
        Array.from({ length: chunk }, (_, k) => {
          const i = first + offset + k;
          const employeeId = ids.employeeIds[i % ids.employeeIds.length];
          const startsAt = new Date(base + Math.floor(i / ids.employeeIds.length) * SLOT_MS);
          return appointmentRow(ids, { startsAt, employeeId, language: i % 2 ? 'en' : 'el', personEmail: `citizen${i}@example.org` });
        }),
      )
      .returning(['id', 'person_email']);
    const rows = await knex('notifications')
      .insert(appointments.map((a: { id: string; person_email: string }) => notificationRow({ appointmentId: a.id, kind: 'reminder', email: a.person_email, sendAfter })))
      .returning('id');
    out.push(...rows.map((r: { id: string }) => r.id));
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const idOfMessage = (messageId: string | undefined) => messageId?.slice(1, messageId.indexOf('@')) ?? '';

/**
 * Two measurements with one scheduler:
 * - burst: REMINDERS rows all due at the same instant (a backlog, e.g. after
 *   an outage). Lateness here is a queue position: its p99 is about the total
 *   time, so "p99 < 5 s" cannot hold for a burst of 10,000 below ~2,000/s.
 * - steady: REMINDERS more rows falling due evenly over STEADY_WINDOW_MS
 *   (10,000 a minute ≈ 167/s, the rate "all within 60 s" asks for). Lateness
 *   is each e-mail's acceptance minus its own due time: how far the scheduler
 *   falls behind at that rate (the poll interval, 500 ms, is part of it).
 */
export async function run(opts: { reminders?: number } = {}): Promise<Record<string, unknown>> {
  const REMINDERS = opts.reminders ?? DEFAULT_REMINDERS;
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-bench-reminders-')), 'data');
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => cluster.stop()];
  try {
    await cluster.createDatabase('bench_reminders');
    const url = cluster.url('bench_reminders');
    const knex = createKnex(url, { max: CONCURRENCY + 4 });
    cleanups.push(() => knex.destroy());
    await migrateLatest(knex);
    await seedDemoData(knex);
    const ids = await loadFixtureIds(knex);
    const base = Date.now() + 24 * 3_600_000; // appointments from tomorrow on
    const NEVER = new Date('2100-01-01T00:00:00Z'); // parked until a phase sets the due times

    const burstIds = await insertReminders(knex, ids, 0, REMINDERS, base, NEVER);
    const steadyIds = await insertReminders(knex, ids, REMINDERS, REMINDERS, base, NEVER);

    const sink = await startSmtpSinkProcess();
    cleanups.push(() => sink.stop());
    const postgresPid = cluster.pid();
    const transport = createTransport(sink.url, { maxConnections: CONCURRENCY });
    cleanups.push(() => transport.close());
    const cpu = () => ({ scheduler: process.cpuUsage(), postgres: processTreeCpuMs(postgresPid) });
    const cpuSince = (before: ReturnType<typeof cpu>) => {
      const scheduler = process.cpuUsage(before.scheduler);
      return { scheduler: round1((scheduler.user + scheduler.system) / 1e6), postgres: round1((processTreeCpuMs(postgresPid) - before.postgres) / 1000) };
    };
    const sentCount = async (of: string[]) => Number((await knex('notifications').whereIn('id', of).where({ status: 'sent' }).count('* as n').first())?.n);

    // Burst.
    const dueAt = new Date();
    await knex('notifications').whereIn('id', burstIds).update({ send_after: dueAt });
    const started = Date.now();
    const burstCpu = cpu();
    const stopProfile = await profilePhase(); // BENCH_CPU_PROFILE: the burst only
    const scheduler = await startScheduler({
      knex,
      databaseUrl: url,
      transport,
      publicUrl: 'https://rantevou.example.gr',
      linkSecret: 'bench-secret',
      from: 'no-reply@rantevou.example.gr',
      pollIntervalMs: 500,
      concurrency: CONCURRENCY,
      batchSize: 500,
      onError: () => undefined,
    });
    cleanups.push(() => scheduler.stop());
    await waitFor(async () => (await sink.count()) >= REMINDERS, 300_000, 50);
    const totalSeconds = (Date.now() - started) / 1000;
    const burstCpuSeconds = cpuSince(burstCpu);
    await stopProfile();
    await waitFor(async () => (await sentCount(burstIds)) === REMINDERS, 30_000, 50);

    // Steady: due times every STEADY_WINDOW_MS / REMINDERS ms from a second from now.
    const steadyStart = Date.now() + 1000;
    const stepMs = STEADY_WINDOW_MS / REMINDERS;
    const dueOf = new Map(steadyIds.map((id, k) => [id, steadyStart + k * stepMs]));
    await knex.raw(
      `UPDATE notifications n SET send_after = to_timestamp((?::float8 + (d.k - 1) * ?::float8) / 1000)
         FROM unnest(?::uuid[]) WITH ORDINALITY AS d(id, k)
        WHERE n.id = d.id`,
      [steadyStart, stepMs, steadyIds],
    );
    const steadyCpu = cpu();
    await waitFor(async () => (await sink.count()) >= 2 * REMINDERS, 300_000, 50);
    const steadyCpuSeconds = cpuSince(steadyCpu);
    await waitFor(async () => (await sentCount(steadyIds)) === REMINDERS, 30_000, 50);

    // Reference in the same run: one ready-made message sent over the same
    // transport, lanes and sink, no database and no rendering: the ceiling.
    const RAW = 2000;
    const raw = Buffer.from('From: no-reply@rantevou.example.gr\r\nTo: ref@example.org\r\nSubject: reference\r\nMessage-ID: <ref@rantevou.example.gr>\r\n\r\n' + 'x'.repeat(20_000) + '\r\n');
    let rawLeft = RAW;
    const rawStart = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (rawLeft-- > 0) await transport.sendMail({ envelope: { from: 'no-reply@rantevou.example.gr', to: ['ref@example.org'] }, raw });
      }),
    );
    const rawPerSecond = Math.round(RAW / ((performance.now() - rawStart) / 1000));

    const { accepted, cpuMs: sinkCpuMs } = await sink.records();
    const burstSet = new Set(burstIds);
    const burstLateness = accepted
      .filter((m) => burstSet.has(idOfMessage(m.messageId)))
      .map((m) => m.acceptedAt - dueAt.getTime())
      .sort((a, b) => a - b);
    const steadyLateness = accepted
      .filter((m) => dueOf.has(idOfMessage(m.messageId)))
      .map((m) => m.acceptedAt - dueOf.get(idOfMessage(m.messageId))!)
      .sort((a, b) => a - b);
    const ours = accepted.filter((m) => m.messageId !== '<ref@rantevou.example.gr>');
    const distinctMessageIds = new Set(ours.map((m) => m.messageId)).size;
    return {
      reminders: REMINDERS,
      // Burst: all due at once.
      totalSeconds: round1(totalSeconds),
      perSecond: Math.round(REMINDERS / totalSeconds),
      firstAcceptedMs: burstLateness[0],
      latenessP50Ms: percentile(burstLateness, 50),
      latenessP99Ms: percentile(burstLateness, 99),
      cpuSeconds: burstCpuSeconds,
      steady: {
        reminders: REMINDERS,
        dueOverSeconds: STEADY_WINDOW_MS / 1000,
        latenessP50Ms: Math.round(percentile(steadyLateness, 50)),
        latenessP99Ms: Math.round(percentile(steadyLateness, 99)),
        latenessMaxMs: Math.round(steadyLateness.at(-1) ?? Number.NaN),
        cpuSeconds: steadyCpuSeconds,
      },
      smtpSinkCpuSeconds: round1(sinkCpuMs / 1000),
      smtpAccepted: ours.length,
      distinctMessageIds,
      concurrency: CONCURRENCY,
      reference: { rawSmtpPerSecond: rawPerSecond, messages: RAW, note: 'one ready-made 20 kB message over the same transport, lanes and sink: no database, no rendering' },
      burstShareOfRawRate: `${Math.round((100 * REMINDERS) / totalSeconds / rawPerSecond)}%`,
      target: 'burst all sent within 10 s; steady lateness p99 < 1 s (issue 17)',
      pass: totalSeconds <= 10 && percentile(steadyLateness, 99) < 1000,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // keep cleaning up
      }
    }
  }
}
