export { StartupError } from './errors';
export { assertPortFree, freePort } from './ports';
export { startEmbeddedPostgres, type EmbeddedCluster } from './embedded';
export { createKnex, migrateLatest, migrateRollbackAll, pendingMigrations } from './knex';
export { seedDemoData } from './seed/demo';
export * from './repositories/rows';
export * from './repositories/municipalities';
export * from './repositories/availability';
