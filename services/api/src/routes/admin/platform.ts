import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import type { Actor } from '@muni/appointments';
import { actAsPlatformAdmin, createMunicipality, platformMunicipalities, requirePlatformAdmin, signInRequired } from '@muni/appointments';
import type { SessionRow } from '../../auth/sessions';
import { body } from '../../middlewares/validate';
import { presentEmployee, presentMunicipalityOverview, presentSettings } from './present';
import { actAsAdminSchema, createMunicipalitySchema } from '@muni/domain';
import { PLATFORM_BASE } from './scope';
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
    const userId = session.kind === 'citizen' ? session.user_id : null;
    ctx.state.actor = await actAsPlatformAdmin(deps, requester(ctx), { idHash: session.id_hash, userId, data: session.data }, active);
    ctx.body = { actingAsPlatformAdmin: active };
  });

  router.get(`${PLATFORM_BASE}/municipalities`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const rows = await platformMunicipalities(deps.knex);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map(presentMunicipalityOverview);
  });

  router.post(`${PLATFORM_BASE}/municipalities`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const input = body(ctx, createMunicipalitySchema);
    const { municipality, admin } = await createMunicipality(deps, requester(ctx), input);
    ctx.status = 201;
    ctx.body = { municipality: presentSettings(municipality), admin: presentEmployee(admin, []) };
  });
}
