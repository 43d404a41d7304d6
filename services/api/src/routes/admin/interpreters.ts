import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { adminInterpreters, createInterpreter, deleteInterpreter, sharedInterpretersOf, updateInterpreter } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentInterpreter } from './present';
import { adminIdParams, interpreterCreateSchema, interpreterUpdateSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

/** The municipality's own interpreters; the shared pool (municipality_id null) is the platform's. */
export function interpreterRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/interpreters`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = (await adminInterpreters(deps.knex, municipalityId)).map(presentInterpreter);
  });

  /** The shared pool's interpreters the platform admin linked to this municipality: read-only here. */
  router.get(`${ADMIN_BASE}/shared-interpreters`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = (await sharedInterpretersOf(deps.knex, municipalityId)).map(presentInterpreter);
  });

  router.post(`${ADMIN_BASE}/interpreters`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, interpreterCreateSchema);
    const row = await createInterpreter(deps, requester(ctx), municipalityId, input);
    ctx.status = 201;
    ctx.body = presentInterpreter(row);
  });

  router.put(`${ADMIN_BASE}/interpreters/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, interpreterUpdateSchema);
    ctx.body = presentInterpreter(await updateInterpreter(deps, requester(ctx), municipalityId, id, input));
  });

  /** Only one with no appointments on record; the others are deactivated instead (409 interpreter_in_use). */
  router.delete(`${ADMIN_BASE}/interpreters/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deleteInterpreter(deps, requester(ctx), municipalityId, id);
    ctx.status = 204;
  });
}
