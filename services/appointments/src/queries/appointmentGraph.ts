import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { latestOutcomes, type OutcomeView } from './outcomes';

/** An appointment with what every view of it shows: municipality, topic, employee and office. */
export interface AppointmentGraph extends AppointmentRow {
  municipality: { id: string; name_el: string; name_en: string; time_zone: string; change_cutoff_minutes: number; phone: string | null; email: string | null };
  topic: { id: string; name_el: string; name_en: string; required_documents: { el: string; en: string }[] };
  employee: { id: string; full_name: string; office: { name: string; address: string | null; floor: string | null; directions: string | null } | null };
  /** The employee the citizen asked for, if any (the appointment may since be with another). */
  requestedEmployee: { id: string; full_name: string } | null;
  /** What came of it, as recorded by staff (commands/recordOutcome.ts); null until then. */
  outcome: OutcomeView | null;
}

interface RelatedRow {
  municipality: AppointmentGraph['municipality'];
  topic: AppointmentGraph['topic'];
  employee: AppointmentGraph['employee'];
  requested: AppointmentGraph['requestedEmployee'];
}

// The related rows of many appointments in one statement, each shaped in SQL
// as the graph shows it. Joined from the rows' own foreign keys, not from the
// appointments table: a caller may pass rows it just wrote in its transaction.
const RELATED = `
  SELECT json_build_object('id', m.id, 'name_el', m.name_el, 'name_en', m.name_en, 'time_zone', m.time_zone,
                           'change_cutoff_minutes', m.change_cutoff_minutes, 'phone', m.phone, 'email', m.email) AS municipality,
         json_build_object('id', t.id, 'name_el', t.name_el, 'name_en', t.name_en, 'required_documents', t.required_documents) AS topic,
         CASE WHEN e.id IS NOT NULL THEN json_build_object('id', e.id, 'full_name', e.full_name, 'office',
           CASE WHEN o.id IS NOT NULL THEN json_build_object('name', o.name, 'address', o.address, 'floor', o.floor, 'directions', o.directions) END) END AS employee,
         CASE WHEN r.id IS NOT NULL THEN json_build_object('id', r.id, 'full_name', r.full_name) END AS requested
    FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[]) WITH ORDINALITY AS d(municipality_id, topic_id, employee_id, requested_id, i)
    JOIN municipalities m ON m.id = d.municipality_id
    JOIN topics t ON t.id = d.topic_id
    LEFT JOIN employees e ON e.id = d.employee_id
    LEFT JOIN offices o ON o.id = e.office_id
    LEFT JOIN employees r ON r.id = d.requested_id
   ORDER BY d.i`;

/**
 * Loads the related rows of many appointments in bulk: two statements (the
 * related rows, the outcomes) whether one appointment or a day's list.
 */
export async function withRelations(knex: Knex, rows: AppointmentRow[]): Promise<AppointmentGraph[]> {
  if (rows.length === 0) return [];
  const column = (of: (r: AppointmentRow) => string | null) => rows.map(of) as unknown as Knex.Value; // node-postgres sends an array as one
  const relatedRows = () =>
    knex.raw<{ rows: RelatedRow[] }>(RELATED, [
      column((r) => r.municipality_id),
      column((r) => r.topic_id),
      column((r) => r.employee_id),
      column((r) => r.requested_employee_id ?? null),
    ]);
  const outcomesOf = () => latestOutcomes(knex, rows.map((r) => r.id));
  // A transaction is one connection, whose queries go one after the other (node-postgres deprecates overlapping ones).
  const [{ rows: related }, outcomes] = knex.isTransaction ? [await relatedRows(), await outcomesOf()] : await Promise.all([relatedRows(), outcomesOf()]);
  if (related.length !== rows.length) throw new Error('an appointment refers to a municipality or topic that does not exist');
  return rows.map((r, i) => {
    const { municipality, topic, employee, requested } = related[i]!;
    return { ...r, municipality, topic, employee, requestedEmployee: requested, outcome: outcomes.get(r.id) ?? null };
  });
}

export async function withRelationsOne(knex: Knex, row: AppointmentRow): Promise<AppointmentGraph> {
  const [one] = await withRelations(knex, [row]);
  return one!;
}
