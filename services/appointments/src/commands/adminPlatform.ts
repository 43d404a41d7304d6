import type { Actor, Requester } from '../actor';
import type { EmployeeRow, MunicipalityRow, UserRow } from '@muni/db';
import { MODES } from '@muni/domain';
import { isValidAfm } from '@muni/domain';
import type { z } from 'zod';
import type { AppDeps } from '../deps';
import { audit } from '../audit';
import { isUniqueViolation } from '../pgErrors';
import type { createMunicipalitySchema } from '@muni/domain';
import { conflict, forbidden, invalidField } from '../errors';
import { requirePlatformAdmin, requireSignedIn } from '../policies';

// A new municipality starts with everything offered on weekday mornings; its admin adjusts the rest.
const weekdays = (start: string, end: string) => Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start, end }]]));
export const MUNICIPALITY_DEFAULTS = {
  modes: [...MODES],
  durations: { in_person: 20, phone: 15, video: 20 },
  opening_hours: weekdays('08:00', '15:00'),
};

const slugTaken = () =>
  conflict('slug_taken', 'Υπάρχει ήδη δήμος με αυτό το σύντομο όνομα.', 'A municipality with this short name (slug) already exists.', { field: 'slug' });

/** Platform admin: a municipality with defaults plus its first admin employee, in one transaction. */
export async function createMunicipality(
  deps: AppDeps,
  by: Requester,
  input: z.infer<typeof createMunicipalitySchema>,
): Promise<{ municipality: MunicipalityRow; admin: EmployeeRow }> {
  requirePlatformAdmin(by.actor);
  if (!isValidAfm(input.admin.taxId)) {
    throw invalidField('admin.taxId', 'invalid_afm', 'ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).', 'the tax number (ΑΦΜ) is not valid (wrong check digit).');
  }
  try {
    return await deps.knex.transaction(async (trx) => {
      if (await trx('municipalities').where({ slug: input.slug }).first('id')) throw slugTaken();
      const [municipality] = await trx<MunicipalityRow>('municipalities')
        .insert({
          slug: input.slug,
          name_el: input.name.el,
          name_en: input.name.en,
          time_zone: input.timeZone,
          modes: MUNICIPALITY_DEFAULTS.modes,
          durations: JSON.stringify(MUNICIPALITY_DEFAULTS.durations),
          opening_hours: JSON.stringify(MUNICIPALITY_DEFAULTS.opening_hours),
        } as never)
        .returning('*');
      const [admin] = await trx<EmployeeRow>('employees')
        .insert({
          municipality_id: municipality!.id,
          tax_id: input.admin.taxId,
          full_name: input.admin.fullName,
          email: input.admin.email,
          modes: MUNICIPALITY_DEFAULTS.modes,
          is_admin: true,
        } as never)
        .returning('*');
      await audit(trx, by, 'platform_create_municipality', { adminEmployeeId: admin!.id }, { kind: 'municipality', id: municipality!.id, municipalityId: municipality!.id });
      return { municipality: municipality!, admin: admin! };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
}

/** The session a switch applies to: its row id and what it already holds. */
export interface SessionSwitch {
  idHash: string;
  /** The signed-in user, for a citizen session; null for any other session. */
  userId: string | null;
  data: Record<string, unknown>;
}

/**
 * A platform-admin user switches their session to acting as platform admin
 * (`active`) or back to citizen. Answers who the session now belongs to.
 */
export async function actAsPlatformAdmin(deps: AppDeps, by: Requester, session: SessionSwitch, active: boolean): Promise<Actor> {
  requireSignedIn(by.actor);
  return deps.knex.transaction(async (trx) => {
    const user = session.userId ? await trx<UserRow>('users').where({ id: session.userId }).first('id', 'tax_id', 'kind', 'platform_admin') : undefined;
    if (!user?.platform_admin) {
      throw forbidden('forbidden', 'Ο λογαριασμός σας δεν είναι διαχειριστής της πλατφόρμας.', 'Your account is not a platform administrator.');
    }
    await trx('sessions').where({ id_hash: session.idHash }).update({ data: JSON.stringify({ ...session.data, asPlatformAdmin: active }) });
    const actor: Actor = active
      ? { kind: 'platform_admin', userId: user.id, taxId: user.tax_id }
      : { kind: 'citizen', userId: user.id, taxId: user.tax_id, isCompany: user.kind === 'company' };
    // Logged as who the session has become: the platform admin switching on, the citizen switching off.
    await audit(trx, { actor, ip: by.ip }, active ? 'platform_admin_on' : 'platform_admin_off', {});
    return actor;
  });
}
