import type { Knex } from 'knex';
import type { UserRow } from './rows';

export const findUser = (knex: Knex, id: string) => knex<UserRow>('users').where({ id }).first();

export interface SignedInPerson {
  taxId: string;
  firstName: string;
  lastName: string;
  kind: UserRow['kind'];
}

/**
 * The user behind a GSIS sign-in, created on first sign-in (or found, when a
 * desk booking created it by tax id). Names follow what GSIS says each time;
 * the kind (person or company) is kept from the first sign-in.
 */
export async function upsertSignedInUser(knex: Knex, person: SignedInPerson, now: Date): Promise<string> {
  const [row] = await knex('users')
    .insert({ tax_id: person.taxId, first_name: person.firstName, last_name: person.lastName, kind: person.kind })
    .onConflict('tax_id')
    // A row the desk created (ensureUserByTaxId: no names yet) takes its kind from this first sign-in.
    .merge({ first_name: person.firstName, last_name: person.lastName, kind: knex.raw("CASE WHEN users.last_name = '' THEN excluded.kind ELSE users.kind END"), updated_at: now })
    .returning('id');
  return row.id;
}

/** Makes the user with this tax id a platform admin, creating it if needed; names change only when given. */
export async function upsertPlatformAdminUser(
  knex: Knex,
  input: { taxId: string; firstName?: string; lastName?: string },
): Promise<{ id: string; created: boolean }> {
  const names = { ...(input.firstName ? { first_name: input.firstName } : {}), ...(input.lastName ? { last_name: input.lastName } : {}) };
  const [row] = await knex('users')
    .insert({ tax_id: input.taxId, platform_admin: true, ...names })
    .onConflict('tax_id')
    .merge({ platform_admin: true, updated_at: knex.fn.now(), ...names })
    // xmax = 0 only on a freshly inserted row.
    .returning(['id', knex.raw('(xmax = 0) as created')]);
  return { id: row.id, created: Boolean(row.created) };
}

/**
 * The citizen with this tax id, created without names when they have never
 * signed in (a desk or phone booking gave it): their first Taxisnet sign-in
 * finds the row (upsertSignedInUser) and with it the appointments booked for them.
 */
export async function ensureUserByTaxId(knex: Knex, taxId: string): Promise<string> {
  await knex('users').insert({ tax_id: taxId }).onConflict('tax_id').ignore();
  const row = await knex<UserRow>('users').where({ tax_id: taxId }).first('id');
  return row!.id;
}
