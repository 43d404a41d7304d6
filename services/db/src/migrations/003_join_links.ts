import type { Knex } from 'knex';

// Join links of video appointments: one per participant and appointment
// version. Only the token's hash is stored; identities in rooms are opaque.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('join_links', (t) => {
    t.text('token_hash').primary();
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.text('role').notNullable(); // citizen | employee | interpreter | third_person
    t.integer('appointment_version').notNullable();
    t.text('identity').notNullable(); // opaque LiveKit identity
    t.text('display_name').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['appointment_id', 'role', 'appointment_version']);
  });
  await knex.schema.alterTable('appointments', (t) => {
    t.text('room_name'); // opaque LiveKit room name, video only
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('appointments', (t) => {
    t.dropColumn('room_name');
  });
  await knex.schema.dropTableIfExists('join_links');
}
