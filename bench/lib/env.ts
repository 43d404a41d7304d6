import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKnex, freePort, migrateLatest, seedDemoData, startEmbeddedPostgres } from '@muni/db';
import type { Knex } from 'knex';
import pino from 'pino';
import { createApp } from '../../services/api/src/app';
import { loadConfig } from '@muni/appointments';
import { log } from './log';

export interface BenchClock {
  now: Date;
}

export interface BenchEnv {
  knex: Knex;
  /** Base URL of the running API, e.g. http://127.0.0.1:53211 */
  url: string;
  /** The API's clock: frozen so runs are repeatable; change `now` to move it. */
  clock: BenchClock;
  /** The bench database's URL (for a scheduler or a second pool). */
  databaseUrl: string;
  /** The API's settings (its link secret, for a scheduler beside it). */
  config: ReturnType<typeof loadConfig>;
  /** The embedded PostgreSQL's postmaster (for its CPU: processCpu.ts). */
  postgresPid(): number | undefined;
  stop(): Promise<void>;
}

export interface BenchEnvOptions {
  /** The API's frozen clock. Default Monday 2026-11-23 08:00 Athens. */
  now?: Date;
  /** Connections of the API's pool (the bench's own queries share it). */
  pool?: number;
}

/**
 * A throw-away world for one bench: an embedded PostgreSQL in a temporary
 * folder (deleted on stop), migrated and seeded with the demo data, and the
 * real API on a loopback port with rate limits out of the way.
 */
export async function startBenchEnv(opts: BenchEnvOptions = {}): Promise<BenchEnv> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'muni-bench-pg-'));
  log(`starting embedded PostgreSQL in ${tmp}`);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), port: await freePort(), persistent: false });
  let knex: Knex | undefined;
  let server: Server | undefined;
  const stop = async () => {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
    await knex?.destroy();
    await cluster.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await cluster.createDatabase('bench');
    knex = createKnex(cluster.url('bench'), { max: opts.pool ?? 20 });
    await migrateLatest(knex);
    await seedDemoData(knex);

    const clock: BenchClock = { now: opts.now ?? new Date('2026-11-23T06:00:00Z') };
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000000' } as NodeJS.ProcessEnv);
    const app = createApp({ knex, config, logger: pino({ level: 'silent' }), now: () => clock.now });
    // A backlog above the race's 1,000 simultaneous connects (Node's default is 511).
    server = app.listen(port, '127.0.0.1', 2048);
    await new Promise((resolve, reject) => {
      server!.once('listening', resolve);
      server!.once('error', reject);
    });
    log(`API on http://127.0.0.1:${port}`);
    return { knex, url: `http://127.0.0.1:${port}`, clock, databaseUrl: cluster.url('bench'), config, postgresPid: cluster.pid, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}
