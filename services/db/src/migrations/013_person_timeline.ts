import type { Knex } from 'knex';

// One person, one timeline. An employee of two municipalities has an
// employees row in each (the same tax id), and an interpreter may be
// registered by several municipalities (the same e-mail): the person cannot
// be in two appointments at once, whichever municipality booked them.
//
// appointments.employee_person (the employee's tax id) and
// appointments.interpreter_person (the interpreter's person key) are kept by a
// trigger on every insert and on every change of employee or interpreter, so
// no write path can forget them; exclusion constraints on them decide races
// between municipalities exactly as the per-record constraints of 001_core do
// within one. An interpreter's person key is their e-mail, lower-cased
// (interpreters have no tax id here); a changed e-mail or tax id is carried to
// their appointments, which may be refused (23P01) when the person is then
// booked twice at the same time.
//
// Rows that already overlap another municipality's booking of the same person
// when this migration runs keep a null person (the later-booked of each pair)
// so the migration cannot fail on them; a null never conflicts, and a later
// change of the row's employee or interpreter fills it again.
//
// Nothing is booked on a closed day or in an employee's absence: a trigger
// refuses a held or booked row there (check_violation, constraint
// appointments_open_time). An admin adding a closure (or an absence) holds an
// advisory lock on the municipality (the employee) exclusively while it moves
// or cancels what was booked there; every write of a time takes it shared, so
// a booking racing with the closure either is seen and moved, or waits and is
// refused. Public holidays are computed by the application and fixed in
// advance, so they are not part of this check.

/** Advisory lock keys (hashtextextended of the prefix and the id): the application takes them exclusively, see repositories/timeLocks.ts. */
export const CLOSURE_LOCK = 'closures:';
export const ABSENCE_LOCK = 'absences:';

export async function up(knex: Knex): Promise<void> {
  // Kept by a trigger rather than generated, so that code copying a whole row still inserts it.
  await knex.raw('ALTER TABLE interpreters ADD COLUMN person_key text');
  await knex.raw('UPDATE interpreters SET person_key = lower(btrim(email))');
  await knex.raw('ALTER TABLE interpreters ALTER COLUMN person_key SET NOT NULL');
  await knex.raw('CREATE INDEX interpreters_person_key_idx ON interpreters (person_key)');
  await knex.raw(`
    CREATE FUNCTION interpreters_person_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.person_key := lower(btrim(NEW.email));
      RETURN NEW;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER interpreters_person_key BEFORE INSERT OR UPDATE ON interpreters
      FOR EACH ROW EXECUTE FUNCTION interpreters_person_key()`);

  await knex.schema.alterTable('appointments', (t) => {
    t.text('employee_person'); // employees.tax_id of employee_id
    t.text('interpreter_person'); // interpreters.person_key of interpreter_id
  });

  // Backfill: cancelled rows and rows without a cross-municipality overlap get
  // their person; of two overlapping ones the earlier booked keeps it.
  await knex.raw(`
    UPDATE appointments a SET employee_person = e.tax_id
      FROM employees e
     WHERE e.id = a.employee_id
       AND (a.status = 'cancelled' OR NOT EXISTS (
             SELECT 1 FROM appointments b JOIN employees eb ON eb.id = b.employee_id
              WHERE eb.tax_id = e.tax_id AND b.employee_id <> a.employee_id AND b.status <> 'cancelled'
                AND (b.created_at, b.id) < (a.created_at, a.id)
                AND tstzrange(b.starts_at, b.busy_until, '[)') && tstzrange(a.starts_at, a.busy_until, '[)')))`);
  await knex.raw(`
    UPDATE appointments a SET interpreter_person = i.person_key
      FROM interpreters i
     WHERE i.id = a.interpreter_id
       AND (a.status = 'cancelled' OR NOT EXISTS (
             SELECT 1 FROM appointments b JOIN interpreters ib ON ib.id = b.interpreter_id
              WHERE ib.person_key = i.person_key AND b.interpreter_id <> a.interpreter_id AND b.status <> 'cancelled'
                AND (b.created_at, b.id) < (a.created_at, a.id)
                AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(a.starts_at, a.ends_at, '[)')))`);

  await knex.raw(`
    CREATE FUNCTION appointments_fill_person() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.employee_person := (SELECT tax_id FROM employees WHERE id = NEW.employee_id);
      NEW.interpreter_person := CASE WHEN NEW.interpreter_id IS NULL THEN NULL
                                     ELSE (SELECT person_key FROM interpreters WHERE id = NEW.interpreter_id) END;
      RETURN NEW;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER appointments_fill_person BEFORE INSERT OR UPDATE OF employee_id, interpreter_id ON appointments
      FOR EACH ROW EXECUTE FUNCTION appointments_fill_person()`);

  // The person behind a record changes (an interpreter's e-mail; a tax id is never changed by the app).
  await knex.raw(`
    CREATE FUNCTION employees_carry_person() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE appointments SET employee_person = NEW.tax_id WHERE employee_id = NEW.id AND employee_person IS DISTINCT FROM NEW.tax_id;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER employees_carry_person AFTER UPDATE OF tax_id ON employees
      FOR EACH ROW WHEN (OLD.tax_id IS DISTINCT FROM NEW.tax_id) EXECUTE FUNCTION employees_carry_person()`);
  await knex.raw(`
    CREATE FUNCTION interpreters_carry_person() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE appointments SET interpreter_person = NEW.person_key WHERE interpreter_id = NEW.id AND interpreter_person IS DISTINCT FROM NEW.person_key;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER interpreters_carry_person AFTER UPDATE ON interpreters
      FOR EACH ROW WHEN (OLD.person_key IS DISTINCT FROM NEW.person_key) EXECUTE FUNCTION interpreters_carry_person()`);

  await knex.raw(`
    CREATE FUNCTION appointments_open_time() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      local_day date;
    BEGIN
      IF NEW.status NOT IN ('held', 'booked') THEN RETURN NEW; END IF;
      IF TG_OP = 'UPDATE' AND NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at AND NEW.employee_id = OLD.employee_id
         AND NOT (OLD.status = 'held' AND NEW.status = 'booked') THEN
        RETURN NEW;
      END IF;
      -- Waits for a closure or an absence being written now (see ${CLOSURE_LOCK} and ${ABSENCE_LOCK}).
      PERFORM pg_advisory_xact_lock_shared(hashtextextended('${CLOSURE_LOCK}' || NEW.municipality_id, 0));
      PERFORM pg_advisory_xact_lock_shared(hashtextextended('${ABSENCE_LOCK}' || NEW.employee_id, 0));
      SELECT (NEW.starts_at AT TIME ZONE m.time_zone)::date INTO local_day FROM municipalities m WHERE m.id = NEW.municipality_id;
      IF EXISTS (SELECT 1 FROM closures c WHERE c.municipality_id = NEW.municipality_id
                  AND (c.date = local_day OR (c.recurring_yearly AND to_char(c.date, 'MM-DD') = to_char(local_day, 'MM-DD')))) THEN
        RAISE EXCEPTION 'the municipality is closed that day' USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_open_time';
      END IF;
      IF EXISTS (SELECT 1 FROM employee_absences a WHERE a.employee_id = NEW.employee_id AND a.starts_at < NEW.ends_at AND a.ends_at > NEW.starts_at) THEN
        RAISE EXCEPTION 'the employee is absent then' USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_open_time';
      END IF;
      RETURN NEW;
    END $$`);
  await knex.raw(`
    CREATE TRIGGER appointments_open_time BEFORE INSERT OR UPDATE OF starts_at, ends_at, employee_id, status ON appointments
      FOR EACH ROW EXECUTE FUNCTION appointments_open_time()`);

  await knex.raw(`
    ALTER TABLE appointments
      ADD CONSTRAINT appointments_no_person_overlap EXCLUDE USING gist (
        employee_person WITH =, tstzrange(starts_at, busy_until, '[)') WITH &&
      ) WHERE (status <> 'cancelled' AND employee_person IS NOT NULL),
      ADD CONSTRAINT appointments_no_interpreter_person_overlap EXCLUDE USING gist (
        interpreter_person WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status <> 'cancelled' AND interpreter_person IS NOT NULL)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE appointments DROP CONSTRAINT IF EXISTS appointments_no_interpreter_person_overlap, DROP CONSTRAINT IF EXISTS appointments_no_person_overlap');
  await knex.raw('DROP TRIGGER IF EXISTS appointments_open_time ON appointments');
  await knex.raw('DROP FUNCTION IF EXISTS appointments_open_time()');
  await knex.raw('DROP TRIGGER IF EXISTS interpreters_carry_person ON interpreters');
  await knex.raw('DROP TRIGGER IF EXISTS employees_carry_person ON employees');
  await knex.raw('DROP TRIGGER IF EXISTS appointments_fill_person ON appointments');
  await knex.raw('DROP FUNCTION IF EXISTS interpreters_carry_person()');
  await knex.raw('DROP FUNCTION IF EXISTS employees_carry_person()');
  await knex.raw('DROP FUNCTION IF EXISTS appointments_fill_person()');
  await knex.schema.alterTable('appointments', (t) => {
    t.dropColumn('interpreter_person');
    t.dropColumn('employee_person');
  });
  await knex.raw('DROP TRIGGER IF EXISTS interpreters_person_key ON interpreters');
  await knex.raw('DROP FUNCTION IF EXISTS interpreters_person_key()');
  await knex.raw('DROP INDEX IF EXISTS interpreters_person_key_idx');
  await knex.raw('ALTER TABLE interpreters DROP COLUMN IF EXISTS person_key');
}
