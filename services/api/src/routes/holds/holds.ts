import Router from '@koa/router';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { actorKey } from '../../auth/actor';
import { requireBooker } from '../../auth/policies';
import { holdSlot, releaseHoldsOf } from '../../commands/holdSlot';
import { instant, interpretation, mode, uuid } from '../../lib/schemaParts';
import { body, parse } from '../../middlewares/validate';

const holdSchema = z.object({
  municipalityId: uuid('ο δήμος', 'the municipality'),
  topicId: uuid('η υπηρεσία', 'the topic'),
  mode,
  start: instant,
  interpretation,
  requestedEmployeeId: uuid('ο υπάλληλος', 'the employee').nullable().default(null),
});

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
    const { id } = parse(z.object({ id: uuid('η δέσμευση', 'the hold') }), ctx.params);
    await releaseHoldsOf(deps.knex, actorKey(ctx.state.actor), id);
    ctx.status = 204;
  });

  return router;
}
