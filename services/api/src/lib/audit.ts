import type { Knex } from 'knex';
import type { Context } from 'koa';
import type { Actor } from '../auth/actor';

/**
 * The audit log: who did or saw what, when, from where. Details hold ids and
 * codes, not personal data.
 */
export async function audit(
  knex: Knex,
  ctx: Context,
  action: string,
  details: Record<string, unknown>,
  subject?: { kind: string; id: string; municipalityId?: string | null },
): Promise<void> {
  const actor = (ctx.state.actor ?? { kind: 'anonymous' }) as Actor;
  const actorId = actor.kind === 'citizen' || actor.kind === 'platform_admin' ? actor.userId : actor.kind === 'employee' ? actor.employeeId : null;
  await knex('audit_log').insert({
    actor_kind: actor.kind,
    actor_id: actorId,
    municipality_id: subject?.municipalityId ?? (actor.kind === 'employee' ? actor.municipalityId : null),
    action,
    subject_kind: subject?.kind ?? null,
    subject_id: subject?.id ?? null,
    ip: ctx.ip,
    details,
  });
}
