import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { municipalityJoining, submitJoining, updateJoiningContact } from '@muni/appointments';
import { joiningContactSchema } from '@muni/domain';
import { body } from '../../middlewares/validate';
import { requester } from '../../lib/requester';
import { presentJoining } from './platformPresent';
import { ADMIN_BASE, adminMunicipality } from './scope';

/**
 * The joining form of the admin's own municipality: where it stands, what it
 * lacks, its contact, and submitting it for the platform admin's approval.
 * Topics, hours, lengths and the third-person rule are the usual admin pages.
 */
export function joiningRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/joining`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentJoining(await municipalityJoining(deps.knex, municipalityId));
  });

  router.put(`${ADMIN_BASE}/joining`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, joiningContactSchema);
    ctx.body = presentJoining(await updateJoiningContact(deps, requester(ctx), municipalityId, input));
  });

  /** 422 joining_incomplete with `missing` while something lacks; 409 once submitted or joined. */
  router.post(`${ADMIN_BASE}/joining/submit`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    ctx.body = presentJoining(await submitJoining(deps, requester(ctx), municipalityId));
  });
}
