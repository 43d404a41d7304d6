import { createHmac } from 'node:crypto';
import { joinToken } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';
import { type CallState, readCallState } from './callState';

/** Who runs a video call now: the assigned employee, or the colleague who took it over. */
export interface CallHolder {
  employeeId: string;
  name: string;
  active: boolean;
  /** 0 while the assigned employee runs it; counts take-overs of this version */
  takeovers: number;
}

/** Who holds the call in a given state: the colleague who took it over, else the assigned employee. */
export const holderIdOf = (appt: Pick<AppointmentRow, 'employee_id'>, state: Pick<CallState, 'actingEmployeeId'>): string => state.actingEmployeeId ?? appt.employee_id;

/** The holder of the call of the appointment's current version. */
export async function callHolder(knex: Knex, appt: Pick<AppointmentRow, 'id' | 'version' | 'employee_id'>): Promise<CallHolder> {
  const state = await readCallState(knex, appt);
  const employeeId = holderIdOf(appt, state);
  const e = await knex('employees').where({ id: employeeId }).first('full_name', 'active');
  return { employeeId, name: e.full_name, active: e.active, takeovers: state.takeovers };
}

/**
 * The employee's join-link token for the holder. The assigned employee's is
 * the one created with the appointment version (joinToken); each take-over
 * issues a new one, numbered and bound to the colleague, so every earlier
 * employee link of the version stops matching. Derived, never stored: the
 * database keeps only its hash, like every join link.
 */
export function employeeLinkToken(secret: string, appt: Pick<AppointmentRow, 'id' | 'version'>, holder: Pick<CallHolder, 'employeeId' | 'takeovers'>): string {
  if (holder.takeovers === 0) return joinToken(secret, appt.id, 'employee', appt.version);
  return createHmac('sha256', secret).update(`join:${appt.id}:employee:${appt.version}:takeover:${holder.takeovers}:${holder.employeeId}`).digest('base64url');
}
