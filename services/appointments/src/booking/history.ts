import type { Knex } from 'knex';
import type { Actor } from '../actor';

/** One line of an appointment's history: what happened, who did it, at which version. */
export async function recordEvent(
  trx: Knex | Knex.Transaction,
  appointmentId: string,
  action: string,
  actor: Actor | { kind: 'system' },
  version: number,
  details: Record<string, unknown> = {},
  at: Date = new Date(),
): Promise<void> {
  const actorId = actor.kind === 'citizen' || actor.kind === 'platform_admin' ? actor.userId : actor.kind === 'employee' ? actor.employeeId : null;
  await trx('appointment_events').insert({
    appointment_id: appointmentId,
    action,
    actor_kind: actor.kind === 'platform_admin' ? 'citizen' : actor.kind === 'anonymous' ? 'system' : actor.kind,
    actor_id: actorId,
    version,
    details,
    at,
  });
}
