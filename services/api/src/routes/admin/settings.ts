import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { municipalitySettings, updateSettings } from '@muni/appointments';
import { body } from '../../middlewares/validate';
import { presentSettings } from './present';
import { settingsUpdateSchema } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

export function settingsRoutes(router: Router, deps: AppDeps) {
  router.get(ADMIN_BASE, async (ctx) => {
    const id = adminMunicipality(ctx);
    const row = await municipalitySettings(deps.knex, id);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentSettings(row);
  });

  /** Send any subset of the settings; fields not sent stay as they are. */
  router.put(ADMIN_BASE, async (ctx) => {
    const id = adminMunicipality(ctx);
    const { affectedAppointments, ...patch } = body(ctx, settingsUpdateSchema);
    const { settings, affectedAppointments: outcomes } = await updateSettings(deps, requester(ctx), id, patch, affectedAppointments);
    ctx.body = { ...presentSettings(settings), affectedAppointments: outcomes };
  });
}
