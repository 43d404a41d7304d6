import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { adminClosures, closedDays, createClosure, deleteClosure } from '@muni/appointments';
import { body, parse, query } from '../../middlewares/validate';
import { closureSchema, holidaysQuery, adminIdParams } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

export function closureRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/closures`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = await adminClosures(deps.knex, municipalityId);
  });

  /** Booked appointments on the day: 409 appointments_affected with the list, unless the body says to move or cancel them. */
  router.post(`${ADMIN_BASE}/closures`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, closureSchema);
    const closure = await createClosure(deps, requester(ctx), municipalityId, input);
    ctx.status = 201;
    ctx.body = closure;
  });

  router.delete(`${ADMIN_BASE}/closures/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deleteClosure(deps, requester(ctx), municipalityId, id);
    ctx.status = 204;
  });

  router.get(`${ADMIN_BASE}/holidays`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const q = query(ctx, holidaysQuery);
    ctx.body = await closedDays(deps, municipalityId, q.year);
  });
}
