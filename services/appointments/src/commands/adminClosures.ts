import type { closureSchema } from '@muni/domain';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { adminNotFound } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import type { ClosureView } from '../queries/admin';

export type ClosureInput = z.infer<typeof closureSchema>;

/** A day (or a day every year) the municipality is closed: no free times are offered on it. */
export async function createClosure(deps: AppDeps, by: Requester, municipalityId: string, input: ClosureInput): Promise<ClosureView> {
  requireMunicipalAdmin(by.actor, municipalityId);
  const id = await deps.knex.transaction(async (trx) => {
    const [row] = await trx('closures')
      .insert({ municipality_id: municipalityId, date: input.date, recurring_yearly: input.recurringYearly, label: input.label })
      .returning(['id']);
    await audit(trx, by, 'admin_create_closure', { date: input.date, recurringYearly: input.recurringYearly }, { kind: 'closure', id: row.id, municipalityId });
    return row.id as string;
  });
  return { id, date: input.date, recurringYearly: input.recurringYearly, label: input.label };
}

export async function deleteClosure(deps: AppDeps, by: Requester, municipalityId: string, closureId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    const n = await trx('closures').where({ id: closureId, municipality_id: municipalityId }).delete();
    if (!n) throw adminNotFound('το κλείσιμο', 'The closure');
    await audit(trx, by, 'admin_delete_closure', {}, { kind: 'closure', id: closureId, municipalityId });
  });
}
