import type { Knex } from 'knex';
import type { Actor } from '../actor';

/** One line of an appointment's history: what happened, who did it, at which version. */
export async function recordEvent(
  trx: Knex | Knex.Transaction,
  appointmentId: string,
  action: string,
  /** manage_link: the person served, through their manage link (no session; named in `details.via`). */
  actor: Actor | { kind: 'system' } | { kind: 'manage_link' },
  version: number,
  details: Record<string, unknown> = {},
  at: Date = new Date(),
): Promise<void> {
  const actorId = actor.kind === 'citizen' || actor.kind === 'platform_admin' ? actor.userId : actor.kind === 'employee' ? actor.employeeId : null;
  const byLink = actor.kind === 'manage_link';
  await trx('appointment_events').insert({
    appointment_id: appointmentId,
    action,
    actor_kind: actor.kind === 'platform_admin' || byLink ? 'citizen' : actor.kind === 'anonymous' ? 'system' : actor.kind,
    actor_id: actorId,
    version,
    details: byLink ? { ...details, via: 'manage_link' } : details,
    at,
  });
}
