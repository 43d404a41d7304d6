import Router from '@koa/router';
import { pendingMigrations } from '@muni/db';
import type { AppDeps } from '../../deps';

/** /healthz: the process answers. /readyz: the database answers and its schema is current. */
export function healthRoutes({ knex }: AppDeps) {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    try {
      await knex.raw('select 1');
      const pending = await pendingMigrations(knex);
      if (pending.length > 0) {
        ctx.status = 503;
        ctx.body = { status: 'migrations pending', pending };
        return;
      }
      ctx.body = { status: 'ready' };
    } catch {
      ctx.status = 503;
      ctx.body = { status: 'database unreachable' };
    }
  });
  return router;
}
