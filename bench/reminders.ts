/**
 * Reminder throughput: 10,000 booked video appointments, each with a reminder
 * due now, sent by one scheduler process to a local SMTP sink. Lateness is the
 * time from send_after to the SMTP server's acceptance.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKnex, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import { createTransport, startScheduler } from '@muni/scheduler';
import { appointmentRow, loadFixtureIds, notificationRow, startSmtpSink, waitFor } from '@muni/scheduler/testing';

const DEFAULT_REMINDERS = 10_000;
const CONCURRENCY = 16;
const SLOT_MS = 30 * 60_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

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

    // Appointments spread over the employees, 30 minutes apart, from tomorrow on.
    const base = Date.now() + 24 * 3_600_000;
    for (let offset = 0; offset < REMINDERS; offset += 1000) {
      const count = Math.min(1000, REMINDERS - offset);
      const appointments = await knex('appointments')
        .insert(
          Array.from({ length: count }, (_, k) => {
            const i = offset + k;
            const employeeId = ids.employeeIds[i % ids.employeeIds.length];
            const startsAt = new Date(base + Math.floor(i / ids.employeeIds.length) * SLOT_MS);
            return appointmentRow(ids, { startsAt, employeeId, language: i % 2 ? 'en' : 'el', personEmail: `citizen${i}@example.org` });
          }),
        )
        .returning(['id', 'person_email']);
      await knex('notifications').insert(
        appointments.map((a: { id: string; person_email: string }) => notificationRow({ appointmentId: a.id, kind: 'reminder', email: a.person_email })),
      );
    }

    const sink = await startSmtpSink({ keepRaw: false });
    cleanups.push(() => sink.stop());
    const transport = createTransport(sink.url, { maxConnections: CONCURRENCY });
    cleanups.push(() => transport.close());

    const dueAt = new Date();
    await knex('notifications').update({ send_after: dueAt });
    const started = Date.now();
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
    await waitFor(() => sink.accepted.length >= REMINDERS, 300_000, 50);
    const totalSeconds = (Date.now() - started) / 1000;
    await waitFor(async () => Number((await knex('notifications').where({ status: 'sent' }).count('* as n').first())?.n) === REMINDERS, 30_000, 50);

    const lateness = sink.accepted.map((m) => m.acceptedAt - dueAt.getTime()).sort((a, b) => a - b);
    const distinctMessageIds = new Set(sink.accepted.map((m) => m.messageId)).size;
    return {
      reminders: REMINDERS,
      totalSeconds: Math.round(totalSeconds * 10) / 10,
      perSecond: Math.round(REMINDERS / totalSeconds),
      latenessP50Ms: percentile(lateness, 50),
      latenessP99Ms: percentile(lateness, 99),
      smtpAccepted: sink.accepted.length,
      distinctMessageIds,
      concurrency: CONCURRENCY,
      target: 'all within 60 s, p99 lateness < 5 s',
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
