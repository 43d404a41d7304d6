import { describe, expect, it } from 'vitest';
import { createKnex, migrateLatest, migrateRollbackAll } from './knex';
import { freePort } from './ports';
import { databaseReadiness } from './readiness';
import { useTestDatabase } from './testing';

describe('databaseReadiness', () => {
  const db = useTestDatabase();

  it('is ready on a migrated database and names the pending migrations otherwise', async () => {
    expect(await databaseReadiness(db.knex)).toEqual({ ready: true });
    await migrateRollbackAll(db.knex);
    const behind = await databaseReadiness(db.knex);
    expect(behind).toMatchObject({ ready: false, reason: 'migrations pending' });
    expect(behind.ready === false && behind.reason === 'migrations pending' && behind.pending).toContain('001_core');
    await migrateLatest(db.knex);
    expect(await databaseReadiness(db.knex)).toEqual({ ready: true });
  });

  it('says the database is unreachable when nothing answers', async () => {
    const nowhere = createKnex(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/muni`, { max: 1 });
    try {
      expect(await databaseReadiness(nowhere)).toEqual({ ready: false, reason: 'database unreachable' });
    } finally {
      await nowhere.destroy();
    }
  });
});
