import { describe, expect, it } from 'vitest';
import { migrateLatest, migrateRollbackAll, pendingMigrations } from './knex';
import { useTestDatabase } from './testing';

describe('migrations', () => {
  const db = useTestDatabase();

  it('leave nothing pending on a fresh database copied from the template', async () => {
    expect(await pendingMigrations(db.knex)).toEqual([]);
  });

  it('roll back completely and apply again', async () => {
    await migrateRollbackAll(db.knex);
    const tables = await db.knex('pg_tables').where({ schemaname: 'public' }).pluck('tablename');
    expect(tables.filter((t: string) => !t.startsWith('knex_'))).toEqual([]);
    expect(await migrateLatest(db.knex)).toContain('001_core');
    expect(await pendingMigrations(db.knex)).toEqual([]);
  });
});
