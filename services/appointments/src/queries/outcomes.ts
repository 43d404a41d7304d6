import { OUTCOME_EDIT_DAYS, type Outcome, type OutcomeKind } from '@muni/domain';
import type { AppointmentOutcomeRow } from '@muni/db';
import type { Knex } from 'knex';

/** An appointment's outcome as every view shows it: what was decided, by whom, when, and until when it may be corrected. */
export interface OutcomeView extends Outcome {
  kind: OutcomeKind;
  /** 1 when first recorded; each correction adds one. */
  version: number;
  recordedAt: Date;
  /** The employee who recorded this version, as the e-mails name employees. */
  recordedBy: string;
  /** Corrections are accepted until then (OUTCOME_EDIT_DAYS after it was first recorded). */
  editableUntil: Date;
}

const EDIT_WINDOW_MS = OUTCOME_EDIT_DAYS * 86_400_000;

/** The columns of a version, with the day as text (node-postgres would turn a DATE into a local-midnight Date). */
const COLUMNS = ['o.appointment_id', 'o.version', 'o.kind', 'o.citizen_text', 'o.documents', 'o.recorded_at', 'o.recorded_by'];

type VersionRow = Pick<AppointmentOutcomeRow, 'appointment_id' | 'version' | 'kind' | 'citizen_text' | 'documents' | 'follow_up_on' | 'recorded_at' | 'recorded_by'> & {
  recorded_by_name: string;
  first_recorded_at: Date;
};

function versions(knex: Knex | Knex.Transaction) {
  return knex('appointment_outcomes as o')
    .join('employees as e', 'e.id', 'o.recorded_by')
    .select(...COLUMNS, knex.raw('o.follow_up_on::text AS follow_up_on'), 'e.full_name as recorded_by_name')
    .select(knex.raw('min(o.recorded_at) OVER (PARTITION BY o.appointment_id) AS first_recorded_at'));
}

const view = (r: VersionRow): OutcomeView => ({
  kind: r.kind,
  text: r.citizen_text,
  documents: r.documents,
  followUpOn: r.follow_up_on,
  version: r.version,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by_name,
  editableUntil: new Date(r.first_recorded_at.getTime() + EDIT_WINDOW_MS),
});

/** The current outcome of each of these appointments (those without one are absent), in one query. */
export async function latestOutcomes(knex: Knex | Knex.Transaction, appointmentIds: string[]): Promise<Map<string, OutcomeView>> {
  if (appointmentIds.length === 0) return new Map();
  const rows: VersionRow[] = await knex
    .select('*')
    .from(versions(knex).whereIn('o.appointment_id', appointmentIds).as('v'))
    .whereRaw('v.version = (SELECT max(version) FROM appointment_outcomes m WHERE m.appointment_id = v.appointment_id)');
  return new Map(rows.map((r) => [r.appointment_id, view(r)]));
}

/** Every version of the outcomes of these appointments, oldest first (for the data export). */
export async function outcomeHistory(knex: Knex | Knex.Transaction, appointmentIds: string[]): Promise<Map<string, OutcomeView[]>> {
  const all = new Map<string, OutcomeView[]>();
  if (appointmentIds.length === 0) return all;
  const rows: VersionRow[] = await versions(knex).whereIn('o.appointment_id', appointmentIds).orderBy(['o.appointment_id', 'o.version']);
  for (const r of rows) all.set(r.appointment_id, [...(all.get(r.appointment_id) ?? []), view(r)]);
  return all;
}
