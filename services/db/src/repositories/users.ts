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
 * The user behind a GSIS sign-in, created on first sign-in. Names follow what
 * GSIS says each time; the kind (person or company) is kept from the first.
 */
export async function upsertSignedInUser(knex: Knex, person: SignedInPerson, now: Date): Promise<string> {
  const [row] = await knex('users')
    .insert({ tax_id: person.taxId, first_name: person.firstName, last_name: person.lastName, kind: person.kind })
    .onConflict('tax_id')
    .merge({ first_name: person.firstName, last_name: person.lastName, updated_at: now })
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
