import { activeMemberships, upsertSignedInUser } from '@muni/db';
import type { Actor, Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { forbidden } from '../errors';

/** What GSIS (Taxisnet) says about the person who signed in. */
export interface GsisIdentity {
  taxId: string;
  firstName: string;
  lastName: string;
  fatherName: string;
}

type SignInDeps = Pick<AppDeps, 'knex' | 'now'>;

/**
 * A citizen or company signed in through GSIS: their user is created or its
 * names refreshed, and the sign-in is audited as them. `by` is the request as
 * it stood before (its address is what the audit keeps). Returns the new actor,
 * for the session the caller starts.
 */
export async function signInCitizen(deps: SignInDeps, by: Requester, who: GsisIdentity): Promise<Extract<Actor, { kind: 'citizen' }>> {
  // GSIS gives companies (legal persons) no first or father's name.
  const isCompany = !who.firstName && !who.fatherName;
  return deps.knex.transaction(async (trx) => {
    const userId = await upsertSignedInUser(trx, { taxId: who.taxId, firstName: who.firstName, lastName: who.lastName, kind: isCompany ? 'company' : 'person' }, deps.now());
    const actor = { kind: 'citizen', userId, taxId: who.taxId, isCompany } as const;
    await audit(trx, { actor, ip: by.ip }, 'sign_in', { provider: 'gsis' });
    return actor;
  });
}

export const notAnEmployee = () =>
  forbidden(
    'not_an_employee',
    'Δεν είστε καταχωρισμένος/η ως υπάλληλος κάποιου δήμου. Ζητήστε από τον διαχειριστή του δήμου σας να σας προσθέσει.',
    'You are not registered as an employee of any municipality. Ask your municipal administrator to add you.',
  );

/**
 * An employee signed in through GSIS for the public sector: refused unless some
 * municipality lists their tax id. With one membership it is already picked.
 * Returns the new actor (its municipalityId is where the session starts).
 */
export async function signInEmployee(deps: SignInDeps, by: Requester, who: Pick<GsisIdentity, 'taxId'>): Promise<Extract<Actor, { kind: 'employee' }>> {
  const memberships = await activeMemberships(deps.knex, who.taxId);
  if (memberships.length === 0) throw notAnEmployee();
  const only = memberships.length === 1 ? memberships[0]! : null;
  const actor = { kind: 'employee', taxId: who.taxId, employeeId: only?.id ?? null, municipalityId: only?.municipality_id ?? null, isAdmin: Boolean(only?.is_admin) } as const;
  // Who signed in, without the tax id: the employee record(s) it matched.
  await audit(deps.knex, { actor, ip: by.ip }, 'sign_in', { provider: 'gsis-gov', employeeIds: memberships.map((m) => m.id) });
  return actor;
}
