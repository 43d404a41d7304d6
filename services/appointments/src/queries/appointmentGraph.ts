import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';

/** An appointment with what every view of it shows: municipality, topic, employee and office. */
export interface AppointmentGraph extends AppointmentRow {
  municipality: { id: string; name_el: string; name_en: string; time_zone: string; change_cutoff_minutes: number };
  topic: { id: string; name_el: string; name_en: string; required_documents: { el: string; en: string }[] };
  employee: { id: string; full_name: string; office: { name: string; address: string | null; floor: string | null; directions: string | null } | null };
}

/**
 * Loads the related rows of many appointments in bulk, so a day's list costs
 * a handful of queries, not one per appointment.
 */
export async function withRelations(knex: Knex, rows: AppointmentRow[]): Promise<AppointmentGraph[]> {
  if (rows.length === 0) return [];
  const ids = (key: keyof AppointmentRow) => [...new Set(rows.map((r) => r[key]).filter(Boolean) as string[])];
  const [municipalities, topics, employees] = await Promise.all([
    knex('municipalities').whereIn('id', ids('municipality_id')).select('id', 'name_el', 'name_en', 'time_zone', 'change_cutoff_minutes'),
    knex('topics').whereIn('id', ids('topic_id')).select('id', 'name_el', 'name_en', 'required_documents'),
    knex('employees as e')
      .leftJoin('offices as o', 'o.id', 'e.office_id')
      .whereIn('e.id', ids('employee_id'))
      .select('e.id', 'e.full_name', 'o.name as office_name', 'o.address', 'o.floor', 'o.directions'),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const m = byId(municipalities);
  const t = byId(topics);
  const e = byId(employees);
  return rows.map((r) => {
    const emp = e.get(r.employee_id)!;
    return {
      ...r,
      municipality: m.get(r.municipality_id)!,
      topic: t.get(r.topic_id)!,
      employee: {
        id: emp.id,
        full_name: emp.full_name,
        office: emp.office_name ? { name: emp.office_name, address: emp.address, floor: emp.floor, directions: emp.directions } : null,
      },
    };
  });
}

export async function withRelationsOne(knex: Knex, row: AppointmentRow): Promise<AppointmentGraph> {
  const [one] = await withRelations(knex, [row]);
  return one!;
}
