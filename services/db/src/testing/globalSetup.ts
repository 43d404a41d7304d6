import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded';
import { createKnex, migrateLatest } from '../knex';
import { freePort } from '../ports';

export const TEMPLATE_DB = 'muni_template';

// One throw-away cluster per test run; a migrated template database that each
// test file copies (CREATE DATABASE ... TEMPLATE), so files run in parallel
// and never see each other's rows. DATABASE_URL is never used by tests.
export default async function setup(project: TestProject) {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'muni-test-pg-')), 'data');
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  await cluster.createDatabase(TEMPLATE_DB);
  const knex = createKnex(cluster.url(TEMPLATE_DB));
  try {
    await migrateLatest(knex);
  } finally {
    await knex.destroy();
  }
  project.provide('pgAdminUrl', cluster.url('postgres'));
  project.provide('pgTemplate', TEMPLATE_DB);
  return async () => {
    await cluster.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}
