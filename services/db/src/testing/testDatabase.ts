import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createKnex } from '../knex';

export interface TestDatabase {
  knex: Knex;
  url: string;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for the calling test file. The returned object is
 * filled in beforeAll, so read its fields inside tests and hooks only.
 */
export function useTestDatabase(): TestDatabase {
  const db = {} as TestDatabase;
  const name = `t_${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(inject('pgTemplate'))}`);
    db.url = inject('pgAdminUrl').replace(/\/postgres$/, `/${name}`);
    db.knex = createKnex(db.url, { max: 20 });
  });
  afterAll(async () => {
    await db.knex?.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  });
  return db;
}
