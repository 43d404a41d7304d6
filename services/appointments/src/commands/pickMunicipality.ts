import { activeMembership, type SessionRow, updateSession } from '@muni/db';
import type { Actor, Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { forbidden } from '../errors';
import { requireEmployee } from '../policies';

export const notAMember = () => forbidden('not_a_member', 'Δεν είστε υπάλληλος αυτού του δήμου.', 'You are not an employee of this municipality.');

/**
 * An employee chooses the municipality they work for now (one of theirs). The
 * session remembers it; the audit row shows them already acting for it.
 * Returns the actor as it is from now on.
 */
export async function pickMunicipality(
  deps: Pick<AppDeps, 'knex'>,
  by: Requester,
  session: Pick<SessionRow, 'id_hash'>,
  municipalityId: string,
): Promise<Extract<Actor, { kind: 'employee' }>> {
  requireEmployee(by.actor);
  const member = await activeMembership(deps.knex, by.actor.taxId, municipalityId);
  if (!member) throw notAMember();
  const actor = { kind: 'employee', taxId: by.actor.taxId, employeeId: member.id, municipalityId, isAdmin: Boolean(member.is_admin) } as const;
  await deps.knex.transaction(async (trx) => {
    await updateSession(trx, session.id_hash, { active_municipality_id: municipalityId });
    await audit(trx, { actor, ip: by.ip }, 'pick_municipality', {}, { kind: 'municipality', id: municipalityId, municipalityId });
  });
  return actor;
}
