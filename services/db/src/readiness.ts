import type { Knex } from 'knex';
import { pendingMigrations } from './knex';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'migrations pending'; pending: string[] }
  | { ready: false; reason: 'database unreachable' };

/** Whether the database answers and its schema is current: what a readiness probe asks. */
export async function databaseReadiness(knex: Knex): Promise<Readiness> {
  try {
    await knex.raw('select 1');
    const pending = await pendingMigrations(knex);
    return pending.length > 0 ? { ready: false, reason: 'migrations pending', pending } : { ready: true };
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
}
