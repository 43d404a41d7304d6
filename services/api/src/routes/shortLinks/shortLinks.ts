import Router from '@koa/router';
import { AppError, resolveShortLink } from '@muni/appointments';
import type { AppDeps } from '../../deps';
import { rateLimit } from '../../middlewares/rateLimit';
import { shortLinkNotFoundPage } from './notFoundPage';

/**
 * GET /s/:code, the short link in a text: a 302 to its recipient's own join
 * or manage link (the code is the credential, like those links'), or a
 * bilingual page when it is unknown, expired or replaced. Outside /api/v1:
 * people open it from their phone. Rate-limited per address like join and
 * manage links, so codes cannot be tried in bulk.
 */
export function shortLinkRoutes(deps: AppDeps) {
  const router = new Router();
  const per = (points: number) => Math.ceil(points * deps.config.RATE_LIMIT_MULTIPLIER);
  const limit = rateLimit(deps.knex, { name: 'short_link', points: per(30), durationSeconds: 60 });

  router.get('/s/:code', limit, async (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    try {
      const path = await resolveShortLink(deps, String(ctx.params.code ?? ''));
      ctx.redirect(`${deps.config.publicUrl}${path}`);
    } catch (err) {
      if (!(err instanceof AppError) || err.kind !== 'not_found') throw err;
      ctx.status = 404;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = shortLinkNotFoundPage(err, deps.config.publicUrl);
    }
  });
  return router;
}
