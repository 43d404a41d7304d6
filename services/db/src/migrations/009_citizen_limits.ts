import type { Knex } from 'knex';

// Abuse bound: how many future appointments one citizen may hold with a municipality,
// and whether only one per topic at a time.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('municipalities', (t) => {
    t.integer('max_future_per_citizen').notNullable().defaultTo(3);
    t.boolean('one_per_topic').notNullable().defaultTo(true);
  });
  // The check counts a citizen's booked appointments per municipality.
  await knex.raw("CREATE INDEX appointments_citizen_future_idx ON appointments (user_id, municipality_id, ends_at) WHERE status = 'booked'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS appointments_citizen_future_idx');
  await knex.schema.alterTable('municipalities', (t) => {
    t.dropColumn('max_future_per_citizen');
    t.dropColumn('one_per_topic');
  });
}
