import type { Knex } from 'knex';

// A caller booked at the desk or on the phone may have no e-mail address:
// staff bookings (booked_by_employee_id set) may leave person_email empty.
// Nobody is e-mailed about them (the outbox writes no row without an address).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE appointments
      DROP CONSTRAINT appointments_person_check,
      ADD CONSTRAINT appointments_person_check CHECK (status = 'held' OR (
        person_full_name IS NOT NULL
        AND (person_email IS NOT NULL OR booked_by_employee_id IS NOT NULL)
        AND declared_true_at IS NOT NULL AND privacy_read_at IS NOT NULL))`);
}

export async function down(knex: Knex): Promise<void> {
  // The older rule wants an address on every booking: the ones without get a placeholder that never receives mail.
  await knex('appointments').whereNot('status', 'held').whereNull('person_email').update({ person_email: 'no-email@invalid' });
  await knex.raw(`
    ALTER TABLE appointments
      DROP CONSTRAINT appointments_person_check,
      ADD CONSTRAINT appointments_person_check CHECK (status = 'held' OR (person_full_name IS NOT NULL AND person_email IS NOT NULL AND declared_true_at IS NOT NULL AND privacy_read_at IS NOT NULL))`);
}
