import type { Context, Next } from 'koa';
import { csrfMatches } from '../auth/sessions';
import { HttpError } from '../lib/httpError';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request to our API needs the browser's CSRF token in
 * X-CSRF-Token (GET /api/v1/session gives it): its session's, or a signed-out
 * browser's from its CSRF cookie (see csrfMatches). Exempt: requests
 * authenticated otherwise (signed webhooks, capability links) and the
 * development stand-ins, which are separate sites in production.
 */
export function csrfProtection(exempt: (path: string) => boolean) {
  return async (ctx: Context, next: Next) => {
    if (!SAFE.has(ctx.method) && !exempt(ctx.path) && !csrfMatches(ctx, ctx.get('X-CSRF-Token'))) {
      throw new HttpError(
        403,
        'csrf_failed',
        'Η σελίδα έμεινε ανοιχτή πολύ ώρα ή η συνεδρία έληξε. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.',
        'The page was open too long or the session ended. Please reload the page and try again.',
      );
    }
    await next();
  };
}
