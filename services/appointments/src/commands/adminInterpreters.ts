import type { InterpreterRow } from '@muni/db';
import type { interpreterCreateSchema, interpreterUpdateSchema } from '@muni/domain';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { adminNotFound, conflict, invalidField } from '../errors';
import { isExclusionViolation } from '../pgErrors';
import { requireMunicipalAdmin } from '../policies';
import type { Knex } from 'knex';

export type InterpreterCreateInput = z.infer<typeof interpreterCreateSchema>;
export type InterpreterUpdateInput = z.infer<typeof interpreterUpdateSchema>;

const notFound = () => adminNotFound('ο διερμηνέας', 'The interpreter');

/** The interpreter's columns an input changes (the platform's pool uses them too). */
export function interpreterColumns(input: InterpreterUpdateInput) {
  const c: Partial<Record<keyof InterpreterRow, unknown>> = {};
  if (input.fullName !== undefined) c.full_name = input.fullName;
  if (input.email !== undefined) c.email = input.email;
  if (input.kinds !== undefined) c.kinds = input.kinds;
  if (input.workingHours !== undefined) c.working_hours = JSON.stringify(input.workingHours);
  if (input.timeZone !== undefined) c.time_zone = input.timeZone;
  if (input.active !== undefined) c.active = input.active;
  return c;
}

/** An interpreter of the municipality's own; without a zone they work in the municipality's. */
export async function createInterpreter(deps: AppDeps, by: Requester, municipalityId: string, input: InterpreterCreateInput): Promise<InterpreterRow> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const m = await trx('municipalities').where({ id: municipalityId }).first('time_zone');
    const [row] = await trx<InterpreterRow>('interpreters')
      .insert({ ...interpreterColumns({ ...input, timeZone: input.timeZone ?? m.time_zone }), municipality_id: municipalityId } as never)
      .returning('*');
    await audit(trx, by, 'admin_create_interpreter', { kinds: row!.kinds }, { kind: 'interpreter', id: row!.id, municipalityId });
    return row!;
  });
}

export async function updateInterpreter(deps: AppDeps, by: Requester, municipalityId: string, interpreterId: string, input: InterpreterUpdateInput): Promise<InterpreterRow> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const q = trx<InterpreterRow>('interpreters').where({ id: interpreterId, municipality_id: municipalityId });
    // Only the municipality's own interpreter is looked into: another's appointments are not its admin's to see.
    const current = await q.clone().forUpdate().first();
    if (!current) throw notFound();
    await refuseLeavingAppointments(trx, current, input, deps.now());
    const changes = interpreterColumns(input);
    const [row] = Object.keys(changes).length ? await q.update(changes as never).returning('*').catch(samePersonBusy) : [await q.first()];
    if (!row) throw notFound();
    await audit(trx, by, 'admin_update_interpreter', { fields: Object.keys(input) }, { kind: 'interpreter', id: interpreterId, municipalityId });
    return row;
  });
}

/**
 * Deactivating an interpreter, or taking away a kind of interpreting, must not
 * leave a booked appointment without its interpreter, unseen: the citizen would
 * arrive and nobody would interpret. Refused with the appointments' references,
 * as an employee's deactivation is; the admin moves or cancels them first (the
 * people are told), or keeps the interpreter on until they are over.
 */
export async function refuseLeavingAppointments(trx: Knex, current: Pick<InterpreterRow, 'id' | 'active' | 'kinds'>, input: InterpreterUpdateInput, now: Date): Promise<void> {
  if (!current.active) return;
  const leaving = input.active === false;
  const kept: readonly string[] | undefined = input.kinds;
  const dropped = kept ? current.kinds.filter((k) => !kept.includes(k)) : [];
  if (!leaving && dropped.length === 0) return;
  const q = trx('appointments').where({ interpreter_id: current.id, status: 'booked' }).where('starts_at', '>', now);
  if (!leaving) q.whereIn('interpretation', dropped);
  const refs: string[] = await q.orderBy('starts_at').pluck('reference');
  if (refs.length === 0) return;
  const shown = refs.slice(0, 10).join(', ') + (refs.length > 10 ? ', …' : '');
  throw conflict(
    'interpreter_has_appointments',
    `Ο διερμηνέας έχει ${refs.length} μελλοντικά ραντεβού που θα έμεναν χωρίς διερμηνέα (${shown}). Αλλάξτε την ώρα τους ή ακυρώστε τα από την κονσόλα (οι πολίτες ενημερώνονται με email) ή αφήστε τον διερμηνέα ως έχει ώσπου να περάσουν.`,
    `The interpreter has ${refs.length} upcoming appointments that would be left without an interpreter (${shown}). Move or cancel them from the console (the citizens are told by e-mail), or leave the interpreter as they are until those are over.`,
    { field: leaving ? 'active' : 'kinds', count: refs.length, references: refs },
  );
}

/**
 * A new e-mail makes the interpreter the person registered elsewhere under it
 * (one person, one timeline): refused when both are booked at the same time.
 */
export function samePersonBusy(err: unknown): never {
  if (isExclusionViolation(err, 'appointments_no_interpreter_person_overlap')) {
    throw invalidField(
      'email',
      'interpreter_person_busy',
      'με αυτό το email είναι καταχωρισμένος διερμηνέας που έχει ραντεβού τις ίδιες ώρες με αυτόν. Ο ίδιος άνθρωπος δεν μπορεί να είναι σε δύο ραντεβού μαζί.',
      'an interpreter with this e-mail is registered and booked at the same times as this one. One person cannot be in two appointments at once.',
    );
  }
  throw err;
}

/** Only an interpreter with no appointments on record can go; the others are deactivated instead. */
export async function deleteInterpreter(deps: AppDeps, by: Requester, municipalityId: string, interpreterId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    const found = await trx('interpreters').where({ id: interpreterId, municipality_id: municipalityId }).forUpdate().first('id');
    if (!found) throw notFound();
    const used = Number((await trx('appointments').where({ interpreter_id: interpreterId }).count<{ n: string }[]>('* as n').first())?.n ?? 0);
    if (used > 0) {
      throw conflict(
        'interpreter_in_use',
        `Ο διερμηνέας έχει ${used} ραντεβού στο ιστορικό. Απενεργοποιήστε τον αντί να τον διαγράψετε.`,
        `The interpreter has ${used} appointments on record. Deactivate them instead of deleting.`,
        { count: used },
      );
    }
    await trx('interpreters').where({ id: interpreterId }).delete();
    await audit(trx, by, 'admin_delete_interpreter', {}, { kind: 'interpreter', id: interpreterId, municipalityId });
  });
}
