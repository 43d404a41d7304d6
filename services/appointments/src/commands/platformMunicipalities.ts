import type { EmployeeRow, MunicipalityRow, MunicipalityStatus } from '@muni/db';
import { type addAdminSchema, isValidAfm, MODES } from '@muni/domain';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { conflict, invalidField, notFound } from '../errors';
import { requirePlatformAdmin } from '../policies';
import { incompleteError, joiningMissing } from './municipalityJoining';

// The platform admin's side of a municipality's life: reviewing its joining
// form (approve, or send it back with a comment), deactivating and
// activating it, and naming its administrators.

const municipalityNotFound = () => notFound('not_found', 'Δεν βρέθηκε ο δήμος.', 'The municipality was not found.');

async function lockMunicipality(trx: Knex, id: string): Promise<MunicipalityRow> {
  const m = await trx<MunicipalityRow>('municipalities').where({ id }).forUpdate().first();
  if (!m) throw municipalityNotFound();
  return m;
}

function wrongStatus(expected: MunicipalityStatus, actual: MunicipalityStatus) {
  const names: Record<MunicipalityStatus, [string, string]> = {
    draft: ['σε σύνταξη', 'a draft'],
    submitted: ['υποβλήθηκε για έγκριση', 'submitted for approval'],
    active: ['ενεργός', 'active'],
    deactivated: ['απενεργοποιημένος', 'deactivated'],
  };
  return conflict(
    'wrong_municipality_status',
    `Δεν γίνεται τώρα: ο δήμος είναι «${names[actual][0]}», ενώ χρειάζεται να είναι «${names[expected][0]}». Ανανεώστε τη σελίδα.`,
    `Not possible now: the municipality is ${names[actual][1]}, and it needs to be ${names[expected][1]}. Please refresh the page.`,
    { status: actual },
  );
}

/** Approves a submitted joining form: the municipality becomes active and citizens see it. */
export async function approveMunicipality(deps: AppDeps, by: Requester, id: string): Promise<MunicipalityRow> {
  requirePlatformAdmin(by.actor);
  const userId = by.actor.userId;
  return deps.knex.transaction(async (trx) => {
    const m = await lockMunicipality(trx, id);
    if (m.status !== 'submitted') throw wrongStatus('submitted', m.status);
    // The municipality's admin may have changed things since submitting.
    const missing = await joiningMissing(trx, m);
    if (missing.length) throw incompleteError(missing);
    const [row] = await trx<MunicipalityRow>('municipalities')
      .where({ id })
      .update({ status: 'active', approved_at: deps.now(), approved_by: userId, review_comment: null } as never)
      .returning('*');
    await audit(trx, by, 'platform_approve_municipality', {}, { kind: 'municipality', id, municipalityId: id });
    return row!;
  });
}

/** Sends a submitted joining form back to its municipality with what to change; it is a draft again. */
export async function sendBackMunicipality(deps: AppDeps, by: Requester, id: string, comment: string): Promise<MunicipalityRow> {
  requirePlatformAdmin(by.actor);
  return deps.knex.transaction(async (trx) => {
    const m = await lockMunicipality(trx, id);
    if (m.status !== 'submitted') throw wrongStatus('submitted', m.status);
    const [row] = await trx<MunicipalityRow>('municipalities').where({ id }).update({ status: 'draft', review_comment: comment } as never).returning('*');
    // The comment stays on the municipality's row; the log holds no free text.
    await audit(trx, by, 'platform_send_back_municipality', {}, { kind: 'municipality', id, municipalityId: id });
    return row!;
  });
}

/**
 * Deactivates an active municipality (it takes no new bookings; its booked
 * appointments stand and can still be changed or cancelled) or activates a
 * deactivated one again.
 */
export async function setMunicipalityActive(deps: AppDeps, by: Requester, id: string, active: boolean): Promise<MunicipalityRow> {
  requirePlatformAdmin(by.actor);
  return deps.knex.transaction(async (trx) => {
    const m = await lockMunicipality(trx, id);
    const from: MunicipalityStatus = active ? 'deactivated' : 'active';
    if (m.status !== from) throw wrongStatus(from, m.status);
    const [row] = await trx<MunicipalityRow>('municipalities').where({ id }).update({ status: active ? 'active' : 'deactivated' } as never).returning('*');
    await audit(trx, by, active ? 'platform_activate_municipality' : 'platform_deactivate_municipality', {}, { kind: 'municipality', id, municipalityId: id });
    return row!;
  });
}

export type AddAdminInput = z.infer<typeof addAdminSchema>;

/**
 * Makes the person with this tax number an administrator of the municipality:
 * their employee record there gets the admin role (and is active), or one is created.
 */
export async function addMunicipalityAdmin(deps: AppDeps, by: Requester, id: string, input: AddAdminInput): Promise<EmployeeRow> {
  requirePlatformAdmin(by.actor);
  if (!isValidAfm(input.taxId)) {
    throw invalidField('taxId', 'invalid_afm', 'ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).', 'the tax number (ΑΦΜ) is not valid (wrong check digit).');
  }
  return deps.knex.transaction(async (trx) => {
    await lockMunicipality(trx, id);
    const existing = await trx<EmployeeRow>('employees').where({ municipality_id: id, tax_id: input.taxId }).first();
    const [row] = existing
      ? await trx<EmployeeRow>('employees').where({ id: existing.id }).update({ is_admin: true, active: true } as never).returning('*')
      : await trx<EmployeeRow>('employees')
          .insert({ municipality_id: id, tax_id: input.taxId, full_name: input.fullName, email: input.email, modes: [...MODES], is_admin: true } as never)
          .returning('*');
    await audit(trx, by, 'platform_add_admin', { employeeId: row!.id, created: !existing }, { kind: 'employee', id: row!.id, municipalityId: id });
    return row!;
  });
}

/** Takes the admin role away (the employee record stays); the last active admin cannot go. */
export async function removeMunicipalityAdmin(deps: AppDeps, by: Requester, id: string, employeeId: string): Promise<void> {
  requirePlatformAdmin(by.actor);
  await deps.knex.transaction(async (trx) => {
    await lockMunicipality(trx, id);
    const employee = await trx<EmployeeRow>('employees').where({ id: employeeId, municipality_id: id, is_admin: true }).first();
    if (!employee) throw notFound('not_found', 'Δεν βρέθηκε διαχειριστής με αυτό το αναγνωριστικό στον δήμο.', 'No administrator with this id was found in the municipality.');
    const others = await trx('employees').where({ municipality_id: id, is_admin: true, active: true }).whereNot({ id: employeeId }).count<{ n: string }[]>('* as n');
    if (employee.active && Number(others[0]!.n) === 0) {
      throw conflict('last_admin', 'Είναι ο μόνος ενεργός διαχειριστής του δήμου. Προσθέστε πρώτα άλλον.', 'This is the municipality\'s only active administrator. Add another one first.');
    }
    await trx('employees').where({ id: employeeId }).update({ is_admin: false });
    await audit(trx, by, 'platform_remove_admin', { employeeId }, { kind: 'employee', id: employeeId, municipalityId: id });
  });
}
