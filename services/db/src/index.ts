export { StartupError } from './errors';
export { assertPortFree, freePort } from './ports';
export { startEmbeddedPostgres, type EmbeddedCluster } from './embedded';
export { createKnex, migrateLatest, migrateRollbackAll, pendingMigrations } from './knex';
