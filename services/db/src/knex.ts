import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { migrationSource } from './migrations';

// Return bigint counts as numbers and dates as Date objects.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface KnexOptions {
  /** While this answers true (shutting down), lost-connection warnings are not printed. */
  quiet?: () => boolean;
}

// knex warns once per failed connection attempt and per broken connection:
// hundreds of lines a minute while the database is away. Those errors reach
// the caller anyway, and watchDatabase (availability.ts) tells the operator
// once per change of state instead.
const PER_ATTEMPT_WARNING = /^(Acquire connection error|Connection Error): /;

export function createKnex(connectionString: string, pool: { min?: number; max?: number } = {}, opts: KnexOptions = {}): Knex {
  const say = (write: (m: unknown) => void) => (message: unknown) => {
    if (!opts.quiet?.() && !(typeof message === 'string' && PER_ATTEMPT_WARNING.test(message))) write(message);
  };
  const knex = knexFactory({
    client: 'pg',
    connection: { connectionString, application_name: 'muni-appointments' },
    pool: { min: pool.min ?? 0, max: pool.max ?? 10 },
    log: { warn: say(console.warn), error: say(console.error), debug: say(console.debug), deprecate: say(console.warn) },
  });
  return knex;
}

export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = await knex.migrate.latest({ migrationSource });
  return applied as string[];
}

export async function migrateRollbackAll(knex: Knex): Promise<void> {
  await knex.migrate.rollback({ migrationSource }, true);
}

/** Pending migrations: empty when the schema is current (used by /readyz). */
export async function pendingMigrations(knex: Knex): Promise<string[]> {
  const [, pending] = (await knex.migrate.list({ migrationSource })) as [unknown[], { file?: string }[] | string[]];
  return pending.map((p) => (typeof p === 'string' ? p : String(p.file ?? p)));
}
