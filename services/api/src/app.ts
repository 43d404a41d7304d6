import path from 'node:path';
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { type Config, REPO_ROOT } from './config';
import { errorHandler } from './middlewares/errors';
import { staticWeb } from './middlewares/staticWeb';
import { healthRoutes } from './routes/health/health';

export interface AppDeps {
  knex: Knex;
  config: Config;
  logger: Logger;
  /** Clock, replaceable in tests. */
  now: () => Date;
}

export function createApp(deps: AppDeps): Koa {
  const app = new Koa({ proxy: deps.config.NODE_ENV === 'production' });
  app.use(errorHandler(deps.logger));
  app.use(staticWeb(path.join(REPO_ROOT, 'web', 'dist')));
  app.use(bodyParser({ enableTypes: ['json', 'form'], jsonLimit: '100kb' }));
  const health = healthRoutes(deps);
  app.use(health.routes()).use(health.allowedMethods());
  return app;
}
