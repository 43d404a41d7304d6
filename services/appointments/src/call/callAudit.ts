import type { Knex } from 'knex';
import type { LinkedCall } from './links';

/**
 * Audit rows for actions taken with a join link (no session): the actor is the
 * link's holder, the employee by id (the one who runs the call: the assigned
 * employee or the colleague who took it over); details hold codes, never names
 * or reasons.
 */
export async function auditCall(
  knex: Knex | Knex.Transaction,
  ip: string,
  call: Pick<LinkedCall, 'link' | 'appt' | 'employeeId'>,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await knex('audit_log').insert({
    actor_kind: call.link.role,
    actor_id: call.link.role === 'employee' ? call.employeeId : null,
    municipality_id: call.appt.municipality_id,
    action,
    subject_kind: 'appointment',
    subject_id: call.appt.id,
    ip,
    details: { ...details, via: 'join_link' },
  });
}
