import type { Knex } from 'knex';

// Texts (SMS) beside e-mails.
// - The outbox carries both: a `channel` per row, and the recipient's mobile
//   (E.164) for texts. One outbox, not a second table, so texts get the same
//   claims, retries, version checks, daily bound and console listing as
//   e-mails with no second copy of that machinery.
// - The appointment keeps the person's mobile for texts and when they agreed
//   (sms_consent_at: set = agreed, the time is the record of it); both or
//   neither. person_phone stays as typed: it may be a landline.
// - short_links: the /s/CODE links in texts, each to one recipient's own join
//   or manage link of one appointment version, until it expires. Only the
//   code's hash is stored, like join-link tokens.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE notifications
      ADD COLUMN channel text NOT NULL DEFAULT 'email',
      ADD COLUMN recipient_phone text,
      ALTER COLUMN recipient_email DROP NOT NULL,
      ADD CONSTRAINT notifications_channel_check CHECK (
        (channel = 'email' AND recipient_email IS NOT NULL) OR (channel = 'sms' AND recipient_phone IS NOT NULL))`);
  // The daily bound counts one number's recent texts.
  await knex.raw('CREATE INDEX notifications_recipient_phone_recent_idx ON notifications (recipient_phone, send_after) WHERE recipient_phone IS NOT NULL');

  await knex.raw(`
    ALTER TABLE appointments
      ADD COLUMN sms_phone text,
      ADD COLUMN sms_consent_at timestamptz,
      ADD CONSTRAINT appointments_sms_check CHECK ((sms_phone IS NULL) = (sms_consent_at IS NULL) AND (sms_phone IS NULL OR sms_phone ~ '^\\+3069[0-9]{8}$'))`);

  await knex.schema.createTable('short_links', (t) => {
    t.text('code_hash').primary();
    t.text('target').notNullable(); // join | manage
    t.uuid('appointment_id').notNullable().references('appointments.id').onDelete('CASCADE');
    t.text('role').notNullable();
    t.integer('appointment_version').notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['appointment_id']);
  });
  await knex.raw(`
    ALTER TABLE short_links
      ADD CONSTRAINT short_links_target_check CHECK (target IN ('join', 'manage')),
      ADD CONSTRAINT short_links_role_check CHECK (role IN ('citizen', 'interpreter', 'third_person')),
      ADD CONSTRAINT short_links_manage_check CHECK (target = 'join' OR role = 'citizen')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('short_links');
  await knex.raw('ALTER TABLE appointments DROP CONSTRAINT IF EXISTS appointments_sms_check, DROP COLUMN IF EXISTS sms_phone, DROP COLUMN IF EXISTS sms_consent_at');
  // Texts cannot become e-mails: they go with the channel.
  await knex('notifications').where({ channel: 'sms' }).delete();
  await knex.raw('DROP INDEX IF EXISTS notifications_recipient_phone_recent_idx');
  await knex.raw(`
    ALTER TABLE notifications
      DROP CONSTRAINT IF EXISTS notifications_channel_check,
      DROP COLUMN channel,
      DROP COLUMN recipient_phone,
      ALTER COLUMN recipient_email SET NOT NULL`);
}
