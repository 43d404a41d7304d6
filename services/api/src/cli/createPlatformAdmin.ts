// `npm run create-platform-admin -- --tax-id 123456789 [--first-name Μαρία] [--last-name Παπά]`
// Creates (or updates) the user with this tax number as platform admin. Uses DATABASE_URL,
// or else the embedded PostgreSQL of `npm start` (the running one, or started from its data folder).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createKnex, type EmbeddedCluster, migrateLatest, StartupError, startEmbeddedPostgres } from '@muni/db';
import { isValidAfm } from '@muni/identity';
import type { Knex } from 'knex';
import pg from 'pg';
import { loadConfig, type PlatformAdminInput, upsertPlatformAdmin } from '@muni/appointments';

// The command lives in the application; this file is only its command line.
export { type PlatformAdminInput, upsertPlatformAdmin };

/** Reads the command line; throws an Error with a one-line message for the user. */
export function parseCommandLine(argv: string[]): PlatformAdminInput {
  const { values } = parseArgs({
    args: argv,
    options: { 'tax-id': { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' } },
    strict: true,
  });
  const taxId = values['tax-id']?.trim();
  if (!taxId) throw new Error('Δώστε --tax-id <ΑΦΜ> | Give --tax-id <tax number>');
  if (!isValidAfm(taxId)) throw new Error(`Μη έγκυρος ΑΦΜ: ${taxId} | Not a valid Greek tax number: ${taxId}`);
  return { taxId, firstName: values['first-name']?.trim() || undefined, lastName: values['last-name']?.trim() || undefined };
}

async function reachable(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
    await probe.end();
    return true;
  } catch {
    return false;
  }
}

/** The same database `npm start` uses; the cluster to stop afterwards when we started it. */
async function openDatabase(): Promise<{ knex: Knex; cluster?: EmbeddedCluster }> {
  const config = loadConfig();
  if (config.DATABASE_URL) return { knex: createKnex(config.DATABASE_URL, { max: 2 }) };
  const runningUrl = `postgres://postgres:postgres@127.0.0.1:${config.PG_PORT}/muni`;
  if (await reachable(runningUrl)) return { knex: createKnex(runningUrl, { max: 2 }) };
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(config.DATA_DIR, 'postgres'), port: config.PG_PORT, persistent: true });
  try {
    await cluster.createDatabase('muni');
  } catch (err) {
    if (!/already exists/.test((err as Error).message)) throw err;
  }
  return { knex: createKnex(cluster.url('muni'), { max: 2 }), cluster };
}

async function main() {
  const input = parseCommandLine(process.argv.slice(2));
  const { knex, cluster } = await openDatabase();
  try {
    await migrateLatest(knex);
    const { id, created } = await upsertPlatformAdmin(knex, input);
    console.log(`✔ ${created ? 'Δημιουργήθηκε | Created' : 'Ενημερώθηκε | Updated'} platform admin ${input.taxId} (user ${id})`);
  } finally {
    await knex.destroy();
    await cluster?.stop();
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  main().catch((err) => {
    console.error(`✖ ${err instanceof StartupError ? err.message : (err as Error).message}`);
    process.exit(1);
  });
}
