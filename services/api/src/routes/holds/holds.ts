import Router from '@koa/router';
import { holdSlot, releaseHold, requireBooker } from '@muni/appointments';
import type { AppDeps } from '../../deps';
import { body, parse } from '../../middlewares/validate';
import { holdParams, holdSchema } from './schema';

/** Holding a slot while the booking form is filled in. Signed-in bookers only. */
export function holdRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/holds' });

  router.post('/', async (ctx) => {
    requireBooker(ctx.state.actor); // before reading the body
    const hold = await holdSlot(deps, ctx.state.actor, body(ctx, holdSchema));
    ctx.status = 201;
    ctx.body = { id: hold.id, expiresAt: hold.expiresAt.toISOString() };
  });

  router.delete('/:id', async (ctx) => {
    requireBooker(ctx.state.actor);
    await releaseHold(deps, ctx.state.actor, parse(holdParams, ctx.params).id);
    ctx.status = 204;
  });

  return router;
}
