// A restart of PostgreSQL while e-mails are being sent: nothing is lost, and
// a message is sent again only if the server accepted it just before the
// database went away (then with the same Message-ID, so it can be recognised).
// Uses its own embedded cluster, since the shared test cluster must not restart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKnex, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import { describe, expect, it } from 'vitest';
import { insertAppointment, insertNotification, loadFixtureIds, startSmtpSink, waitFor } from './testing';
import { createTransport } from './transport';
import { startScheduler } from './worker';

describe('a PostgreSQL restart during delivery', () => {
  it('every due notification is still delivered, once per Message-ID', { timeout: 120_000 }, async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-pg-restart-')), 'data');
    const port = await freePort();
    let cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    await cluster.createDatabase('muni');
    const url = cluster.url('muni');
    const knex = createKnex(url, { max: 8 });
    // A slow SMTP server, so the restart falls in the middle of the batch.
    const sink = await startSmtpSink({ delayMs: 60 });
    const errors: unknown[] = [];
    let scheduler: Awaited<ReturnType<typeof startScheduler>> | undefined;
    try {
      await migrateLatest(knex);
      await seedDemoData(knex);
      const ids = await loadFixtureIds(knex);
      const count = 40;
      for (let i = 0; i < count; i++) {
        const appointmentId = await insertAppointment(knex, ids, { startsAt: new Date(Date.UTC(2027, 0, 4, 8) + i * 86_400_000), reference: `PGR-${i}` });
        await insertNotification(knex, { appointmentId, kind: 'reminder', sendAfter: new Date(Date.now() - 1000), email: `person${i}@example.org` });
      }
      scheduler = await startScheduler({
        knex,
        databaseUrl: url,
        transport: createTransport(sink.url),
        publicUrl: 'https://rantevou.example.gr',
        linkSecret: 'secret',
        from: 'no-reply@rantevou.example.gr',
        pollIntervalMs: 200,
        concurrency: 2,
        lockLifetimeMs: 3000,
        onError: (err) => errors.push(err),
      });
      await waitFor(() => sink.accepted.length >= 5, 30_000);
      await cluster.stop();
      await new Promise((r) => setTimeout(r, 1500));
      cluster = await startEmbeddedPostgres({ dataDir, port, persistent: true });

      await waitFor(async () => {
        try {
          const pending = await knex('notifications').whereNot('status', 'sent').count<{ n: number }[]>('* as n');
          return Number(pending[0]!.n) === 0;
        } catch {
          return false; // the pool reconnects after the restart
        }
      }, 90_000, 250);
      const distinct = new Set(sink.accepted.map((m) => m.messageId));
      expect(distinct.size).toBe(count);
      const recipients = new Set(sink.accepted.flatMap((m) => m.to));
      expect(recipients.size).toBe(count);
      // Resends only for messages accepted around the restart, each with its original Message-ID.
      expect(sink.accepted.length - count).toBeLessThanOrEqual(2);
    } finally {
      await scheduler?.stop().catch(() => undefined);
      await knex.destroy();
      await sink.stop();
      await cluster.stop();
    }
  });
});
