import type { EmployeeRow, InterpreterRow, MunicipalityRow, MunicipalityStatus, OfficeRow, TopicRow } from '@muni/db';
import { type Closure, greekPublicHolidays } from '@muni/domain';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { type EmployeeWithTopics, employeeTopicIds } from '../commands/adminEmployees';
import { type TopicWithEmployees, topicEmployeeIds } from '../commands/adminTopics';
import { adminNotFound } from '../errors';

// What the admin screens read. Municipal reads take the municipality the caller
// administers (the API's policy has already decided it is theirs); an id of
// another municipality is "not found", never someone else's row.

/** The municipality's settings row. */
export async function municipalitySettings(knex: Knex, municipalityId: string): Promise<MunicipalityRow> {
  const row = await knex<MunicipalityRow>('municipalities').where({ id: municipalityId }).first();
  if (!row) throw new Error('admin municipality vanished');
  return row;
}

// --- closures ------------------------------------------------------------------

export type ClosureView = Closure & { id: string; label: string };

export async function adminClosures(knex: Knex, municipalityId: string): Promise<ClosureView[]> {
  // to_char: a DATE read through node-postgres would become a local-midnight Date.
  const rows = await knex('closures')
    .where({ municipality_id: municipalityId })
    .select('id', 'label', 'recurring_yearly', knex.raw(`to_char(date, 'YYYY-MM-DD') as date`))
    .orderBy('date');
  return rows.map((r) => ({ id: r.id, date: r.date, recurringYearly: r.recurring_yearly, label: r.label }));
}

export interface ClosedDay {
  date: string;
  kind: 'public_holiday' | 'closure';
  name: { el: string; en: string };
  /** A public holiday is shown even when the municipality stays open on it. */
  closed: boolean;
  closureId: string | null;
  recurringYearly: boolean;
}

/** What is closed in a year: computed public holidays merged with the municipality's closures. */
export function closedDaysOfYear(year: number, publicHolidaysClosed: boolean, closures: ClosureView[]): ClosedDay[] {
  const days: ClosedDay[] = greekPublicHolidays(year).map((h) => ({
    date: h.date,
    kind: 'public_holiday',
    name: { el: h.nameEl, en: h.nameEn },
    closed: publicHolidaysClosed,
    closureId: null,
    recurringYearly: true,
  }));
  for (const c of closures) {
    const date = c.recurringYearly ? `${year}-${c.date.slice(5)}` : c.date;
    // A yearly 29 February exists only in leap years.
    if (!date.startsWith(`${year}-`) || !DateTime.fromISO(date).isValid) continue;
    days.push({ date, kind: 'closure', name: { el: c.label, en: c.label }, closed: true, closureId: c.id, recurringYearly: c.recurringYearly });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** The closed days of a year (default: the current year in the municipality's zone). */
export async function closedDays(deps: { knex: Knex; now: () => Date }, municipalityId: string, year?: number) {
  const m = await deps.knex('municipalities').where({ id: municipalityId }).first('time_zone', 'public_holidays_closed');
  const y = year ?? DateTime.fromJSDate(deps.now(), { zone: m.time_zone }).year;
  return { year: y, publicHolidaysClosed: m.public_holidays_closed as boolean, days: closedDaysOfYear(y, m.public_holidays_closed, await adminClosures(deps.knex, municipalityId)) };
}

// --- offices, interpreters ---------------------------------------------------------

export const adminOffices = (knex: Knex, municipalityId: string): Promise<OfficeRow[]> =>
  knex<OfficeRow>('offices').where({ municipality_id: municipalityId }).orderBy('name');

/** The municipality's own interpreters; the shared pool (municipality_id null) is the platform's. */
export const adminInterpreters = (knex: Knex, municipalityId: string): Promise<InterpreterRow[]> =>
  knex<InterpreterRow>('interpreters').where({ municipality_id: municipalityId }).orderBy('full_name');

// --- topics --------------------------------------------------------------------------

/** All topics, inactive ones included, each with the employees who handle it. */
export async function adminTopics(knex: Knex, municipalityId: string): Promise<TopicWithEmployees[]> {
  const rows = await knex<TopicRow>('topics').where({ municipality_id: municipalityId }).orderBy('name_el');
  const links = await knex('employee_topics').whereIn('topic_id', rows.map((t) => t.id)).select('topic_id', 'employee_id');
  return rows.map((topic) => ({ topic, employeeIds: links.filter((l) => l.topic_id === topic.id).map((l) => l.employee_id) }));
}

export async function adminTopic(knex: Knex, municipalityId: string, topicId: string): Promise<TopicWithEmployees> {
  const topic = await knex<TopicRow>('topics').where({ id: topicId, municipality_id: municipalityId }).first();
  if (!topic) throw adminNotFound('η υπηρεσία', 'The topic');
  return { topic, employeeIds: await topicEmployeeIds(knex, topicId) };
}

// --- employees -------------------------------------------------------------------------

export async function adminEmployees(knex: Knex, municipalityId: string): Promise<EmployeeWithTopics[]> {
  const rows = await knex<EmployeeRow>('employees').where({ municipality_id: municipalityId }).orderBy('full_name');
  const links = await knex('employee_topics').whereIn('employee_id', rows.map((e) => e.id)).select('employee_id', 'topic_id');
  return rows.map((employee) => ({ employee, topicIds: links.filter((l) => l.employee_id === employee.id).map((l) => l.topic_id) }));
}

/** The employee, if they belong to the municipality; otherwise "not found". */
export async function ownEmployee(knex: Knex, municipalityId: string, employeeId: string): Promise<EmployeeRow> {
  const employee = await knex<EmployeeRow>('employees').where({ id: employeeId, municipality_id: municipalityId }).first();
  if (!employee) throw adminNotFound('ο υπάλληλος', 'The employee');
  return employee;
}

export async function adminEmployee(knex: Knex, municipalityId: string, employeeId: string): Promise<EmployeeWithTopics> {
  const employee = await ownEmployee(knex, municipalityId, employeeId);
  return { employee, topicIds: await employeeTopicIds(knex, employee.id) };
}

export interface AbsenceRow {
  id: string;
  employee_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string | null;
}

export async function employeeAbsences(knex: Knex, municipalityId: string, employeeId: string): Promise<AbsenceRow[]> {
  const employee = await ownEmployee(knex, municipalityId, employeeId);
  return knex<AbsenceRow>('employee_absences').where({ employee_id: employee.id }).orderBy('starts_at');
}

// --- platform ----------------------------------------------------------------------------

export interface MunicipalityOverview {
  municipality: MunicipalityRow;
  activeEmployees: number;
  admins: { id: string; fullName: string; taxId: string }[];
}

/** Platform admin: every municipality (or those in one status) with its count of active employees and its active admins. */
export async function platformMunicipalities(knex: Knex, status?: MunicipalityStatus): Promise<MunicipalityOverview[]> {
  const q = knex<MunicipalityRow>('municipalities').orderBy('name_el');
  if (status) q.where({ status });
  const rows: MunicipalityRow[] = await q;
  const counts = await knex('employees').where({ active: true }).groupBy('municipality_id').select('municipality_id').count<{ municipality_id: string; n: string }[]>('* as n');
  const admins = await knex('employees').where({ is_admin: true, active: true }).orderBy('full_name').select('id', 'municipality_id', 'full_name', 'tax_id');
  return rows.map((municipality) => ({
    municipality,
    activeEmployees: Number(counts.find((c) => c.municipality_id === municipality.id)?.n ?? 0),
    admins: admins.filter((a) => a.municipality_id === municipality.id).map((a) => ({ id: a.id, fullName: a.full_name, taxId: a.tax_id })),
  }));
}
