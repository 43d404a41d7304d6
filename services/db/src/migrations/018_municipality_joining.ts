import type { Knex } from 'knex';

// The decree's joining flow: a municipality is drafted by its admin
// (topics, hours, lengths, third-person rule, contact), submitted, approved by
// the platform admin, and only then bookable; it may later be deactivated.
// Municipalities already serving citizens are active.
//
// The shared interpreter pool: an interpreter without a municipality serves
// the municipalities linked to them here (before, "shared by all"; those
// already shared keep serving every municipality there is now).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('municipalities', (t) => {
    t.text('status').notNullable().defaultTo('active');
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('approved_at', { useTz: true });
    t.uuid('approved_by').references('users.id').onDelete('SET NULL');
    t.text('review_comment'); // the platform admin's reason when sending the form back
    t.text('contact_name');
    t.text('contact_email');
    t.text('contact_phone');
  });
  // Existing rows became active above; new ones start as a draft.
  await knex.raw(`ALTER TABLE municipalities ALTER COLUMN status SET DEFAULT 'draft'`);
  await knex.raw(`ALTER TABLE municipalities ADD CONSTRAINT municipalities_status_check CHECK (status IN ('draft','submitted','active','deactivated'))`);

  await knex.schema.createTable('interpreter_municipalities', (t) => {
    t.uuid('interpreter_id').notNullable().references('interpreters.id').onDelete('CASCADE');
    t.uuid('municipality_id').notNullable().references('municipalities.id').onDelete('CASCADE');
    t.primary(['interpreter_id', 'municipality_id']);
    t.index(['municipality_id']);
  });
  await knex.raw(`
    INSERT INTO interpreter_municipalities (interpreter_id, municipality_id)
    SELECT i.id, m.id FROM interpreters i CROSS JOIN municipalities m WHERE i.municipality_id IS NULL`);

  // The platform's audit screen filters by action and date and pages by id.
  await knex.schema.alterTable('audit_log', (t) => {
    t.index(['at']);
    t.index(['action', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['action', 'at']);
    t.dropIndex(['at']);
  });
  await knex.schema.dropTable('interpreter_municipalities');
  await knex.raw('ALTER TABLE municipalities DROP CONSTRAINT municipalities_status_check');
  await knex.schema.alterTable('municipalities', (t) => {
    for (const c of ['status', 'submitted_at', 'approved_at', 'approved_by', 'review_comment', 'contact_name', 'contact_email', 'contact_phone']) t.dropColumn(c);
  });
}
