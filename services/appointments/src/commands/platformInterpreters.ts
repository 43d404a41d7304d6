import type { InterpreterRow } from '@muni/db';
import type { poolInterpreterCreateSchema, poolInterpreterUpdateSchema } from '@muni/domain';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { invalidField, notFound } from '../errors';
import { requirePlatformAdmin } from '../policies';
import { interpreterColumns, refuseLeavingAppointments, samePersonBusy } from './adminInterpreters';

// The shared interpreter pool: interpreters with no municipality of their own
// who serve the municipalities linked to them (interpreter_municipalities).
// Booking finds them through interpretersFor, beside each municipality's own.

export type PoolInterpreter = InterpreterRow & { municipalityIds: string[] };
type CreateInput = z.infer<typeof poolInterpreterCreateSchema>;
type UpdateInput = z.infer<typeof poolInterpreterUpdateSchema>;

const interpreterNotFound = () => notFound('not_found', 'Δεν βρέθηκε διερμηνέας της κοινής ομάδας.', 'No interpreter of the shared pool was found.');

export async function poolInterpreters(knex: Knex): Promise<PoolInterpreter[]> {
  const rows = await knex<InterpreterRow>('interpreters').whereNull('municipality_id').orderBy('full_name');
  const links = await knex('interpreter_municipalities').whereIn('interpreter_id', rows.map((r) => r.id)).select('interpreter_id', 'municipality_id');
  return rows.map((r) => ({ ...r, municipalityIds: links.filter((l) => l.interpreter_id === r.id).map((l) => l.municipality_id) }));
}

/** The pool's interpreters who serve this municipality (its admin sees them beside its own). */
export async function sharedInterpretersOf(knex: Knex, municipalityId: string): Promise<InterpreterRow[]> {
  return knex<InterpreterRow>('interpreters')
    .whereNull('municipality_id')
    .whereIn('id', knex('interpreter_municipalities').where({ municipality_id: municipalityId }).select('interpreter_id'))
    .orderBy('full_name');
}

async function replaceLinks(trx: Knex, interpreterId: string, municipalityIds: string[]): Promise<string[]> {
  const known = await trx('municipalities').whereIn('id', municipalityIds).pluck('id');
  if (known.length !== municipalityIds.length) {
    throw invalidField('municipalityIds', 'unknown_municipality', 'κάποιος από τους δήμους δεν υπάρχει.', 'one of the municipalities does not exist.');
  }
  await trx('interpreter_municipalities').where({ interpreter_id: interpreterId }).delete();
  if (municipalityIds.length) await trx('interpreter_municipalities').insert(municipalityIds.map((municipality_id) => ({ interpreter_id: interpreterId, municipality_id })));
  return municipalityIds;
}

/** A pool interpreter (zone: Greece's unless given) and the municipalities they serve. */
export async function createPoolInterpreter(deps: AppDeps, by: Requester, input: CreateInput): Promise<PoolInterpreter> {
  requirePlatformAdmin(by.actor);
  const { municipalityIds, ...fields } = input;
  return deps.knex.transaction(async (trx) => {
    const [row] = await trx<InterpreterRow>('interpreters')
      .insert({ ...interpreterColumns({ ...fields, timeZone: fields.timeZone ?? 'Europe/Athens' }), municipality_id: null } as never)
      .returning('*');
    const linked = await replaceLinks(trx, row!.id, municipalityIds);
    await audit(trx, by, 'platform_create_interpreter', { kinds: row!.kinds, municipalityIds: linked }, { kind: 'interpreter', id: row!.id });
    return { ...row!, municipalityIds: linked };
  });
}

/** Changes a pool interpreter; `municipalityIds`, when given, replaces the municipalities they serve. */
export async function updatePoolInterpreter(deps: AppDeps, by: Requester, id: string, input: UpdateInput): Promise<PoolInterpreter> {
  requirePlatformAdmin(by.actor);
  const { municipalityIds, ...fields } = input;
  return deps.knex.transaction(async (trx) => {
    const q = trx<InterpreterRow>('interpreters').where({ id }).whereNull('municipality_id');
    const current = await q.clone().forUpdate().first();
    if (!current) throw interpreterNotFound();
    await refuseLeavingAppointments(trx, current, fields, deps.now());
    const changes = interpreterColumns(fields);
    const [row] = Object.keys(changes).length ? await q.update(changes as never).returning('*').catch(samePersonBusy) : [await q.first()];
    if (!row) throw interpreterNotFound();
    const linked = municipalityIds
      ? await replaceLinks(trx, id, municipalityIds)
      : await trx('interpreter_municipalities').where({ interpreter_id: id }).pluck('municipality_id');
    await audit(trx, by, 'platform_update_interpreter', { fields: Object.keys(input) }, { kind: 'interpreter', id });
    return { ...row, municipalityIds: linked };
  });
}
