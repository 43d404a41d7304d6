import type { InterpretationKind, Interval, Resource } from '@muni/domain';
import type { Knex } from 'knex';
import type { EmployeeRow, InterpreterRow } from './rows';

export interface ResourceWindow {
  from: Date;
  to: Date;
  now: Date;
  /** Leave this appointment out of the busy lists (rescheduling it). */
  excludeAppointmentId?: string;
}

/** A resource and the person it is: an employees row and its tax id, an interpreters row and its person key. */
interface PersonRecord {
  id: string;
  person: string;
}

/**
 * Busy intervals of the given employees (appointment start to busy_until, so
 * the buffer is included) and interpreters (start to end), overlapping the
 * window. One person, one timeline: a person's appointments in every
 * municipality count (by the person columns of 013_person_timeline), and the
 * record's own ones always do. Cancelled appointments and expired holds do not count.
 */
async function busyByResource(knex: Knex, kind: 'employee' | 'interpreter', records: PersonRecord[], w: ResourceWindow) {
  const busy = new Map<string, Interval[]>(records.map((r) => [r.id, []]));
  let firstHoldExpiry = Infinity;
  if (records.length === 0) return { busy, firstHoldExpiry };
  const [column, personColumn, endColumn] =
    kind === 'employee' ? (['employee_id', 'employee_person', 'busy_until'] as const) : (['interpreter_id', 'interpreter_person', 'ends_at'] as const);
  const ids = records.map((r) => r.id);
  const byPerson = new Map<string, string[]>();
  for (const r of records) byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), r.id]);
  // One row per record and person, its times one string of epoch milliseconds
  // ("start end start end …"): a row object and parsed timestamps per
  // appointment were most of the cost of a month's availability (5,000
  // intervals of 50 employees); one split is cheaper than rows or pg arrays.
  const q = knex('appointments')
    .where((b) => b.whereIn(personColumn, [...byPerson.keys()]).orWhereIn(column, ids))
    .whereNot('status', 'cancelled')
    .where((b) => b.whereNot('status', 'held').orWhere('hold_expires_at', '>', w.now))
    .where('starts_at', '<', w.to)
    .where(endColumn, '>', w.from)
    .groupBy(column, personColumn)
    .select(
      `${column} as rid`,
      `${personColumn} as person`,
      knex.raw(`string_agg((extract(epoch from starts_at) * 1000)::bigint || ' ' || (extract(epoch from ${endColumn}) * 1000)::bigint, ' ' ORDER BY starts_at) as t`),
      knex.raw(`(extract(epoch from min(hold_expires_at) FILTER (WHERE status = 'held')) * 1000)::bigint as h`),
    );
  if (w.excludeAppointmentId) q.whereNot('id', w.excludeAppointmentId);
  const filled = new Map<string, number>();
  for (const r of (await q) as { rid: string; person: string | null; t: string; h: string | null }[]) {
    if (r.h !== null) firstHoldExpiry = Math.min(firstHoldExpiry, Number(r.h));
    const times = r.t.split(' ');
    const intervals: Interval[] = [];
    for (let k = 0; k < times.length; k += 2) intervals.push({ start: new Date(Number(times[k])), end: new Date(Number(times[k + 1])) });
    const owners = new Set([...(r.person ? (byPerson.get(r.person) ?? []) : []), ...(busy.has(r.rid) ? [r.rid] : [])]);
    for (const id of owners) {
      busy.get(id)!.push(...intervals);
      filled.set(id, (filled.get(id) ?? 0) + 1);
    }
  }
  // Times from more than one group (the person's other records) are merged into start order.
  for (const [id, groups] of filled) if (groups > 1) busy.get(id)!.sort((a, b) => a.start.getTime() - b.start.getTime());
  return { busy, firstHoldExpiry };
}

export async function employeeResources(knex: Knex, employees: EmployeeRow[], w: ResourceWindow): Promise<Resource[]> {
  return (await employeeResourcesUntil(knex, employees, w)).resources;
}

/**
 * The employees' resources and until when they hold without any write: the
 * first expiry (epoch ms) of a hold among their busy times, when that time
 * becomes free again (Infinity: no hold).
 */
export async function employeeResourcesUntil(knex: Knex, employees: EmployeeRow[], w: ResourceWindow): Promise<{ resources: Resource[]; firstHoldExpiry: number }> {
  const ids = employees.map((e) => e.id);
  // Both reads at once: on a pool they take one round trip's time, in a transaction they queue.
  const [{ busy, firstHoldExpiry }, absenceRows] = await Promise.all([
    busyByResource(knex, 'employee', employees.map((e) => ({ id: e.id, person: e.tax_id })), w),
    ids.length
      ? knex('employee_absences').whereIn('employee_id', ids).where('starts_at', '<', w.to).where('ends_at', '>', w.from).select('employee_id', 'starts_at', 'ends_at')
      : [],
  ]);
  const absences = new Map<string, Interval[]>(ids.map((id) => [id, []]));
  for (const r of absenceRows as { employee_id: string; starts_at: Date; ends_at: Date }[]) absences.get(r.employee_id)!.push({ start: r.starts_at, end: r.ends_at });
  const resources = employees.map((e) => ({ id: e.id, hours: e.working_hours, absences: absences.get(e.id)!, busy: busy.get(e.id)! }));
  return { resources, firstHoldExpiry };
}

/**
 * The municipality's availability versions (021_availability_versions) for
 * the local days from..to (YYYY-MM-DD): each changes with every committed
 * write that can change that day's free times, `everyDay` with every one
 * that can change any day's. Absent (null, not in `days`) until the first such write.
 */
export async function availabilityVersions(knex: Knex, municipalityId: string, from: string, to: string): Promise<{ everyDay: string | null; days: Map<string, string> }> {
  const { rows } = await knex.raw<{ rows: { day: string | null; version: string }[] }>(
    `SELECT CASE WHEN day = '-infinity' THEN NULL ELSE to_char(day, 'YYYY-MM-DD') END AS day, version::text AS version
       FROM availability_versions
      WHERE municipality_id = ? AND (day = '-infinity' OR day BETWEEN ?::date AND ?::date)`,
    [municipalityId, from, to],
  );
  let everyDay: string | null = null;
  const days = new Map<string, string>();
  for (const r of rows) {
    if (r.day === null) everyDay = r.version;
    else days.set(r.day, r.version);
  }
  return { everyDay, days };
}

/** Interpreters of the municipality's own, or of the shared pool linked to it, who offer that kind. */
export function interpretersFor(knex: Knex, municipalityId: string, kind: InterpretationKind) {
  return knex<InterpreterRow>('interpreters')
    .where({ active: true })
    .where((b) =>
      b
        .where('municipality_id', municipalityId)
        .orWhereIn('id', knex('interpreter_municipalities').where({ municipality_id: municipalityId }).select('interpreter_id')),
    )
    .whereRaw('? = ANY(kinds)', [kind])
    .orderBy('full_name');
}

export async function interpreterResources(knex: Knex, interpreters: InterpreterRow[], w: ResourceWindow): Promise<Resource[]> {
  const { busy } = await busyByResource(knex, 'interpreter', interpreters.map((i) => ({ id: i.id, person: i.person_key })), w);
  return interpreters.map((i) => ({ id: i.id, hours: i.working_hours, absences: [], busy: busy.get(i.id)! }));
}

/** Active appointments per employee in a window, for fair assignment. */
export async function bookedCounts(knex: Knex, column: 'employee_id' | 'interpreter_id', ids: string[], from: Date, to: Date) {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  const rows = await knex('appointments')
    .whereIn(column, ids)
    .whereIn('status', ['booked', 'completed', 'no_show'])
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .groupBy(column)
    .select(`${column} as rid`)
    .count<{ rid: string; count: number }[]>('* as count');
  for (const r of rows) counts.set(r.rid, Number(r.count));
  return counts;
}
