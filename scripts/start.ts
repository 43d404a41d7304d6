// `npm start`: the whole service on one machine. Embedded PostgreSQL (unless
// DATABASE_URL is set), migrations, demo data on an empty database, the API
// with the web app, the local GSIS stand-ins, the mail catcher, the scheduler
// and LiveKit when installed. Ctrl-C stops every part and keeps the data.
import path from 'node:path';
import { createApp, createLogger, loadConfig, type Config } from '@muni/api';
import { assertPortFree, createKnex, migrateLatest, StartupError, startEmbeddedPostgres } from '@muni/db';
import type { Knex } from 'knex';
import pg from 'pg';

type Stopper = () => Promise<unknown>;
const stoppers: Stopper[] = [];

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function openDatabase(config: Config): Promise<Knex> {
  if (config.DATABASE_URL) {
    // Probe with one plain client first so a bad URL gives one line, not a pool's stack trace.
    const probe = new pg.Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await probe.connect();
      await probe.end();
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0];
      throw new StartupError(
        `Cannot use the database in DATABASE_URL (${reason}): check the URL, or unset DATABASE_URL to use the embedded PostgreSQL.`,
      );
    }
    console.log('• database: external PostgreSQL from DATABASE_URL');
    return createKnex(config.DATABASE_URL);
  }
  const dataDir = path.join(config.DATA_DIR, 'postgres');
  const cluster = await startEmbeddedPostgres({ dataDir, port: config.PG_PORT, persistent: true });
  stoppers.push(() => cluster.stop());
  try {
    await cluster.createDatabase('muni');
  } catch (err) {
    if (!/already exists/.test((err as Error).message)) throw err;
  }
  console.log(`• database: embedded PostgreSQL on 127.0.0.1:${config.PG_PORT}, data in ${dataDir}`);
  return createKnex(cluster.url('muni'));
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    fail((err as Error).message);
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    await assertPortFree(config.PORT, config.HOST === 'localhost' ? '127.0.0.1' : config.HOST);
  } catch {
    throw new StartupError(`Port ${config.PORT} is in use: stop what uses it or set PORT to a free port.`);
  }
  const knex = await openDatabase(config);
  stoppers.unshift(() => knex.destroy());
  const applied = await migrateLatest(knex);
  if (applied.length) console.log(`• migrations applied: ${applied.join(', ')}`);

  const app = createApp({ knex, config, logger, now: () => new Date() });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  stoppers.unshift(() => new Promise((resolve) => server.close(resolve)));
  console.log(`• web app and API: ${config.publicUrl} (health: ${config.publicUrl}/readyz)`);
  console.log('Ready. Press Ctrl-C to stop.');
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (code === 0) console.log('\nStopping…');
  for (const s of stoppers) {
    await s().catch((err) => console.error(`  while stopping: ${(err as Error).message}`));
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

main().catch(async (err) => {
  if (err instanceof StartupError) console.error(`✖ ${err.message}`);
  else console.error(`✖ Could not start: ${(err as Error).message}`);
  await stop(1);
});
