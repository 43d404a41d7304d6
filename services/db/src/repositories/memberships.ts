import type { Knex } from 'knex';
import type { EmployeeRow } from './rows';

// An employee signs in once by tax id and may work for several municipalities:
// each active employee row with that tax id is one membership.

export type Membership = Pick<EmployeeRow, 'id' | 'municipality_id' | 'is_admin'>;

export const activeMemberships = (knex: Knex, taxId: string): Promise<Membership[]> =>
  knex<EmployeeRow>('employees').where({ tax_id: taxId, active: true }).select('id', 'municipality_id', 'is_admin');

/** The membership in one municipality, if active. */
export const activeMembership = (knex: Knex, taxId: string, municipalityId: string): Promise<Pick<EmployeeRow, 'id' | 'is_admin'> | undefined> =>
  knex<EmployeeRow>('employees').where({ tax_id: taxId, municipality_id: municipalityId, active: true }).first('id', 'is_admin');

export interface MembershipWithMunicipality {
  id: string;
  full_name: string;
  is_admin: boolean;
  municipality_id: string;
  name_el: string;
  name_en: string;
}

/** Active memberships with their municipality's names, by Greek name. */
export const activeMembershipsWithMunicipality = (knex: Knex, taxId: string): Promise<MembershipWithMunicipality[]> =>
  knex('employees as e')
    .join('municipalities as m', 'm.id', 'e.municipality_id')
    .where({ 'e.tax_id': taxId, 'e.active': true })
    .select('e.id', 'e.full_name', 'e.is_admin', 'm.id as municipality_id', 'm.name_el', 'm.name_en')
    .orderBy('m.name_el');
