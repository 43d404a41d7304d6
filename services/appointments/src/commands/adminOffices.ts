import type { OfficeRow } from '@muni/db';
import type { officeSchema } from '@muni/domain';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { adminNotFound } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import { refuseDeletingLastOffice } from './inPersonOffice';

export type OfficeInput = z.infer<typeof officeSchema>;

const notFound = () => adminNotFound('το γραφείο', 'The office');

export async function createOffice(deps: AppDeps, by: Requester, municipalityId: string, input: OfficeInput): Promise<OfficeRow> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const [row] = await trx<OfficeRow>('offices').insert({ municipality_id: municipalityId, ...input }).returning('*');
    await audit(trx, by, 'admin_create_office', {}, { kind: 'office', id: row!.id, municipalityId });
    return row!;
  });
}

/** Changes the fields sent; none sent answers the office as it is (still audited, as a save). */
export async function updateOffice(deps: AppDeps, by: Requester, municipalityId: string, officeId: string, input: Partial<OfficeInput>): Promise<OfficeRow> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const q = trx<OfficeRow>('offices').where({ id: officeId, municipality_id: municipalityId });
    const [row] = Object.keys(input).length ? await q.update(input).returning('*') : [await q.first()];
    if (!row) throw notFound();
    await audit(trx, by, 'admin_update_office', { fields: Object.keys(input) }, { kind: 'office', id: officeId, municipalityId });
    return row;
  });
}

/**
 * Employees of a deleted office keep working, with no office (the foreign key
 * sets it to null); the last office of in-person appointments stays (inPersonOffice.ts).
 */
export async function deleteOffice(deps: AppDeps, by: Requester, municipalityId: string, officeId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    await refuseDeletingLastOffice(trx, municipalityId, officeId);
    const n = await trx('offices').where({ id: officeId, municipality_id: municipalityId }).delete();
    if (!n) throw notFound();
    await audit(trx, by, 'admin_delete_office', {}, { kind: 'office', id: officeId, municipalityId });
  });
}
