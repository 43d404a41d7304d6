import { type PublishedCount, publishCount, publishedShare, SMALL_COUNT, suppressSmallCounts } from '@muni/domain';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { ruleBroken } from '../errors';
import { requireMunicipalAdmin, requirePlatformAdmin, requireStaff } from '../policies';

/**
 * Statistics for administrators: a municipality's own (its admin) or every
 * municipality's (the platform admin, the ministry's view), over a period of
 * days [from, to) in Greek time, by the appointments' start.
 *
 * Computed in SQL, one statement per group of tables, over the covering index
 * of 016_statistics. No personal data: nothing about citizens beyond counts
 * and durations. The small-count rule (@muni/domain smallCounts) applies to
 * every cell of every breakdown (by municipality, topic, mode, office,
 * employee, interpreting, identity check, the video and timing counts); only
 * `outcomes`, the totals of the whole scope for the period, stay exact.
 * Offices are the employees' offices now (an appointment keeps no office).
 */

export const STATISTICS_ZONE = 'Europe/Athens';
/** The longest period one request may cover. */
export const STATISTICS_MAX_DAYS = 400;

export interface StatisticsPeriod {
  /** YYYY-MM-DD, the first day */
  from: string;
  /** YYYY-MM-DD, the day after the last */
  to: string;
}

type Scope = { municipalityId: string } | { all: true };

const OUTCOME_PARTS = ['completed', 'noShow', 'cancelledByCitizen', 'cancelledByMunicipality', 'booked'] as const;
type Outcome = (typeof OUTCOME_PARTS)[number];
type Counts = Record<Outcome | 'total', number>;

export interface Label {
  el: string;
  en: string;
}

export type BreakdownRow = { key: string; label: Label } & Record<Outcome | 'total', PublishedCount> & { noShowRate: number | null };

export interface TimingRow {
  measure: 'lead_time_hours' | 'waiting_minutes' | 'call_minutes';
  count: PublishedCount;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

export interface Statistics {
  scope: 'municipality' | 'platform';
  period: StatisticsPeriod & { timeZone: string };
  /** The whole scope's totals: exact. */
  outcomes: Counts & { noShowRate: number | null };
  /** The platform's view only. */
  municipalities: BreakdownRow[] | null;
  topics: BreakdownRow[];
  modes: BreakdownRow[];
  /** A municipality's view only: its offices and employees are its own business. */
  offices: BreakdownRow[] | null;
  employees: BreakdownRow[] | null;
  timings: TimingRow[];
  video: { calls: PublishedCount; audioOnly: PublishedCount; audioOnlyShare: number | null };
  interpreting: { kind: 'none' | 'gsl' | 'lip_reading'; count: PublishedCount }[];
  identityChecks: { outcome: string; count: PublishedCount }[];
}

export const STATISTICS_TABLES = ['outcomes', 'municipalities', 'topics', 'modes', 'offices', 'employees', 'timings', 'video', 'interpreting', 'identityChecks'] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];

/** The admin's own municipality. */
export async function municipalStatistics(knex: Knex, by: Requester, period: StatisticsPeriod): Promise<Statistics> {
  requireStaff(by.actor);
  requireMunicipalAdmin(by.actor, by.actor.municipalityId);
  return readStatistics(knex, { municipalityId: by.actor.municipalityId }, period);
}

/** Every municipality: the platform admin. */
export async function platformStatistics(knex: Knex, by: Requester, period: StatisticsPeriod): Promise<Statistics> {
  requirePlatformAdmin(by.actor);
  return readStatistics(knex, { all: true }, period);
}

/** A table downloaded as a file: audited as an export (which table and period; there is no personal data in it). */
export async function auditStatisticsExport(knex: Knex, by: Requester, table: StatisticsTable, period: StatisticsPeriod): Promise<void> {
  await audit(knex, by, 'statistics_export', { table, ...period });
}

function bounds(period: StatisticsPeriod): [Date, Date] {
  const from = DateTime.fromISO(period.from, { zone: STATISTICS_ZONE });
  const to = DateTime.fromISO(period.to, { zone: STATISTICS_ZONE });
  if (!from.isValid || !to.isValid || to <= from) {
    throw ruleBroken('bad_period', 'Η περίοδος πρέπει να τελειώνει μετά την αρχή της.', 'The period must end after it starts.', { field: 'to' });
  }
  if (to.diff(from, 'days').days > STATISTICS_MAX_DAYS) {
    throw ruleBroken('period_too_long', `Η περίοδος μπορεί να είναι έως ${STATISTICS_MAX_DAYS} ημέρες.`, `The period can be up to ${STATISTICS_MAX_DAYS} days.`, { field: 'to' });
  }
  return [from.toJSDate(), to.toJSDate()];
}

/**
 * The appointments counted: booked ones (holds are not appointments) starting
 * in the period, within the scope. Each use adds its own columns.
 */
function inScope(scope: Scope, from: Date, to: Date): [string, (Date | string)[]] {
  const own = 'municipalityId' in scope;
  return [
    `a.status <> 'held' AND a.starts_at >= ? AND a.starts_at < ?${own ? ' AND a.municipality_id = ?' : ''}`,
    own ? [from, to, scope.municipalityId] : [from, to],
  ];
}

const GROUPS = ['municipality_id', 'topic_id', 'mode', 'office_id', 'employee_id', 'interpretation'] as const;
type Group = (typeof GROUPS)[number];

interface GroupedRow extends Record<Group, string | null> {
  grp: number;
  total: string;
  completed: string;
  no_show: string;
  cancelled_by_citizen: string;
  cancelled_by_municipality: string;
  booked: string;
}

/**
 * Every breakdown and the totals in one statement: the appointments are first
 * counted by every column at once (a few hundred groups for a year), then those
 * counts are summed per breakdown (GROUPING SETS). Who cancelled is the
 * 'cancelled' line of the appointment's history (there is one: cancelling is
 * final): the citizen (themselves, or through their manage link) or the
 * municipality (staff, closures, absences).
 */
async function groupedCounts(knex: Knex, scope: Scope, from: Date, to: Date): Promise<{ group: Group | 'all'; key: string | null; counts: Counts }[]> {
  const [where, bindings] = inScope(scope, from, to);
  const { rows } = await knex.raw<{ rows: GroupedRow[] }>(
    `
    WITH counted AS (
      SELECT a.municipality_id, a.topic_id, a.mode, a.employee_id, a.interpretation,
             CASE WHEN a.status <> 'cancelled' THEN a.status WHEN ev.actor_kind = 'citizen' THEN 'by_citizen' ELSE 'by_municipality' END AS outcome,
             count(*) AS n
        FROM appointments a
        LEFT JOIN appointment_events ev ON a.status = 'cancelled' AND ev.appointment_id = a.id AND ev.action = 'cancelled'
       WHERE ${where}
       GROUP BY 1, 2, 3, 4, 5, 6
    )
    SELECT GROUPING(${GROUPS.map((g) => `c.${g}`).join(', ')}) AS grp, ${GROUPS.map((g) => `c.${g}`).join(', ')},
           sum(n) AS total,
           coalesce(sum(n) FILTER (WHERE outcome = 'completed'), 0) AS completed,
           coalesce(sum(n) FILTER (WHERE outcome = 'no_show'), 0) AS no_show,
           coalesce(sum(n) FILTER (WHERE outcome = 'by_citizen'), 0) AS cancelled_by_citizen,
           coalesce(sum(n) FILTER (WHERE outcome = 'by_municipality'), 0) AS cancelled_by_municipality,
           coalesce(sum(n) FILTER (WHERE outcome = 'booked'), 0) AS booked
      FROM (SELECT counted.*, e.office_id FROM counted JOIN employees e ON e.id = counted.employee_id) c
     GROUP BY GROUPING SETS (${GROUPS.map((g) => `(c.${g})`).join(', ')}, ())`,
    bindings,
  );
  return rows.map((r) => {
    // GROUPING() sets the bit of every column NOT grouped by; the first column is the highest bit.
    const index = GROUPS.findIndex((_, i) => (r.grp & (1 << (GROUPS.length - 1 - i))) === 0);
    const group = index < 0 ? ('all' as const) : GROUPS[index]!;
    return {
      group,
      key: group === 'all' ? null : r[group],
      counts: {
        total: Number(r.total),
        completed: Number(r.completed),
        noShow: Number(r.no_show),
        cancelledByCitizen: Number(r.cancelled_by_citizen),
        cancelledByMunicipality: Number(r.cancelled_by_municipality),
        booked: Number(r.booked),
      },
    };
  });
}

interface TimingSql {
  lead_n: string;
  lead_p50: number | null;
  lead_p90: number | null;
  lead_mean: number | null;
  calls: string;
  audio_only: string;
  wait_n: string;
  wait_p50: number | null;
  wait_p90: number | null;
  wait_mean: number | null;
  call_n: string;
  call_p50: number | null;
  call_p90: number | null;
  call_mean: number | null;
}

/**
 * Lead time (booking to start), and of the video calls where the citizen was
 * let in: the wait in the waiting room (their first connection to being let in;
 * nothing when let in before they connected), the call's length (from then to
 * the last participant leaving) and whether it went audio-only.
 */
async function timings(knex: Knex, scope: Scope, from: Date, to: Date): Promise<TimingSql & { checks: Record<string, number> | null }> {
  const [where, bindings] = inScope(scope, from, to);
  // One sort per measure gives both percentiles.
  const stats = (expr: string, filter: string, name: string) => `
    count(*) FILTER (WHERE ${filter}) AS ${name}_n,
    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${expr}) FILTER (WHERE ${filter}) AS ${name}_p,
    avg(${expr}) FILTER (WHERE ${filter}) AS ${name}_mean`;
  const { rows } = await knex.raw<{ rows: (TimingSql & Record<'lead_p' | 'wait_p' | 'call_p', [number, number] | null> & { checks: Record<string, number> | null })[] }>(
    `
    WITH v AS MATERIALIZED (
      -- The video appointments of the scope: calls and identity checks happen only there.
      SELECT a.id, a.status FROM appointments a WHERE ${where} AND a.mode = 'video'
    ), calls AS (
      -- Where the citizen was let in (call_states has a row only for calls that happened).
      SELECT s.appointment_id, min(s.citizen_admitted_at) AS admitted, bool_or(s.audio_only_at IS NOT NULL) AS audio_only
        FROM v JOIN call_states s ON s.appointment_id = v.id
       WHERE v.status <> 'cancelled' AND s.citizen_admitted_at IS NOT NULL
       GROUP BY s.appointment_id
    ), timed AS (
      SELECT extract(epoch FROM greatest(calls.admitted - att.first_join, interval '0')) / 60 AS wait_min,
             extract(epoch FROM att.ended - greatest(calls.admitted, att.first_join)) / 60 AS call_min,
             calls.audio_only
        FROM calls
        JOIN (SELECT c.appointment_id, min(c.joined_at) FILTER (WHERE c.role = 'citizen') AS first_join,
                     CASE WHEN bool_and(c.left_at IS NOT NULL) THEN max(c.left_at) END AS ended
                FROM call_attendance c WHERE c.appointment_id IN (SELECT appointment_id FROM calls)
               GROUP BY c.appointment_id) att ON att.appointment_id = calls.appointment_id
       WHERE att.first_join IS NOT NULL
    )
    SELECT l.*, c.*,
           (SELECT jsonb_object_agg(outcome, n) FROM (
              SELECT ic.outcome, count(*) AS n FROM v JOIN identity_checks ic ON ic.appointment_id = v.id GROUP BY ic.outcome) x) AS checks
      FROM (SELECT ${stats('extract(epoch FROM a.starts_at - a.created_at) / 3600', 'true', 'lead')} FROM appointments a WHERE ${where}) l,
           (SELECT count(*) AS calls, count(*) FILTER (WHERE audio_only) AS audio_only,
                   ${stats('wait_min', 'true', 'wait')},
                   ${stats('call_min', 'call_min > 0', 'call')}
              FROM timed) c`,
    [...bindings, ...bindings],
  );
  const r = rows[0]!;
  return {
    ...r,
    lead_p50: r.lead_p?.[0] ?? null,
    lead_p90: r.lead_p?.[1] ?? null,
    wait_p50: r.wait_p?.[0] ?? null,
    wait_p90: r.wait_p?.[1] ?? null,
    call_p50: r.call_p?.[0] ?? null,
    call_p90: r.call_p?.[1] ?? null,
  };
}

const IDENTITY_OUTCOMES = ['verified', 'failed', 'aborted_poor_quality', 'representation_not_proven'];
const MODE_LABELS: Record<string, Label> = {
  in_person: { el: 'Δια ζώσης', en: 'In person' },
  phone: { el: 'Τηλεφωνικά', en: 'Phone' },
  video: { el: 'Βιντεοκλήση', en: 'Video call' },
};
const NO_OFFICE: Label = { el: 'Χωρίς γραφείο', en: 'No office' };

const round1 = (x: number | null) => (x === null ? null : Math.round(Number(x) * 10) / 10);
const noShowRate = (c: { completed: PublishedCount; noShow: PublishedCount }) =>
  typeof c.completed === 'number' && typeof c.noShow === 'number' ? publishedShare(c.noShow, c.completed + c.noShow) : null;

function timing(measure: TimingRow['measure'], n: string, p50: number | null, p90: number | null, mean: number | null): TimingRow {
  const count = Number(n);
  // A median of fewer than five is nearly one person's own time.
  const shown = count >= SMALL_COUNT;
  return { measure, count: publishCount(count), median: shown ? round1(p50) : null, p90: shown ? round1(p90) : null, mean: shown ? round1(mean) : null };
}

async function labels(knex: Knex, table: string, ids: string[], columns: [string, string]): Promise<Map<string, Label>> {
  if (ids.length === 0) return new Map();
  const rows: Record<string, string>[] = await knex(table).whereIn('id', ids).select('id', ...columns);
  return new Map(rows.map((r) => [r.id!, { el: r[columns[0]]!, en: r[columns[1]]! }]));
}

export async function readStatistics(knex: Knex, scope: Scope, period: StatisticsPeriod): Promise<Statistics> {
  const [from, to] = bounds(period);
  const [grouped, t] = await Promise.all([groupedCounts(knex, scope, from, to), timings(knex, scope, from, to)]);
  const checks = new Map(Object.entries(t.checks ?? {}).map(([k, n]) => [k, Number(n)]));
  const own = 'municipalityId' in scope;
  const of = (g: Group) => grouped.filter((r) => r.group === g);
  const totals = grouped.find((r) => r.group === 'all')?.counts ?? { total: 0, completed: 0, noShow: 0, cancelledByCitizen: 0, cancelledByMunicipality: 0, booked: 0 };

  const idsOf = (g: Group) => of(g).flatMap((r) => (r.key ? [r.key] : []));
  const [municipalityNames, topicNames, officeNames, employeeNames] = await Promise.all([
    own ? new Map<string, Label>() : labels(knex, 'municipalities', idsOf('municipality_id'), ['name_el', 'name_en']),
    labels(knex, 'topics', idsOf('topic_id'), ['name_el', 'name_en']),
    own ? labels(knex, 'offices', idsOf('office_id'), ['name', 'name']) : new Map<string, Label>(),
    own ? labels(knex, 'employees', idsOf('employee_id'), ['full_name', 'full_name']) : new Map<string, Label>(),
  ]);
  // Topics are a municipality's own: across municipalities each is named with its municipality.
  const topicMunicipality = own ? new Map<string, Label>() : await topicHomes(knex, idsOf('topic_id'));

  const breakdown = (g: Group, label: (key: string | null) => Label): BreakdownRow[] => {
    const rows = of(g)
      .map((r) => ({ key: r.key ?? 'none', label: label(r.key), ...r.counts }))
      .sort((x, y) => y.total - x.total || x.label.el.localeCompare(y.label.el, 'el'));
    return suppressSmallCounts(rows, OUTCOME_PARTS, 'total').map((r) => ({ ...r, noShowRate: noShowRate(r) }));
  };
  const unknown: Label = { el: '—', en: '—' };

  const interpretingRow = { kind: 'interpreting', none: 0, gsl: 0, lip_reading: 0, total: totals.total };
  for (const r of of('interpretation')) interpretingRow[(r.key ?? 'none') as 'none' | 'gsl' | 'lip_reading'] = r.counts.total;
  const [interp] = suppressSmallCounts([interpretingRow], ['none', 'gsl', 'lip_reading'] as const, 'total');

  const calls = publishCount(Number(t.calls));
  const audioOnly = publishCount(Number(t.audio_only));
  return {
    scope: own ? 'municipality' : 'platform',
    period: { ...period, timeZone: STATISTICS_ZONE },
    outcomes: { ...totals, noShowRate: noShowRate(totals) },
    municipalities: own ? null : breakdown('municipality_id', (k) => municipalityNames.get(k!) ?? unknown),
    topics: breakdown('topic_id', (k) => {
      const name = topicNames.get(k!) ?? unknown;
      const home = topicMunicipality.get(k!);
      return home ? { el: `${name.el} (${home.el})`, en: `${name.en} (${home.en})` } : name;
    }),
    modes: breakdown('mode', (k) => MODE_LABELS[k!] ?? unknown),
    offices: own ? breakdown('office_id', (k) => (k ? (officeNames.get(k) ?? unknown) : NO_OFFICE)) : null,
    employees: own ? breakdown('employee_id', (k) => employeeNames.get(k!) ?? unknown) : null,
    timings: [
      timing('lead_time_hours', t.lead_n, t.lead_p50, t.lead_p90, t.lead_mean),
      timing('waiting_minutes', t.wait_n, t.wait_p50, t.wait_p90, t.wait_mean),
      timing('call_minutes', t.call_n, t.call_p50, t.call_p90, t.call_mean),
    ],
    video: { calls, audioOnly, audioOnlyShare: publishedShare(audioOnly, calls) },
    interpreting: (['none', 'gsl', 'lip_reading'] as const).map((kind) => ({ kind, count: interp![kind] })),
    identityChecks: IDENTITY_OUTCOMES.map((outcome) => ({ outcome, count: publishCount(checks.get(outcome) ?? 0) })),
  };
}

async function topicHomes(knex: Knex, topicIds: string[]): Promise<Map<string, Label>> {
  if (topicIds.length === 0) return new Map();
  const rows: { id: string; name_el: string; name_en: string }[] = await knex('topics as t')
    .join('municipalities as m', 'm.id', 't.municipality_id')
    .whereIn('t.id', topicIds)
    .select('t.id', 'm.name_el', 'm.name_en');
  return new Map(rows.map((r) => [r.id, { el: r.name_el, en: r.name_en }]));
}
