import { deleteSession, deleteSessionsOf, type SessionRow } from '@muni/db';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { requireSignedIn } from '../policies';

/** Ends this session (audited as whoever it belonged to). The caller forgets the cookie. */
export async function signOut(deps: Pick<AppDeps, 'knex'>, by: Requester, session: Pick<SessionRow, 'id_hash'>): Promise<void> {
  await deps.knex.transaction(async (trx) => {
    await audit(trx, by, 'sign_out', {});
    await deleteSession(trx, session.id_hash);
  });
}

/** Ends every session of the signed-in person, on every device. Returns how many ended. */
export async function signOutEverywhere(deps: Pick<AppDeps, 'knex'>, by: Requester, session: Pick<SessionRow, 'id_hash' | 'user_id' | 'employee_tax_id'>): Promise<number> {
  requireSignedIn(by.actor);
  return deps.knex.transaction(async (trx) => {
    await audit(trx, by, 'sign_out_everywhere', {});
    return deleteSessionsOf(trx, session);
  });
}
