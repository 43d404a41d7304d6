import type { Knex } from 'knex';

// Retention: when the personal data of a past appointment were purged.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('appointments', (t) => {
    t.timestamp('purged_at', { useTz: true });
  });
  await knex.raw('CREATE INDEX appointments_retention_idx ON appointments (ends_at) WHERE purged_at IS NULL');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('appointments', (t) => {
    t.dropColumn('purged_at');
  });
}
