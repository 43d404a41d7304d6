import Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { closureRoutes } from './closures';
import { employeeRoutes } from './employees';
import { interpreterRoutes } from './interpreters';
import { joiningRoutes } from './joining';
import { officeRoutes } from './offices';
import { platformRoutes } from './platform';
import { platformPoolRoutes } from './platformPool';
import { settingsRoutes } from './settings';
import { topicRoutes } from './topics';
import { statisticsRoutes } from '../statistics/statistics';

/**
 * The admin API: municipal admins under /api/v1/admin/municipality (always
 * their own municipality) and the platform admin under /api/v1/platform.
 * Every handler starts with its policy (adminMunicipality / requirePlatformAdmin).
 */
export function adminRoutes(deps: AppDeps) {
  const router = new Router();
  for (const register of [settingsRoutes, closureRoutes, officeRoutes, topicRoutes, employeeRoutes, interpreterRoutes, joiningRoutes, platformRoutes, platformPoolRoutes]) {
    register(router, deps);
  }
  statisticsRoutes(router, deps);
  return router;
}
