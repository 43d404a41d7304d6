import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { adminOffices, createOffice, deleteOffice, updateOffice } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentOffice } from './present';
import { adminIdParams, officeSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

export function officeRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/offices`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = (await adminOffices(deps.knex, municipalityId)).map(presentOffice);
  });

  router.post(`${ADMIN_BASE}/offices`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, officeSchema);
    const row = await createOffice(deps, requester(ctx), municipalityId, input);
    ctx.status = 201;
    ctx.body = presentOffice(row);
  });

  router.put(`${ADMIN_BASE}/offices/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, officeSchema.partial());
    ctx.body = presentOffice(await updateOffice(deps, requester(ctx), municipalityId, id, input));
  });

  /** Employees of a deleted office keep working, with no office. */
  router.delete(`${ADMIN_BASE}/offices/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await deleteOffice(deps, requester(ctx), municipalityId, id);
    ctx.status = 204;
  });
}
