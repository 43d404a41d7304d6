import type { Knex } from 'knex';

// Counters of rate-limiter-flexible, shared by every API process (its own
// table layout, created here so the limiter never runs DDL at request time).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE TABLE rate_limits (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
  )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('rate_limits');
}
