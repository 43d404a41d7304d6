import type { Knex } from 'knex';

// Appointment rows written straight to the database, for the migration tests
// of the constraints and triggers on appointments: the demo data's employee
// who works for two municipalities, and a booked row of theirs.

/** Works for Athens and Thessaloniki in the demo data. */
export const SHARED_EMPLOYEE_TAX_ID = '144321982';

export interface Place {
  municipalityId: string;
  topicId: string;
  employeeId: string;
}

/** The shared employee's place in a demo municipality: its id, its first topic, their employee record there. */
export async function place(knex: Knex, slug: string): Promise<Place> {
  const m = await knex('municipalities').where({ slug }).first('id');
  const topic = await knex('topics').where({ municipality_id: m.id }).orderBy('name_en').first('id');
  const employee = await knex('employees').where({ municipality_id: m.id, tax_id: SHARED_EMPLOYEE_TAX_ID }).first('id');
  return { municipalityId: m.id, topicId: topic.id, employeeId: employee.id };
}

/** A booked video appointment row at `place`, `minutes` long from `start`. */
export function appointmentRow(p: Place, start: string, minutes = 20, extra: Record<string, unknown> = {}) {
  const starts = new Date(start);
  const ends = new Date(starts.getTime() + minutes * 60_000);
  return {
    municipality_id: p.municipalityId, topic_id: p.topicId, mode: 'video', status: 'booked', employee_id: p.employeeId,
    starts_at: starts, ends_at: ends, busy_until: ends, person_full_name: 'Άννα Πολίτου', person_email: 'anna@example.org',
    declared_true_at: starts, privacy_read_at: starts, ...extra,
  };
}
