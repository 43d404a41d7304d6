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

interface CallStateRow {
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

const fromRow = (r: CallStateRow | undefined): CallState =>
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
  return fromRow(await knex<CallStateRow>('call_states').where(key(appt)).first());
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
    const current = fromRow(await trx<CallStateRow>('call_states').where(key(appt)).forUpdate().first());
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
