import type { Knex } from 'knex';

// Statistics for administrators (queries/statistics.ts in @muni/appointments).
//
// Two moments of a video call were not kept and are now, once per call
// version: when the citizen was first let in from the waiting room (the wait
// is from their first connection, in call_attendance, to then) and when the
// call first went audio-only (the flag alone forgets a switch back). Rows
// from before are filled from the audit log (call_admit, call_audio_only).
//
// Indexes so that a year of a large municipality is read without touching the
// table: the appointments of a municipality by start, carrying every column
// the statistics group by; who cancelled (the 'cancelled' history line).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('call_states', (t) => {
    t.timestamp('citizen_admitted_at', { useTz: true });
    t.timestamp('audio_only_at', { useTz: true });
  });
  await knex.raw(`
    UPDATE call_states s SET citizen_admitted_at = l.at
      FROM (SELECT subject_id, min(at) AS at FROM audit_log
             WHERE action = 'call_admit' AND details->>'role' = 'citizen' GROUP BY subject_id) l
     WHERE l.subject_id = s.appointment_id
       AND EXISTS (SELECT 1 FROM join_links j WHERE j.appointment_id = s.appointment_id AND j.appointment_version = s.appointment_version
                    AND j.role = 'citizen' AND j.identity = ANY (s.admitted_identities))`);
  await knex.raw(`
    UPDATE call_states s SET audio_only_at = coalesce(l.at, s.updated_at)
      FROM (SELECT s0.appointment_id, s0.appointment_version,
                   (SELECT min(at) FROM audit_log a WHERE a.subject_id = s0.appointment_id
                       AND a.action = 'call_audio_only' AND a.details->>'audioOnly' = 'true') AS at
              FROM call_states s0) l
     WHERE l.appointment_id = s.appointment_id AND l.appointment_version = s.appointment_version
       AND (s.audio_only OR l.at IS NOT NULL)`);

  await knex.raw(`
    CREATE INDEX appointments_statistics_idx ON appointments (municipality_id, starts_at)
      INCLUDE (id, status, mode, topic_id, employee_id, interpretation, created_at)
      WHERE status <> 'held'`);
  await knex.raw(`CREATE INDEX appointment_events_cancelled_idx ON appointment_events (appointment_id) INCLUDE (actor_kind) WHERE action = 'cancelled'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS appointment_events_cancelled_idx');
  await knex.raw('DROP INDEX IF EXISTS appointments_statistics_idx');
  await knex.schema.alterTable('call_states', (t) => {
    t.dropColumn('citizen_admitted_at');
    t.dropColumn('audio_only_at');
  });
}
