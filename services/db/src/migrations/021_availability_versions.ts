import type { Knex } from 'knex';

// A municipality's availability version (issue 17): a counter every API
// process reads before answering free times from its own cache, so an answer
// computed before a change is never served after it, by any process.
//
// Triggers bump it for every write that can change a municipality's free
// times, whoever makes it (booking, hold, its release, cancel, move, an
// absence, hours, closures, topics, employees and their topics, the
// municipality's settings): no code path can forget it. An appointment also
// bumps every municipality employing the same person (one person, one
// timeline: 013_person_timeline). A hold running out changes nothing in the
// database; the cache ends its answer at the first hold's expiry instead.
//
// The triggers are deferred to the commit and bump each municipality once per
// transaction: the row lock is held only while committing, so concurrent
// bookings of a municipality queue on it for their commits, not their work;
// the change and the new version become visible together.
const TABLES: { table: string; municipalities: string; when?: string }[] = [
  {
    table: 'appointments',
    municipalities: `ARRAY[r.municipality_id] || ARRAY(SELECT e.municipality_id FROM employees e WHERE e.tax_id = r.employee_person)`,
  },
  {
    table: 'employees',
    municipalities: 'ARRAY[r.municipality_id]',
    // last_assigned_at moves with every booking and changes no free time.
    when: `(OLD.municipality_id, OLD.tax_id, OLD.modes, OLD.working_hours, OLD.active) IS DISTINCT FROM (NEW.municipality_id, NEW.tax_id, NEW.modes, NEW.working_hours, NEW.active)`,
  },
  { table: 'employee_topics', municipalities: 'ARRAY(SELECT e.municipality_id FROM employees e WHERE e.id = r.employee_id)' },
  { table: 'employee_absences', municipalities: 'ARRAY(SELECT e.municipality_id FROM employees e WHERE e.id = r.employee_id)' },
  { table: 'closures', municipalities: 'ARRAY[r.municipality_id]' },
  { table: 'topics', municipalities: 'ARRAY[r.municipality_id]' },
  { table: 'municipalities', municipalities: 'ARRAY[r.id]' },
];

/** Appointment columns a free time depends on; other updates (reminders sent, call state, notes) bump nothing. */
const APPOINTMENT_COLUMNS = ['municipality_id', 'status', 'starts_at', 'ends_at', 'busy_until', 'hold_expires_at', 'employee_id', 'employee_person'];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE availability_versions (
      municipality_id uuid PRIMARY KEY,
      version bigint NOT NULL
    )`);
  // Once per municipality and transaction (a transaction-local setting marks it), in id order.
  await knex.raw(`
    CREATE FUNCTION availability_bump(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      m uuid;
      mark text;
    BEGIN
      FOR m IN SELECT DISTINCT x FROM unnest(ids) x WHERE x IS NOT NULL ORDER BY x LOOP
        mark := 'muni_availability.bumped_' || replace(m::text, '-', '');
        CONTINUE WHEN current_setting(mark, true) = '1';
        PERFORM set_config(mark, '1', true);
        INSERT INTO availability_versions AS v (municipality_id, version) VALUES (m, 1)
          ON CONFLICT (municipality_id) DO UPDATE SET version = v.version + 1;
      END LOOP;
    END $$`);
  await knex.raw(`
    CREATE FUNCTION availability_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE availability_versions SET version = version + 1;
      RETURN NULL;
    END $$`);
  for (const { table, municipalities, when } of TABLES) {
    const fn = `${table}_bump_availability`;
    // r: the row as it was (a delete), else as it is; an update that moves a row bumps both sides.
    await knex.raw(`
      CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r ${table}%ROWTYPE;
        ids uuid[] := '{}';
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          r := OLD;
          ids := ids || ${municipalities};
        END IF;
        IF TG_OP <> 'DELETE' THEN
          r := NEW;
          ids := ids || ${municipalities};
        END IF;
        PERFORM availability_bump(ids);
        RETURN NULL;
      END $$`);
    const events = table === 'appointments' ? `INSERT OR DELETE OR UPDATE OF ${APPOINTMENT_COLUMNS.join(', ')}` : 'INSERT OR DELETE OR UPDATE';
    const changed =
      table === 'appointments'
        ? `(${APPOINTMENT_COLUMNS.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${APPOINTMENT_COLUMNS.map((c) => `NEW.${c}`).join(', ')})`
        : (when ?? 'OLD.* IS DISTINCT FROM NEW.*');
    // A WHEN clause cannot name OLD on INSERT or NEW on DELETE: the update trigger is separate.
    await knex.raw(`
      CREATE CONSTRAINT TRIGGER ${fn}_write AFTER INSERT OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    await knex.raw(`
      CREATE CONSTRAINT TRIGGER ${fn}_update AFTER ${events.replace('INSERT OR DELETE OR ', '')} ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${fn}()`);
    // Emptying a table (tests do) changes every municipality's free times.
    await knex.raw(`CREATE TRIGGER ${table}_truncate_bumps_availability AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_all()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { table } of TABLES) {
    const fn = `${table}_bump_availability`;
    await knex.raw(`DROP TRIGGER IF EXISTS ${fn}_write ON ${table}`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${fn}_update ON ${table}`);
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_truncate_bumps_availability ON ${table}`);
    await knex.raw(`DROP FUNCTION IF EXISTS ${fn}()`);
  }
  await knex.raw('DROP FUNCTION IF EXISTS availability_bump(uuid[])');
  await knex.raw('DROP FUNCTION IF EXISTS availability_bump_all()');
  await knex.raw('DROP TABLE IF EXISTS availability_versions');
}
