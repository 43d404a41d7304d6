import type { Knex } from 'knex';

// Availability versions (issue 17): counters every API process reads before
// answering free times from its own cache, so an answer computed before a
// change is never served after it, by any process.
//
// One counter per municipality and local day, for appointments and absences
// (a booking makes only its own day's answer stale), and one per municipality
// for every day ('-infinity': hours, closures, topics, employees and their
// topics, the municipality's settings). An appointment also counts for every
// municipality employing the same person (one person, one timeline:
// 013_person_timeline), on its local days there. A day counts from 5 hours
// before the appointment (the longest slot with its buffer, 180 + 120
// minutes): a slot late the day before may reach into it.
//
// Triggers keep them for every write, whoever makes it (booking, hold, its
// release, cancel, move, an absence, the admin pages, a direct SQL write): no
// code path can forget it. A hold running out writes nothing; the cache ends
// a day read with a live hold at the hold's expiry instead.
//
// Each changed row only notes its keys in a transaction-local setting (rolled
// back with a savepoint); the first note of a transaction also inserts a row
// into availability_commit, whose deferred trigger bumps everything noted at
// commit, in key order. The row locks are held only while committing, taken
// in the same order by everyone (no deadlock), and the change and its
// versions become visible together. Deferred events wait on that table only:
// a migration may still update and then alter the watched tables in one
// transaction ("pending trigger events" would refuse it otherwise).

/** '-infinity' as the day: every day of the municipality. */
const EVERY_DAY = `'-infinity'`;
const LOOKBACK = `interval '5 hours'`;

/** A local day as a key's day. */
const DAY = (d: string) => `to_char(${d}, 'YYYY-MM-DD')`;
/** The local days of a municipality m from `from` (5 hours earlier) to just before `to`, as first_day + i. */
const days = (from: string, to: string) => `
  CROSS JOIN LATERAL (SELECT ((${from} - ${LOOKBACK}) AT TIME ZONE m.time_zone)::date AS first_day,
                             ((${to} - interval '1 microsecond') AT TIME ZONE m.time_zone)::date AS last_day) s
  CROSS JOIN LATERAL generate_series(0, GREATEST(s.last_day - s.first_day, 0)) i`;

/** The keys ("municipality/day") a row r stands for, as a SQL expression. */
const APPOINTMENT_KEYS = `
  ARRAY(SELECT m.id::text || '/' || ${DAY('s.first_day + i')}
          FROM municipalities m ${days('r.starts_at', 'r.busy_until')}
         WHERE m.id = r.municipality_id
            OR m.id IN (SELECT o.municipality_id FROM employees e JOIN employees o ON o.tax_id = e.tax_id WHERE e.id = r.employee_id))`;
/** An absence longer than two months counts for every day rather than for each of its days. */
const ABSENCE_KEYS = `
  ARRAY(SELECT DISTINCT m.id::text || '/' || CASE WHEN s.last_day - s.first_day > 62 THEN ${EVERY_DAY} ELSE ${DAY('s.first_day + i')} END
          FROM employees e JOIN municipalities m ON m.id = e.municipality_id ${days('r.starts_at', 'r.ends_at')}
         WHERE e.id = r.employee_id AND i <= 62)`;
const everyDay = (municipality: string) => `ARRAY[${municipality}::text || '/' || ${EVERY_DAY}]`;

/**
 * Appointment columns a free time depends on; other updates (reminders sent,
 * call state, notes) note nothing. The person is found through employee_id
 * (a tax id that changes bumps every day through employees).
 */
const APPOINTMENT_COLUMNS = ['municipality_id', 'status', 'starts_at', 'ends_at', 'busy_until', 'hold_expires_at', 'employee_id'];
const changed = (columns: string[]) => `(${columns.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `NEW.${c}`).join(', ')})`;

const TABLES: { table: string; keys: string; update: string; when: string }[] = [
  { table: 'appointments', keys: APPOINTMENT_KEYS, update: `UPDATE OF ${APPOINTMENT_COLUMNS.join(', ')}`, when: changed(APPOINTMENT_COLUMNS) },
  { table: 'employee_absences', keys: ABSENCE_KEYS, update: 'UPDATE', when: 'OLD.* IS DISTINCT FROM NEW.*' },
  // last_assigned_at moves with every booking and changes no free time.
  { table: 'employees', keys: everyDay('r.municipality_id'), update: 'UPDATE', when: changed(['municipality_id', 'tax_id', 'modes', 'working_hours', 'active']) },
  { table: 'employee_topics', keys: `ARRAY(SELECT e.municipality_id::text || '/' || ${EVERY_DAY} FROM employees e WHERE e.id = r.employee_id)`, update: 'UPDATE', when: 'OLD.* IS DISTINCT FROM NEW.*' },
  { table: 'closures', keys: everyDay('r.municipality_id'), update: 'UPDATE', when: 'OLD.* IS DISTINCT FROM NEW.*' },
  { table: 'topics', keys: everyDay('r.municipality_id'), update: 'UPDATE', when: 'OLD.* IS DISTINCT FROM NEW.*' },
  { table: 'municipalities', keys: everyDay('r.id'), update: 'UPDATE', when: 'OLD.* IS DISTINCT FROM NEW.*' },
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE availability_versions (
      municipality_id uuid NOT NULL,
      day date NOT NULL,
      version bigint NOT NULL,
      PRIMARY KEY (municipality_id, day)
    )`);
  await knex.raw('CREATE TABLE availability_commit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)');
  // The keys noted so far, each followed by a space; the setting ends with the transaction.
  await knex.raw(`
    CREATE FUNCTION availability_note(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      k text;
      noted text := coalesce(current_setting('muni_availability.changed', true), '');
      is_first boolean := noted = '';
    BEGIN
      FOREACH k IN ARRAY keys LOOP
        IF position(' ' || k || ' ' IN ' ' || noted) = 0 THEN noted := noted || k || ' '; END IF;
      END LOOP;
      IF noted = '' THEN RETURN; END IF;
      PERFORM set_config('muni_availability.changed', noted, true);
      IF is_first THEN INSERT INTO availability_commit DEFAULT VALUES; END IF;
    END $$`);
  // At commit: everything noted, bumped once per key, in key order.
  await knex.raw(`
    CREATE FUNCTION availability_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      noted text := current_setting('muni_availability.changed', true);
    BEGIN
      DELETE FROM availability_commit WHERE id = NEW.id;
      IF coalesce(noted, '') = '' THEN RETURN NULL; END IF;
      PERFORM set_config('muni_availability.changed', '', true);
      INSERT INTO availability_versions AS v (municipality_id, day, version)
        SELECT split_part(k, '/', 1)::uuid, split_part(k, '/', 2)::date, 1
          FROM unnest(string_to_array(trim(noted), ' ')) k
         ORDER BY 1, 2
        ON CONFLICT (municipality_id, day) DO UPDATE SET version = v.version + 1;
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE CONSTRAINT TRIGGER availability_commit_bump AFTER INSERT ON availability_commit
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION availability_bump()`);
  // Emptying a table (tests do) changes every municipality's free times.
  await knex.raw(`
    CREATE FUNCTION availability_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO availability_versions AS v (municipality_id, day, version)
        SELECT id, ${EVERY_DAY}, 1 FROM municipalities ORDER BY id
        ON CONFLICT (municipality_id, day) DO UPDATE SET version = v.version + 1;
      RETURN NULL;
    END $$`);
  for (const { table, keys, update, when } of TABLES) {
    const fn = `${table}_note_availability`;
    // r: the row as it was (a delete), else as it is; an update that moves a row notes both sides.
    await knex.raw(`
      CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r ${table}%ROWTYPE;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          r := OLD;
          PERFORM availability_note(${keys});
        END IF;
        IF TG_OP <> 'DELETE' THEN
          r := NEW;
          PERFORM availability_note(${keys});
        END IF;
        RETURN NULL;
      END $$`);
    // A WHEN clause cannot name OLD on INSERT or NEW on DELETE: updates have triggers of their own.
    await knex.raw(`CREATE TRIGGER ${table}_note_availability AFTER INSERT OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    await knex.raw(`CREATE TRIGGER ${table}_note_availability_update AFTER ${update} ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${fn}()`);
    await knex.raw(`CREATE TRIGGER ${table}_truncate_bumps_availability AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_all()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { table } of TABLES) {
    for (const trigger of ['note_availability', 'note_availability_update', 'truncate_bumps_availability']) {
      await knex.raw(`DROP TRIGGER IF EXISTS ${table}_${trigger} ON ${table}`);
    }
    await knex.raw(`DROP FUNCTION IF EXISTS ${table}_note_availability()`);
  }
  await knex.raw('DROP TABLE IF EXISTS availability_commit');
  await knex.raw('DROP FUNCTION IF EXISTS availability_bump()');
  await knex.raw('DROP FUNCTION IF EXISTS availability_bump_all()');
  await knex.raw('DROP FUNCTION IF EXISTS availability_note(text[])');
  await knex.raw('DROP TABLE IF EXISTS availability_versions');
}
