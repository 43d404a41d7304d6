import type Router from '@koa/router';
import type { MunicipalityRow } from '@muni/db';
import type { AppDeps } from '../../deps';
import type { Actor } from '@muni/appointments';
import { signInRequired } from '@muni/appointments';
import type { SessionRow } from '../../auth/sessions';
import { createMunicipality } from '@muni/appointments';
import { audit } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { body } from '../../middlewares/validate';
import { presentEmployee, presentSettings } from './present';
import { actAsAdminSchema, createMunicipalitySchema } from '@muni/domain';
import { PLATFORM_BASE, requirePlatformAdmin } from './scope';
import { requester } from '../../lib/requester';

export function platformRoutes(router: Router, deps: AppDeps) {
  /**
   * A citizen session of a platform-admin user switches to acting as platform
   * admin ({active: true}, the default) or back to citizen ({active: false}).
   */
  router.post(`${PLATFORM_BASE}/act-as-admin`, async (ctx) => {
    const session = ctx.state.session as SessionRow | null;
    const actor = ctx.state.actor as Actor;
    if (!session || actor.kind === 'anonymous') throw signInRequired();
    const { active } = body(ctx, actAsAdminSchema);
    const user = session.kind === 'citizen' && session.user_id ? await deps.knex('users').where({ id: session.user_id }).first('id', 'tax_id', 'kind', 'platform_admin') : null;
    if (!user?.platform_admin) {
      throw new HttpError(403, 'forbidden', 'Ο λογαριασμός σας δεν είναι διαχειριστής της πλατφόρμας.', 'Your account is not a platform administrator.');
    }
    const data = { ...session.data, asPlatformAdmin: active };
    await deps.knex('sessions').where({ id_hash: session.id_hash }).update({ data: JSON.stringify(data) });
    ctx.state.actor = active ? { kind: 'platform_admin', userId: user.id, taxId: user.tax_id } : { kind: 'citizen', userId: user.id, taxId: user.tax_id, isCompany: user.kind === 'company' };
    await audit(deps.knex, requester(ctx), active ? 'platform_admin_on' : 'platform_admin_off', {});
    ctx.body = { actingAsPlatformAdmin: active };
  });

  router.get(`${PLATFORM_BASE}/municipalities`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const rows = await deps.knex<MunicipalityRow>('municipalities').orderBy('name_el');
    const counts = await deps.knex('employees').where({ active: true }).groupBy('municipality_id').select('municipality_id').count<{ municipality_id: string; n: string }[]>('* as n');
    const admins = await deps.knex('employees').where({ is_admin: true, active: true }).orderBy('full_name').select('id', 'municipality_id', 'full_name', 'tax_id');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map((m) => ({
      id: m.id,
      slug: m.slug,
      name: { el: m.name_el, en: m.name_en },
      timeZone: m.time_zone,
      modes: m.modes,
      activeEmployees: Number(counts.find((c) => c.municipality_id === m.id)?.n ?? 0),
      admins: admins.filter((a) => a.municipality_id === m.id).map((a) => ({ id: a.id, fullName: a.full_name, taxId: a.tax_id })),
    }));
  });

  router.post(`${PLATFORM_BASE}/municipalities`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const input = body(ctx, createMunicipalitySchema);
    const { municipality, admin } = await createMunicipality(deps, requester(ctx), input);
    ctx.status = 201;
    ctx.body = { municipality: presentSettings(municipality), admin: presentEmployee(admin, []) };
  });
}
