import type { Knex } from 'knex';

// The outcome of an appointment, recorded by staff after it started and told
// to the citizen. Every save is a new row (version 1, 2, …): the latest is the
// outcome, the earlier ones show what the citizen was told before a correction.
// municipality_id is the appointment's, kept for tenant-scoped reads.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('appointment_outcomes', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.uuid('municipality_id').notNullable().references('municipalities.id');
    t.integer('version').notNullable();
    t.text('kind').notNullable();
    t.text('citizen_text').notNullable().defaultTo('');
    t.jsonb('documents').notNullable().defaultTo('[]');
    t.date('follow_up_on');
    t.uuid('recorded_by').notNullable().references('employees.id');
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.unique(['appointment_id', 'version']);
    t.index(['municipality_id', 'recorded_at']);
  });
  await knex.raw(`
    ALTER TABLE appointment_outcomes
      ADD CONSTRAINT appointment_outcomes_kind_check CHECK (kind IN ('resolved', 'needs_documents', 'follow_up', 'referred')),
      ADD CONSTRAINT appointment_outcomes_text_check CHECK (char_length(citizen_text) <= 2000),
      ADD CONSTRAINT appointment_outcomes_documents_check CHECK (jsonb_typeof(documents) = 'array' AND jsonb_array_length(documents) <= 20),
      ADD CONSTRAINT appointment_outcomes_version_check CHECK (version >= 1)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex('notifications').where({ kind: 'outcome' }).delete();
  await knex.schema.dropTableIfExists('appointment_outcomes');
}
