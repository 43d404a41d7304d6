import type { Knex } from 'knex';
import type { LinkedCall } from './links';

/**
 * Audit rows for actions taken with a join link (no session): the actor is the
 * link's holder, the employee by id; details hold codes, never names or reasons.
 */
export async function auditCall(
  knex: Knex | Knex.Transaction,
  ip: string,
  call: LinkedCall,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const isEmployee = call.link.role === 'employee';
  await knex('audit_log').insert({
    actor_kind: call.link.role,
    actor_id: isEmployee ? call.appt.employee_id : null,
    municipality_id: call.appt.municipality_id,
    action,
    subject_kind: 'appointment',
    subject_id: call.appt.id,
    ip,
    details: { ...details, via: 'join_link' },
  });
}
