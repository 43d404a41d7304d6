import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { auditActions, auditLog, createPoolInterpreter, poolInterpreters, requirePlatformAdmin, updatePoolInterpreter } from '@muni/appointments';
import { auditQuery, platformIdParams, poolInterpreterCreateSchema, poolInterpreterUpdateSchema } from '@muni/domain';
import { body, parse, query } from '../../middlewares/validate';
import { requester } from '../../lib/requester';
import { presentPoolInterpreter } from './platformPresent';
import { PLATFORM_BASE } from './scope';

/** The platform admin's shared interpreter pool and the audit log. */
export function platformPoolRoutes(router: Router, deps: AppDeps) {
  router.get(`${PLATFORM_BASE}/interpreters`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = (await poolInterpreters(deps.knex)).map(presentPoolInterpreter);
  });

  router.post(`${PLATFORM_BASE}/interpreters`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const input = body(ctx, poolInterpreterCreateSchema);
    ctx.status = 201;
    ctx.body = presentPoolInterpreter(await createPoolInterpreter(deps, requester(ctx), input));
  });

  router.put(`${PLATFORM_BASE}/interpreters/:id`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const { id } = parse(platformIdParams, ctx.params);
    const input = body(ctx, poolInterpreterUpdateSchema);
    ctx.body = presentPoolInterpreter(await updatePoolInterpreter(deps, requester(ctx), id, input));
  });

  router.get(`${PLATFORM_BASE}/audit`, async (ctx) => {
    requirePlatformAdmin(ctx.state.actor);
    const q = query(ctx, auditQuery);
    const page = await auditLog(deps.knex, q);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      entries: page.entries.map((e) => ({ ...e, at: e.at.toISOString() })),
      nextBefore: page.nextBefore,
      actions: await auditActions(deps.knex),
    };
  });
}
