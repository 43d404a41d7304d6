import type { Knex } from 'knex';

// The booking core: municipalities and their configuration, people who serve
// (employees, interpreters), citizens, appointments (holds included) and
// their history. No double booking is enforced by exclusion constraints.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS btree_gist');
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pgcrypto');

  await knex.schema.createTable('municipalities', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('slug').notNullable().unique();
    t.text('name_el').notNullable();
    t.text('name_en').notNullable();
    t.text('time_zone').notNullable().defaultTo('Europe/Athens');
    t.specificType('modes', 'text[]').notNullable();
    t.jsonb('durations').notNullable(); // { in_person: 20, phone: 15, video: 20 } minutes
    t.jsonb('opening_hours').notNullable(); // WeeklyHours
    t.integer('booking_window_days').notNullable().defaultTo(60);
    t.integer('min_lead_minutes').notNullable().defaultTo(120);
    t.integer('buffer_minutes').notNullable().defaultTo(0);
    t.integer('hold_minutes').notNullable().defaultTo(10);
    t.integer('change_cutoff_minutes').notNullable().defaultTo(120);
    t.boolean('allow_third_person').notNullable().defaultTo(false);
    t.boolean('third_person_invite_on_booking').notNullable().defaultTo(false);
    t.specificType('reminder_offsets_minutes', 'integer[]').notNullable().defaultTo('{1440,60}');
    t.boolean('public_holidays_closed').notNullable().defaultTo(true);
    t.text('phone');
    t.text('email');
    t.timestamps(true, true);
  });

  await knex.schema.createTable('closures', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('municipality_id').notNullable().references('municipalities.id').onDelete('CASCADE');
    t.date('date').notNullable();
    t.boolean('recurring_yearly').notNullable().defaultTo(false);
    t.text('label').notNullable();
    t.index(['municipality_id']);
  });

  await knex.schema.createTable('offices', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('municipality_id').notNullable().references('municipalities.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('address').notNullable();
    t.text('floor');
    t.text('directions');
  });

  await knex.schema.createTable('topics', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('municipality_id').notNullable().references('municipalities.id').onDelete('CASCADE');
    t.text('name_el').notNullable();
    t.text('name_en').notNullable();
    t.specificType('modes', 'text[]').notNullable();
    t.integer('duration_minutes'); // overrides the municipality's length per mode
    t.jsonb('required_documents').notNullable().defaultTo('[]'); // [{el, en}]
    t.boolean('active').notNullable().defaultTo(true);
    t.index(['municipality_id']);
  });

  await knex.schema.createTable('employees', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('municipality_id').notNullable().references('municipalities.id').onDelete('CASCADE');
    t.text('tax_id').notNullable();
    t.text('full_name').notNullable();
    t.text('email').notNullable();
    t.uuid('office_id').references('offices.id').onDelete('SET NULL');
    t.specificType('modes', 'text[]').notNullable();
    t.jsonb('working_hours'); // null: the municipality's opening hours
    t.boolean('is_admin').notNullable().defaultTo(false);
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('last_assigned_at', { useTz: true });
    t.unique(['municipality_id', 'tax_id']);
    t.index(['tax_id']);
  });

  await knex.schema.createTable('employee_topics', (t) => {
    t.uuid('employee_id').notNullable().references('employees.id').onDelete('CASCADE');
    t.uuid('topic_id').notNullable().references('topics.id').onDelete('CASCADE');
    t.primary(['employee_id', 'topic_id']);
    t.index(['topic_id']);
  });

  await knex.schema.createTable('employee_absences', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('employee_id').notNullable().references('employees.id').onDelete('CASCADE');
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }).notNullable();
    t.text('reason');
    t.index(['employee_id']);
  });

  await knex.schema.createTable('interpreters', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('municipality_id').references('municipalities.id').onDelete('CASCADE'); // null: shared by all
    t.text('full_name').notNullable();
    t.text('email').notNullable();
    t.specificType('kinds', 'text[]').notNullable(); // gsl, lip_reading
    t.jsonb('working_hours').notNullable();
    t.text('time_zone').notNullable().defaultTo('Europe/Athens');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('last_assigned_at', { useTz: true });
  });

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('tax_id').notNullable().unique();
    t.text('first_name').notNullable().defaultTo('');
    t.text('last_name').notNullable().defaultTo('');
    t.text('kind').notNullable().defaultTo('person'); // person | company
    t.text('email');
    t.text('phone');
    t.text('language').notNullable().defaultTo('el');
    t.boolean('platform_admin').notNullable().defaultTo(false);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('appointments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('reference').unique();
    t.uuid('municipality_id').notNullable().references('municipalities.id');
    t.uuid('topic_id').notNullable().references('topics.id');
    t.text('mode').notNullable();
    t.text('status').notNullable(); // held | booked | completed | no_show | cancelled
    t.integer('version').notNullable().defaultTo(1);
    t.uuid('employee_id').notNullable().references('employees.id');
    t.uuid('interpreter_id').references('interpreters.id');
    t.text('interpretation'); // gsl | lip_reading
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true }).notNullable();
    // The employee is busy until ends_at + buffer; the exclusion uses this.
    t.timestamp('busy_until', { useTz: true }).notNullable();
    t.timestamp('hold_expires_at', { useTz: true });
    t.text('holder_key'); // who holds a held slot (session or user)
    t.uuid('user_id').references('users.id'); // the signed-in owner who sees it
    t.uuid('booked_by_employee_id').references('employees.id');
    t.uuid('requested_employee_id').references('employees.id');
    t.text('person_full_name');
    t.text('person_email');
    t.text('person_phone');
    t.text('language').notNullable().defaultTo('el');
    t.text('on_behalf_kind').notNullable().defaultTo('self'); // self | other | business
    t.text('booker_full_name'); // the one who booked for another person or a company
    t.text('company_tax_id');
    t.text('company_name');
    t.text('business_auth'); // company_credentials | declared
    t.text('third_person_name');
    t.text('third_person_email');
    t.text('notes');
    t.timestamp('declared_true_at', { useTz: true });
    t.timestamp('privacy_read_at', { useTz: true });
    t.text('actor_key');
    t.text('idempotency_key');
    t.timestamp('cancelled_at', { useTz: true });
    t.timestamps(true, true);
    t.unique(['actor_key', 'idempotency_key']);
    t.index(['municipality_id', 'starts_at']);
    t.index(['user_id', 'starts_at']);
    t.index(['employee_id', 'starts_at']);
  });
  await knex.raw(`
    ALTER TABLE appointments
      ADD CONSTRAINT appointments_mode_check CHECK (mode IN ('in_person','phone','video')),
      ADD CONSTRAINT appointments_status_check CHECK (status IN ('held','booked','completed','no_show','cancelled')),
      ADD CONSTRAINT appointments_time_check CHECK (starts_at < ends_at AND ends_at <= busy_until),
      ADD CONSTRAINT appointments_person_check CHECK (status = 'held' OR (person_full_name IS NOT NULL AND person_email IS NOT NULL AND declared_true_at IS NOT NULL AND privacy_read_at IS NOT NULL)),
      ADD CONSTRAINT appointments_interpreter_check CHECK ((interpreter_id IS NULL) = (interpretation IS NULL)),
      ADD CONSTRAINT appointments_no_employee_overlap EXCLUDE USING gist (
        employee_id WITH =, tstzrange(starts_at, busy_until, '[)') WITH &&
      ) WHERE (status <> 'cancelled'),
      ADD CONSTRAINT appointments_no_interpreter_overlap EXCLUDE USING gist (
        interpreter_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status <> 'cancelled' AND interpreter_id IS NOT NULL)
  `);

  await knex.schema.createTable('appointment_events', (t) => {
    t.bigIncrements('id');
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('action').notNullable();
    t.text('actor_kind').notNullable(); // citizen | employee | system
    t.uuid('actor_id');
    t.integer('version').notNullable();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.index(['appointment_id']);
  });

  // Outbox: a write that must send an e-mail writes its row in the same transaction.
  await knex.schema.createTable('notifications', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.integer('appointment_version').notNullable();
    t.text('kind').notNullable();
    t.text('recipient_email').notNullable();
    t.text('recipient_name').notNullable();
    t.text('language').notNullable().defaultTo('el');
    t.timestamp('send_after', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('status').notNullable().defaultTo('pending'); // pending | sent | failed | skipped
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    t.jsonb('payload').notNullable().defaultTo('{}');
    t.timestamp('sent_at', { useTz: true });
    t.timestamps(true, true);
    t.index(['status', 'send_after']);
    t.index(['appointment_id']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('actor_kind').notNullable();
    t.uuid('actor_id');
    t.uuid('municipality_id');
    t.text('action').notNullable();
    t.text('subject_kind');
    t.uuid('subject_id');
    t.text('ip');
    t.jsonb('details').notNullable().defaultTo('{}');
    t.index(['municipality_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'audit_log',
    'notifications',
    'appointment_events',
    'appointments',
    'users',
    'interpreters',
    'employee_absences',
    'employee_topics',
    'employees',
    'topics',
    'offices',
    'closures',
    'municipalities',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
