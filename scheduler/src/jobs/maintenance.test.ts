import { useTestDatabase } from '@muni/db/testing';
import { createKnex } from '@muni/db';
import { describe, expect, it } from 'vitest';
import { startSmtpSink, waitFor } from '../testing';
import { createTransport } from '../transport';
import { startScheduler } from '../worker';

const db = useTestDatabase();

describe('maintenance jobs', () => {
  it('runs the periodic tasks it is given (no-shows, retention) through Agenda', async () => {
    const sink = await startSmtpSink();
    const knex = createKnex(db.url, { max: 4 });
    const runs: string[] = [];
    const scheduler = await startScheduler({
      knex,
      databaseUrl: db.url,
      transport: createTransport(sink.url),
      publicUrl: 'https://rantevou.example.gr',
      linkSecret: 'secret',
      from: 'no-reply@rantevou.example.gr',
      pollIntervalMs: 200,
      maintenance: [
        { name: 'test-a', everyMs: 60_000, run: async () => runs.push('a') },
        { name: 'test-b', everyMs: 60_000, run: async () => runs.push('b') },
      ],
    });
    try {
      await waitFor(() => runs.includes('a') && runs.includes('b'), 15_000);
      expect(runs.filter((r) => r === 'a')).toHaveLength(1); // every minute: once so far
    } finally {
      await scheduler.stop();
      await knex.destroy();
      await sink.stop();
    }
  });
});
