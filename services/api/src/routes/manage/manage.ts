import Router from '@koa/router';
import { cancelByManageLink, type ManagedChange, rescheduleByManageLink, viewByManageLink } from '@muni/appointments';
import { cancelSchema, rescheduleSchema } from '@muni/domain';
import type { Context } from 'koa';
import type { AppDeps } from '../../deps';
import { requester } from '../../lib/requester';
import { rateLimit } from '../../middlewares/rateLimit';
import { body, parse } from '../../middlewares/validate';
import { presentManaged } from '../../presenters/appointment';
import { manageTokenParams } from './schema';

/**
 * The person served manages their appointment from the link in their e-mails,
 * with no session: the token in the path is the credential (hence no CSRF
 * token: app.ts exempts these paths). GET shows and changes nothing, since
 * mail scanners open links; a change is a POST from the page's confirm step.
 * Rate-limited per address like join links.
 */
export function manageRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/manage' });
  const per = (points: number) => Math.ceil(points * deps.config.RATE_LIMIT_MULTIPLIER);
  const limit = rateLimit(deps.knex, { name: 'manage', points: per(30), durationSeconds: 60 });
  const token = (ctx: Context) => parse(manageTokenParams, ctx.params).token;
  const answer = (ctx: Context, change: ManagedChange) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ...presentManaged(change.appointment, deps.now()), managePath: change.managePath };
  };

  router.get('/:token', limit, async (ctx) => {
    const { appointment, ownedBySignedIn } = await viewByManageLink(deps, requester(ctx), token(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.body = { ...presentManaged(appointment, deps.now()), ownedBySignedIn };
  });

  router.post('/:token/reschedule', limit, async (ctx) => {
    const t = token(ctx);
    const { start, anyEmployee } = body(ctx, rescheduleSchema);
    answer(ctx, await rescheduleByManageLink(deps, requester(ctx), t, start, { anyEmployee }));
  });

  router.post('/:token/cancel', limit, async (ctx) => {
    const t = token(ctx);
    const { reason } = body(ctx, cancelSchema);
    answer(ctx, await cancelByManageLink(deps, requester(ctx), t, reason));
  });

  return router;
}
