import type { Knex } from 'knex';
import type { Requester } from './actor';

/**
 * The audit log: who did or saw what, when, from where. Details hold ids and
 * codes, not personal data.
 */
export async function audit(
  knex: Knex,
  by: Requester,
  action: string,
  details: Record<string, unknown>,
  subject?: { kind: string; id: string; municipalityId?: string | null },
): Promise<void> {
  const { actor } = by;
  const actorId = actor.kind === 'citizen' || actor.kind === 'platform_admin' ? actor.userId : actor.kind === 'employee' ? actor.employeeId : null;
  await knex('audit_log').insert({
    actor_kind: actor.kind,
    actor_id: actorId,
    municipality_id: subject?.municipalityId ?? (actor.kind === 'employee' ? actor.municipalityId : null),
    action,
    subject_kind: subject?.kind ?? null,
    subject_id: subject?.id ?? null,
    ip: by.ip,
    details,
  });
}
