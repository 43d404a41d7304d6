import type { Knex } from 'knex';

// The console finds an appointment by reference, name, tax id (ΑΦΜ), phone or
// e-mail within the employee's municipality, and topics get a length per mode.
//
// Names are matched accent- and case-blind ("βασιλειου" finds "ΒΑΣΙΛΕΊΟΥ")
// through search_fold(), an immutable function so it can be indexed: lower()
// for Latin letters plus an explicit Greek table, which does not depend on the
// cluster's locale (lower() alone leaves Greek as it is under the C locale).
// A trigram index serves "contains" searches; the other fields are exact
// matches on expression indexes.

const GREEK_FROM = 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ' + 'ΆΈΉΊΌΎΏΪΫ' + 'άέήίόύώϊϋΐΰ' + 'ς';
const GREEK_TO = 'αβγδεζηθικλμνξοπρστυφχψω' + 'αεηιουωιυ' + 'αεηιουωιυιυ' + 'σ';
if ([...GREEK_FROM].length !== [...GREEK_TO].length) throw new Error('search_fold: the two tables differ in length');

// The searched expressions; queries/consoleSearch.ts repeats them exactly, so these indexes serve it.
const NAME_SEARCH_SQL = "search_fold(coalesce(person_full_name, '') || ' ' || coalesce(booker_full_name, '') || ' ' || coalesce(company_name, ''))";
// The last ten digits of the phone: "+30 210 123 4567" and "2101234567" are the same number.
const PHONE_SEARCH_SQL = "right(regexp_replace(person_phone, '[^0-9]', '', 'g'), 10)";

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await knex.raw(`
    CREATE OR REPLACE FUNCTION search_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(lower(t), '${GREEK_FROM}', '${GREEK_TO}') $$`);
  await knex.raw(`CREATE INDEX appointments_name_search_idx ON appointments USING gin ((${NAME_SEARCH_SQL}) gin_trgm_ops)`);
  await knex.raw(`CREATE INDEX appointments_phone_search_idx ON appointments (municipality_id, (${PHONE_SEARCH_SQL})) WHERE person_phone IS NOT NULL`);
  await knex.raw('CREATE INDEX appointments_email_search_idx ON appointments (municipality_id, lower(person_email)) WHERE person_email IS NOT NULL');
  await knex.raw('CREATE INDEX appointments_company_tax_id_idx ON appointments (municipality_id, company_tax_id) WHERE company_tax_id IS NOT NULL');
  // The console's topic filter over a day or a week.
  await knex.raw('CREATE INDEX appointments_topic_day_idx ON appointments (municipality_id, topic_id, starts_at)');

  // A topic's length per mode (the decree's joining form asks for one each);
  // a mode left out takes the municipality's length. The old single length
  // becomes the length of each of the topic's modes.
  await knex.schema.alterTable('topics', (t) => {
    t.jsonb('durations').notNullable().defaultTo('{}');
  });
  await knex.raw(`
    UPDATE topics SET durations = (SELECT jsonb_object_agg(m, duration_minutes) FROM unnest(modes) AS m)
    WHERE duration_minutes IS NOT NULL AND cardinality(modes) > 0`);
  await knex.raw("ALTER TABLE topics ADD CONSTRAINT topics_durations_object CHECK (jsonb_typeof(durations) = 'object')");
  await knex.schema.alterTable('topics', (t) => {
    t.dropColumn('duration_minutes');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('topics', (t) => {
    t.integer('duration_minutes');
  });
  // One length cannot say several: the longest one is kept.
  await knex.raw('UPDATE topics SET duration_minutes = (SELECT max(v::int) FROM jsonb_each_text(durations) AS e(k, v))');
  await knex.schema.alterTable('topics', (t) => {
    t.dropColumn('durations');
  });
  for (const index of ['appointments_topic_day_idx', 'appointments_company_tax_id_idx', 'appointments_email_search_idx', 'appointments_phone_search_idx', 'appointments_name_search_idx']) {
    await knex.raw(`DROP INDEX IF EXISTS ${index}`);
  }
  await knex.raw('DROP FUNCTION IF EXISTS search_fold(text)');
}
