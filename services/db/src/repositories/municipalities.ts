import type { Closure, Mode } from '@muni/domain';
import type { Knex } from 'knex';
import type { EmployeeRow, MunicipalityRow, OfficeRow, TopicRow } from './rows';

export const listMunicipalities = (knex: Knex) =>
  knex<MunicipalityRow>('municipalities').orderBy('name_el');

export const getMunicipality = (knex: Knex, id: string) =>
  knex<MunicipalityRow>('municipalities').where({ id }).first();

export const listTopics = (knex: Knex, municipalityId: string, mode?: Mode) => {
  const q = knex<TopicRow>('topics').where({ municipality_id: municipalityId, active: true }).orderBy('name_el');
  if (mode) q.whereRaw('? = ANY(modes)', [mode]);
  return q;
};

/** A topic of this municipality (never another's: tenant isolation starts here). */
export const getTopic = (knex: Knex, municipalityId: string, topicId: string) =>
  knex<TopicRow>('topics').where({ id: topicId, municipality_id: municipalityId }).first();

/** Active employees of the municipality who handle the topic in that mode. */
export function qualifiedEmployees(knex: Knex, municipalityId: string, topicId: string, mode: Mode) {
  return knex<EmployeeRow>('employees as e')
    .join('employee_topics as et', 'et.employee_id', 'e.id')
    .where({ 'e.municipality_id': municipalityId, 'et.topic_id': topicId, 'e.active': true })
    .whereRaw('? = ANY(e.modes)', [mode])
    .select<EmployeeRow[]>('e.*')
    .orderBy('e.full_name');
}

export const getEmployee = (knex: Knex, municipalityId: string, id: string) =>
  knex<EmployeeRow>('employees').where({ id, municipality_id: municipalityId }).first();

export async function listClosures(knex: Knex, municipalityId: string): Promise<Closure[]> {
  const rows = await knex('closures').where({ municipality_id: municipalityId }).select('date', 'recurring_yearly', 'label');
  return rows.map((r: { date: Date | string; recurring_yearly: boolean; label: string }) => ({
    date: typeof r.date === 'string' ? r.date : toIsoDate(r.date),
    recurringYearly: r.recurring_yearly,
    label: r.label,
  }));
}

export const getOffice = (knex: Knex, id: string) => knex<OfficeRow>('offices').where({ id }).first();

// node-postgres turns DATE into a local-midnight Date; read it back in local time.
function toIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
