import { activeMembership, activeMembershipsWithMunicipality, findUser, type SessionRow, type SessionUserRow } from '@muni/db';
import type { Knex } from 'knex';
import type { Actor } from '../actor';

/**
 * Who a session belongs to, read fresh on every request: a removed user or a
 * deactivated membership stops counting at once.
 */
export async function actorForSession(
  knex: Knex,
  session: SessionRow | null,
  /** The session's user when read with it (findSessionWithUser): not read again. */
  sessionUser?: SessionUserRow | null,
): Promise<Actor> {
  if (!session) return { kind: 'anonymous' };
  if (session.kind === 'citizen' && session.user_id) {
    const user = sessionUser !== undefined ? sessionUser : await findUser(knex, session.user_id);
    if (!user) return { kind: 'anonymous' };
    if (user.platform_admin && session.data.asPlatformAdmin) return { kind: 'platform_admin', userId: user.id, taxId: user.tax_id };
    return { kind: 'citizen', userId: user.id, taxId: user.tax_id, isCompany: user.kind === 'company' };
  }
  if (session.kind === 'employee' && session.employee_tax_id) {
    const employee = session.active_municipality_id ? await activeMembership(knex, session.employee_tax_id, session.active_municipality_id) : null;
    return {
      kind: 'employee',
      taxId: session.employee_tax_id,
      employeeId: employee?.id ?? null,
      municipalityId: employee ? session.active_municipality_id : null,
      isAdmin: Boolean(employee?.is_admin),
    };
  }
  return { kind: 'anonymous' };
}

export type SessionUser =
  | {
      kind: 'citizen';
      id: string;
      firstName: string;
      lastName: string;
      taxId: string;
      isCompany: boolean;
      email: string | null;
      phone: string | null;
      platformAdmin: boolean;
      actingAsPlatformAdmin: boolean;
    }
  | {
      kind: 'employee';
      taxId: string;
      fullName: string;
      memberships: { employeeId: string; municipalityId: string; municipalityName: { el: string; en: string }; isAdmin: boolean }[];
      activeMunicipalityId: string | null;
    };

/** "Who am I": the signed-in person as the web app shows them; null when signed out. */
export async function sessionUser(knex: Knex, session: SessionRow, actor: Actor): Promise<SessionUser | null> {
  if (session.kind === 'citizen' && session.user_id) {
    const u = await findUser(knex, session.user_id);
    if (!u) return null;
    return { kind: 'citizen', id: u.id, firstName: u.first_name, lastName: u.last_name, taxId: u.tax_id, isCompany: u.kind === 'company', email: u.email, phone: u.phone, platformAdmin: u.platform_admin, actingAsPlatformAdmin: actor.kind === 'platform_admin' };
  }
  if (session.kind === 'employee' && session.employee_tax_id) {
    const rows = await activeMembershipsWithMunicipality(knex, session.employee_tax_id);
    return {
      kind: 'employee',
      taxId: session.employee_tax_id,
      fullName: rows[0]?.full_name ?? '',
      memberships: rows.map((r) => ({ employeeId: r.id, municipalityId: r.municipality_id, municipalityName: { el: r.name_el, en: r.name_en }, isAdmin: r.is_admin })),
      activeMunicipalityId: actor.kind === 'employee' ? actor.municipalityId : null,
    };
  }
  return null;
}
