import Router from '@koa/router';
import { databaseReadiness } from '@muni/db';
import type { AppDeps } from '../../deps';

/** /healthz: the process answers. /readyz: the database answers and its schema is current. */
export function healthRoutes({ knex }: AppDeps) {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const readiness = await databaseReadiness(knex);
    if (readiness.ready) {
      ctx.body = { status: 'ready' };
      return;
    }
    ctx.status = 503;
    ctx.body = readiness.reason === 'migrations pending' ? { status: readiness.reason, pending: readiness.pending } : { status: readiness.reason };
  });
  return router;
}
