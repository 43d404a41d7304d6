import type { Knex } from 'knex';

// Server-side sessions: the cookie carries a random id, the table its hash.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.text('id_hash').primary();
    t.text('kind').notNullable(); // anonymous | citizen | employee
    t.uuid('user_id').references('users.id').onDelete('CASCADE');
    t.text('employee_tax_id');
    t.uuid('active_municipality_id').references('municipalities.id').onDelete('SET NULL');
    t.text('csrf_token').notNullable();
    t.jsonb('data').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['user_id']);
    t.index(['employee_tax_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sessions');
}
