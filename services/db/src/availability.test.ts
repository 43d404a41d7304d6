// What counts as "the database is away", from errors real PostgreSQL, pg and
// knex give; and the watch that says so once per change of state.
import knexFactory from 'knex';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, watchDatabase, type DatabaseChange } from './availability';
import { createKnex } from './knex';
import { freePort } from './ports';
import { useTestDatabase } from './testing';

const db = useTestDatabase();

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe('isDatabaseUnavailable', () => {
  it('is true for a server that refuses connections, a terminated session and an exhausted pool', async () => {
    const nowhere = createKnex(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/muni`, { max: 1 });
    try {
      const refused = await errorOf(() => nowhere.raw('select 1'));
      expect((refused as { code?: string }).code).toBe('ECONNREFUSED');
      expect(isDatabaseUnavailable(refused)).toBe(true);
    } finally {
      await nowhere.destroy();
    }

    // What a session sees when the server shuts down: 57P01 admin_shutdown.
    const terminated = await errorOf(() =>
      db.knex.transaction(async (trx) => {
        const { rows } = await trx.raw('select pg_backend_pid() as pid');
        await db.knex.raw('select pg_terminate_backend(?)', [rows[0].pid]);
        await trx.raw('select 1');
      }),
    );
    expect(isDatabaseUnavailable(terminated)).toBe(true);

    // A pool whose one connection is taken: "Knex: Timeout acquiring a connection".
    const tiny = knexFactory({ client: 'pg', connection: db.url, pool: { min: 0, max: 1 }, acquireConnectionTimeout: 200, log: { warn: () => undefined } });
    try {
      const timedOut = await tiny.transaction(async () => errorOf(() => tiny.raw('select 1')));
      expect((timedOut as Error).name).toBe('KnexTimeoutError');
      expect(isDatabaseUnavailable(timedOut)).toBe(true);
    } finally {
      await tiny.destroy();
    }
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    // As knex words it: the query, then pg's message.
    expect(isDatabaseUnavailable(new Error('select * from "municipalities" - Connection terminated unexpectedly'))).toBe(true);
    // Wrapped (objection's DBError) and aggregated (several addresses tried) errors count by what they hold.
    expect(isDatabaseUnavailable({ nativeError: { code: '57P03' } })).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('is false for refusals of the query itself', async () => {
    const invalid = await errorOf(() => db.knex.raw("select 'x'::int"));
    expect(isDatabaseUnavailable(invalid)).toBe(false);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('watchDatabase', () => {
  it('one change for a database that is away (however many failures), none for a failure while it answers', async () => {
    const changes: DatabaseChange[] = [];
    const nowhere = createKnex(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/muni`, { max: 1 });
    const watch = watchDatabase(nowhere, { onChange: (c) => changes.push(c), checkEveryMs: 50 });
    try {
      const refused = await errorOf(() => nowhere.raw('select 1'));
      for (let i = 0; i < 20; i++) expect(watch.noteFailure(refused)).toBe(true);
      expect(watch.noteFailure(new Error('not about the database'))).toBe(false);
      await new Promise((r) => setTimeout(r, 400));
      expect(changes).toEqual([{ state: 'down', reason: 'ECONNREFUSED' }]);
      expect(watch.isDown()).toBe(true);
    } finally {
      watch.stop();
      await nowhere.destroy();
    }

    // A broken connection of a database that answers (one killed session) is no outage.
    const quiet: DatabaseChange[] = [];
    const live = watchDatabase(db.knex, { onChange: (c) => quiet.push(c), checkEveryMs: 50 });
    live.noteFailure(new Error('Connection terminated unexpectedly'));
    await new Promise((r) => setTimeout(r, 200));
    expect(quiet).toEqual([]);
    expect(live.isDown()).toBe(false);
    live.stop();
  });
});
