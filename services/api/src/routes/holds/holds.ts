import Router from '@koa/router';
import type { AppDeps } from '../../app';
import { actorKey } from '../../auth/actor';
import { requireBooker } from '../../auth/policies';
import { holdSlot, releaseHoldsOf } from '../../commands/holdSlot';
import { body, parse } from '../../middlewares/validate';
import { holdParams, holdSchema } from './schema';


/** Holding a slot while the booking form is filled in. Signed-in bookers only. */
export function holdRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/holds' });

  router.post('/', async (ctx) => {
    requireBooker(ctx.state.actor);
    const hold = await holdSlot(deps, ctx.state.actor, body(ctx, holdSchema));
    ctx.status = 201;
    ctx.body = { id: hold.id, expiresAt: hold.expiresAt.toISOString() };
  });

  router.delete('/:id', async (ctx) => {
    requireBooker(ctx.state.actor);
    const { id } = parse(holdParams, ctx.params);
    await releaseHoldsOf(deps.knex, actorKey(ctx.state.actor), id);
    ctx.status = 204;
  });

  return router;
}
