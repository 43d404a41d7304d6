import type { Knex } from 'knex';

interface PgConnection {
  query(q: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

interface PooledClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** PostgreSQL's answer when a table behind a prepared `*` changed shape (a migration ran meanwhile). */
const isShapeChanged = (err: unknown) => (err as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(String((err as Error).message));

/**
 * A hot read as a named prepared statement: PostgreSQL plans it once per
 * pooled connection instead of on every call. For joins of several tables
 * planning costs far more than running (the join link look-up: about 2–3 ms
 * of planning against 0.1 ms of execution), and a join pays it on every
 * request. `text` uses $1, $2… (node-postgres), not knex's `?`.
 *
 * Inside a transaction it is a plain query on that transaction (a pooled
 * connection would not see its writes). A migration that changes a table
 * behind a `*` makes PostgreSQL refuse the old statement; it is then prepared
 * again under a new name on every connection.
 */
export function preparedRead(name: string, text: string) {
  let generation = 0;
  const knexText = text.replace(/\$\d+/g, '?');
  return async (knex: Knex, values: unknown[]): Promise<Record<string, unknown>[]> => {
    if (knex.isTransaction) return ((await knex.raw(knexText, values as Knex.RawBinding[])) as { rows: Record<string, unknown>[] }).rows;
    const pool = knex.client as PooledClient;
    const connection = await pool.acquireConnection();
    try {
      try {
        return (await connection.query({ name: `${name}_${generation}`, text, values })).rows;
      } catch (err) {
        if (!isShapeChanged(err)) throw err;
        generation++;
        return (await connection.query({ name: `${name}_${generation}`, text, values })).rows;
      }
    } finally {
      await pool.releaseConnection(connection);
    }
  };
}
