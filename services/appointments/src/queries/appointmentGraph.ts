import { Appointment, type AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { latestOutcomes, type OutcomeView } from './outcomes';

/** An appointment with what every view of it shows: municipality, topic, employee and office. */
export interface AppointmentGraph extends AppointmentRow {
  municipality: { id: string; name_el: string; name_en: string; time_zone: string; change_cutoff_minutes: number };
  topic: { id: string; name_el: string; name_en: string; required_documents: { el: string; en: string }[] };
  employee: { id: string; full_name: string; office: { name: string; address: string | null; floor: string | null; directions: string | null } | null };
  /** The employee the citizen asked for, if any (the appointment may since be with another). */
  requestedEmployee: { id: string; full_name: string } | null;
  /** What came of it, as recorded by staff (commands/recordOutcome.ts); null until then. */
  outcome: OutcomeView | null;
}

// The columns a view shows, selected by the graph's modifiers and picked into
// plain objects, so the graph's shape is exactly AppointmentGraph's.
const SHOWN = {
  municipality: ['id', 'name_el', 'name_en', 'time_zone', 'change_cutoff_minutes'],
  topic: ['id', 'name_el', 'name_en', 'required_documents'],
  employee: ['id', 'full_name'],
  requested: ['id', 'full_name'],
  office: ['name', 'address', 'floor', 'directions'],
} as const;

const GRAPH = '[municipality(municipality), topic(topic), employee(employee).office(office), requestedEmployee(requested)]';

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;
}

/**
 * Loads the related rows of many appointments in bulk (one query per relation),
 * so a day's list costs a handful of queries, not one per appointment.
 */
export async function withRelations(knex: Knex, rows: AppointmentRow[]): Promise<AppointmentGraph[]> {
  if (rows.length === 0) return [];
  // fetchGraph: the rows are already loaded (and maybe locked); only the relations are queried.
  const graphs = await Appointment.fetchGraph(rows, GRAPH, { transaction: knex }).modifiers({
    municipality: (q) => q.select(...SHOWN.municipality),
    topic: (q) => q.select(...SHOWN.topic),
    employee: (q) => q.select(...SHOWN.employee),
    requested: (q) => q.select(...SHOWN.requested),
    office: (q) => q.select(...SHOWN.office),
  });
  const outcomes = await latestOutcomes(knex, rows.map((r) => r.id));
  return rows.map((r, i) => {
    const { municipality, topic, employee, requestedEmployee } = graphs[i]!;
    const office = employee!.office;
    return {
      ...r,
      municipality: pick(municipality!, SHOWN.municipality),
      topic: pick(topic!, SHOWN.topic),
      employee: { ...pick(employee!, SHOWN.employee), office: office ? pick(office, SHOWN.office) : null },
      requestedEmployee: requestedEmployee ? pick(requestedEmployee, SHOWN.requested) : null,
      outcome: outcomes.get(r.id) ?? null,
    };
  });
}

export async function withRelationsOne(knex: Knex, row: AppointmentRow): Promise<AppointmentGraph> {
  const [one] = await withRelations(knex, [row]);
  return one!;
}
