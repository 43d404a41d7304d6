import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import type { IdentityCheckStatus } from './callRules';

/** What the server remembers about one appointment version's call. */
export interface CallState {
  admitted: string[];
  audioOnly: boolean;
  identityCheck: IdentityCheckStatus;
  identityCheckStartedAt: Date | null;
  identityCheckStartedBy: string | null;
  /** the colleague who took the call over (null: the assigned employee runs it) */
  actingEmployeeId: string | null;
  /** how many times this version's call was taken over: numbers the re-issued employee links */
  takeovers: number;
}

export interface CallStateRow {
  appointment_id: string;
  appointment_version: number;
  admitted_identities: string[];
  audio_only: boolean;
  identity_check: IdentityCheckStatus;
  identity_check_started_at: Date | null;
  identity_check_started_by: string | null;
  acting_employee_id: string | null;
  takeovers: number;
}

const EMPTY: CallState = {
  admitted: [],
  audioOnly: false,
  identityCheck: 'not_started',
  identityCheckStartedAt: null,
  identityCheckStartedBy: null,
  actingEmployeeId: null,
  takeovers: 0,
};

/** The state a call_states row (or its absence: nothing happened yet) stands for. */
export const callStateFromRow = (r: CallStateRow | undefined): CallState =>
  r
    ? {
        admitted: r.admitted_identities,
        audioOnly: r.audio_only,
        identityCheck: r.identity_check,
        identityCheckStartedAt: r.identity_check_started_at,
        identityCheckStartedBy: r.identity_check_started_by,
        actingEmployeeId: r.acting_employee_id,
        takeovers: r.takeovers,
      }
    : { ...EMPTY, admitted: [] };

const key = (appt: Pick<AppointmentRow, 'id' | 'version'>) => ({ appointment_id: appt.id, appointment_version: appt.version });

/** Reads without writing (the GET of a join link must change nothing). */
export async function readCallState(knex: Knex, appt: Pick<AppointmentRow, 'id' | 'version'>): Promise<CallState> {
  return callStateFromRow(await knex<CallStateRow>('call_states').where(key(appt)).first());
}

/**
 * Changes the state under a row lock. `change` may call LiveKit and may throw:
 * then nothing is stored, so the database never claims what LiveKit refused.
 */
export async function changeCallState(
  knex: Knex,
  appt: Pick<AppointmentRow, 'id' | 'version'>,
  now: Date,
  change: (current: CallState, trx: Knex.Transaction) => Promise<Partial<CallState>> | Partial<CallState>,
): Promise<CallState> {
  return knex.transaction(async (trx) => {
    await trx('call_states').insert(key(appt)).onConflict(['appointment_id', 'appointment_version']).ignore();
    const current = callStateFromRow(await trx<CallStateRow>('call_states').where(key(appt)).forUpdate().first());
    const next = { ...current, ...(await change(current, trx)) };
    await trx('call_states')
      .where(key(appt))
      .update({
        admitted_identities: next.admitted,
        audio_only: next.audioOnly,
        identity_check: next.identityCheck,
        identity_check_started_at: next.identityCheckStartedAt,
        identity_check_started_by: next.identityCheckStartedBy,
        acting_employee_id: next.actingEmployeeId,
        takeovers: next.takeovers,
        updated_at: now,
      });
    return next;
  });
}

/** Stamps a moment of the call the first time it happens (016_statistics); inside changeCallState's transaction. */
export async function markFirst(
  trx: Knex.Transaction,
  appt: Pick<AppointmentRow, 'id' | 'version'>,
  column: 'citizen_admitted_at' | 'audio_only_at',
  at: Date,
): Promise<void> {
  await trx('call_states').where(key(appt)).whereNull(column).update({ [column]: at });
}

/** Longer than any video appointment runs: an attendance row older than this is a "left" webhook that never came. */
const STALE_ATTENDANCE_MS = 3 * 3600_000;

/**
 * Whether the employee who runs this call is, right now, in the video call of
 * another appointment (their previous one running on): an open attendance row
 * of theirs there, from LiveKit's webhooks. The waiting room tells the guests
 * so, rather than "the employee has not joined yet".
 */
export async function employeeInAnotherCall(
  knex: Knex,
  appt: Pick<AppointmentRow, 'id' | 'employee_id'>,
  state: Pick<CallState, 'actingEmployeeId'>,
  now: Date,
): Promise<boolean> {
  const employeeId = state.actingEmployeeId ?? appt.employee_id;
  const row = await knex('call_attendance as c')
    .join('appointments as a', 'a.id', 'c.appointment_id')
    .leftJoin('call_states as s', (j) => j.on('s.appointment_id', 'a.id').andOn('s.appointment_version', 'a.version'))
    .where('c.role', 'employee')
    .whereNull('c.left_at')
    .andWhere('c.joined_at', '>', new Date(now.getTime() - STALE_ATTENDANCE_MS))
    .andWhereNot('a.id', appt.id)
    .andWhereRaw('coalesce(s.acting_employee_id, a.employee_id) = ?', [employeeId])
    .first(knex.raw('1 as busy'));
  return row !== undefined;
}
