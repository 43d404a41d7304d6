import Router from '@koa/router';
import { defaultVideoCheck, publicHealth, watchVideoHealth } from '@muni/appointments';
import { databaseReadiness } from '@muni/db';
import type { AppDeps } from '../../deps';

/**
 * /healthz: the process answers. /readyz: the database answers and its schema
 * is current (else 503), and whether video works: video down leaves the
 * service ready (booking, the console, e-mails work) but "degraded", with why.
 */
export function healthRoutes(deps: AppDeps) {
  const { knex } = deps;
  const videoHealth = deps.videoHealth ?? watchVideoHealth(defaultVideoCheck(deps), deps.logger);
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const [readiness, video] = await Promise.all([databaseReadiness(knex), videoHealth.current().then(publicHealth)]);
    ctx.set('Cache-Control', 'no-store');
    if (readiness.ready) {
      ctx.body = { status: video.status === 'up' ? 'ready' : 'degraded', video };
      return;
    }
    ctx.status = 503;
    ctx.body = readiness.reason === 'migrations pending' ? { status: readiness.reason, pending: readiness.pending, video } : { status: readiness.reason, video };
  });
  return router;
}
