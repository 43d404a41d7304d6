import type { Knex } from 'knex';

// Every e-mail belongs to one recipient: the outbox stores whose it is (the
// role decides the join link and the wording, never the kind of message), and
// a status for e-mails held back by the per-address daily bound (never sent).
// Roles: citizen (the person served, or the company's representative),
// interpreter, third_person. A person booking for someone else gives no address
// of their own, so there is no "booker" recipient.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notifications', (t) => {
    t.text('recipient_role');
  });
  // Backfill: the invitations say whose they are; a change or cancellation went
  // to whichever participant's address it was written to.
  await knex.raw(`
    UPDATE notifications n SET recipient_role = CASE
      WHEN n.kind = 'invite_interpreter' THEN 'interpreter'
      WHEN n.kind = 'invite_third_person' THEN 'third_person'
      WHEN n.kind NOT IN ('rescheduled', 'cancelled') THEN 'citizen'
      WHEN lower(n.recipient_email) = lower(a.person_email) THEN 'citizen'
      WHEN lower(n.recipient_email) = lower(a.third_person_email) THEN 'third_person'
      WHEN EXISTS (SELECT 1 FROM interpreters i WHERE lower(i.email) = lower(n.recipient_email)) THEN 'interpreter'
      ELSE 'citizen'
    END
    FROM appointments a
    WHERE a.id = n.appointment_id`);
  await knex.raw(`
    ALTER TABLE notifications
      ALTER COLUMN recipient_role SET NOT NULL,
      ADD CONSTRAINT notifications_recipient_role_check CHECK (recipient_role IN ('citizen', 'interpreter', 'third_person')),
      ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped', 'held_back'))`);
  // The daily bound counts one address's recent e-mails.
  await knex.raw('CREATE INDEX notifications_recipient_recent_idx ON notifications (lower(recipient_email), send_after)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS notifications_recipient_recent_idx');
  // Held-back e-mails were never meant to go out: keep them out after the rollback.
  await knex('notifications').where({ status: 'held_back' }).update({ status: 'skipped' });
  await knex.raw('ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_status_check');
  await knex.schema.alterTable('notifications', (t) => {
    t.dropColumn('recipient_role');
  });
}
