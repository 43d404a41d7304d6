import type { Knex } from 'knex';

// State of video calls. No images or recordings are ever stored: the identity
// check keeps the employee's checklist and outcome, who and when.
export async function up(knex: Knex): Promise<void> {
  // One row per appointment version: a rescheduled call starts afresh.
  await knex.schema.createTable('call_states', (t) => {
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.integer('appointment_version').notNullable();
    t.specificType('admitted_identities', 'text[]').notNullable().defaultTo('{}');
    t.boolean('audio_only').notNullable().defaultTo(false);
    t.text('identity_check').notNullable().defaultTo('not_started'); // not_started | running | verified | failed | aborted
    t.timestamp('identity_check_started_at', { useTz: true });
    t.uuid('identity_check_started_by').references('employees.id');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['appointment_id', 'appointment_version']);
  });
  await knex.raw(
    `ALTER TABLE call_states ADD CONSTRAINT call_states_identity_check_check
       CHECK (identity_check IN ('not_started','running','verified','failed','aborted'))`,
  );

  await knex.schema.createTable('identity_checks', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.integer('appointment_version').notNullable();
    t.uuid('employee_id').notNullable().references('employees.id');
    t.text('document_type').notNullable(); // id_card | passport | residence_permit | driving_licence
    t.jsonb('checklist').notNullable(); // { front, back, securityFeatures, faceMatch }: booleans only
    t.text('outcome').notNullable(); // verified | failed | aborted_poor_quality
    t.text('reason');
    t.timestamp('started_at', { useTz: true });
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.index(['appointment_id']);
  });
  await knex.raw(
    `ALTER TABLE identity_checks
       ADD CONSTRAINT identity_checks_document_check CHECK (document_type IN ('id_card','passport','residence_permit','driving_licence')),
       ADD CONSTRAINT identity_checks_outcome_check CHECK (outcome IN ('verified','failed','aborted_poor_quality'))`,
  );

  // From LiveKit's signed webhooks; one row per connection (participant sid).
  await knex.schema.createTable('call_attendance', (t) => {
    t.bigIncrements('id');
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.text('identity').notNullable(); // opaque, as in join_links
    t.text('role'); // citizen | employee | interpreter | third_person; null if unknown
    t.text('participant_sid').notNullable().unique();
    t.timestamp('joined_at', { useTz: true }).notNullable();
    t.timestamp('left_at', { useTz: true });
    t.index(['appointment_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('call_attendance');
  await knex.schema.dropTableIfExists('identity_checks');
  await knex.schema.dropTableIfExists('call_states');
}
