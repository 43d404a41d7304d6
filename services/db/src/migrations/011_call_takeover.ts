import type { Knex } from 'knex';

// Who runs a video call. The assigned employee, unless a colleague took the
// call over (confirmed and audited): then call_states.acting_employee_id names
// them, and the employee's join link is re-issued for them. The previous
// holder's link is remembered (hash only) so it answers "taken over" (410),
// not "unknown" (404), and so a LiveKit identity it opened can be told apart.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('call_states', (t) => {
    t.uuid('acting_employee_id').references('employees.id'); // null: the assigned employee
    t.integer('takeovers').notNullable().defaultTo(0); // numbers the re-issued employee links of this version
  });
  await knex.schema.createTable('revoked_join_links', (t) => {
    t.text('token_hash').primary();
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.integer('appointment_version').notNullable();
    t.text('identity').notNullable(); // the LiveKit identity the link opened
    t.uuid('employee_id').references('employees.id'); // whose link it was
    t.text('reason').notNullable(); // taken_over
    t.timestamp('revoked_at', { useTz: true }).notNullable();
    t.index(['appointment_id']);
  });
  await knex.raw("ALTER TABLE revoked_join_links ADD CONSTRAINT revoked_join_links_reason_check CHECK (reason IN ('taken_over'))");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('revoked_join_links');
  await knex.schema.alterTable('call_states', (t) => {
    t.dropColumn('acting_employee_id');
    t.dropColumn('takeovers');
  });
}
