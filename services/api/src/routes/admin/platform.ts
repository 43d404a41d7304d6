import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import type { Actor } from '@muni/appointments';
import {
  actAsPlatformAdmin,
  addMunicipalityAdmin,
  approveMunicipality,
  createMunicipality,
  platformMunicipalities,
  platformMunicipality,
  removeMunicipalityAdmin,
  requirePlatformAdmin,
  sendBackMunicipality,
  setMunicipalityActive,
  signInRequired,
} from '@muni/appointments';
import type { SessionRow } from '../../auth/sessions';
import { body, parse, query } from '../../middlewares/validate';
import { presentEmployee, presentSettings } from './present';
import { presentPlatformMunicipality, presentReview } from './platformPresent';
import { actAsAdminSchema, addAdminSchema, createMunicipalitySchema, municipalityStatusQuery, platformAdminParams, platformMunicipalityParams, sendBackSchema } from '@muni/domain';
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
    const { status } = query(ctx, municipalityStatusQuery);
    const rows = await platformMunicipalities(deps.knex, status);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map(presentPlatformMunicipality);
  });

  router.post(`${PLATFORM_BASE}/municipalities`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const input = body(ctx, createMunicipalitySchema);
    const { municipality, admin } = await createMunicipality(deps, requester(ctx), input);
    ctx.status = 201;
    ctx.body = { municipality: presentSettings(municipality), admin: presentEmployee(admin, []) };
  });

  /** The municipality's joining form, topics and admins, for review. */
  router.get(`${PLATFORM_BASE}/municipalities/:id`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentReview(await platformMunicipality(deps.knex, id, deps.now()));
  });

  /** The review's outcome and the life after it: each answers the municipality's review as it now stands. */
  const review = async (id: string) => presentReview(await platformMunicipality(deps.knex, id, deps.now()));

  router.post(`${PLATFORM_BASE}/municipalities/:id/approve`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    await approveMunicipality(deps, requester(ctx), id);
    ctx.body = await review(id);
  });

  router.post(`${PLATFORM_BASE}/municipalities/:id/send-back`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    const { comment } = body(ctx, sendBackSchema);
    await sendBackMunicipality(deps, requester(ctx), id, comment);
    ctx.body = await review(id);
  });

  router.post(`${PLATFORM_BASE}/municipalities/:id/deactivate`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    await setMunicipalityActive(deps, requester(ctx), id, false);
    ctx.body = await review(id);
  });

  router.post(`${PLATFORM_BASE}/municipalities/:id/activate`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    await setMunicipalityActive(deps, requester(ctx), id, true);
    ctx.body = await review(id);
  });

  router.post(`${PLATFORM_BASE}/municipalities/:id/admins`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformMunicipalityParams, ctx.params);
    const input = body(ctx, addAdminSchema);
    const employee = await addMunicipalityAdmin(deps, requester(ctx), id, input);
    ctx.status = 201;
    ctx.body = presentEmployee(employee, []);
  });

  /** Takes the admin role away; the employee record stays (409 last_admin for the only active one). */
  router.delete(`${PLATFORM_BASE}/municipalities/:id/admins/:employeeId`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id, employeeId } = parse(platformAdminParams, ctx.params);
    await removeMunicipalityAdmin(deps, requester(ctx), id, employeeId);
    ctx.status = 204;
  });
}
