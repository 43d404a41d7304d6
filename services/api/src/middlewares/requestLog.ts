import type { Context, Next } from 'koa';
import type { Logger } from 'pino';

/**
 * One log line per request: method, the matched route pattern (never the raw
 * path, which may hold a join token), status and time. No query strings,
 * bodies, cookies, names or tax ids.
 */
/** The matched route pattern, e.g. "/api/v1/join/:token"; never the raw path. */
export const routeOf = (ctx: Context): string =>
  String((ctx as Context & { _matchedRoute?: string })._matchedRoute ?? (ctx.path.startsWith('/api/') ? 'unmatched' : 'static'));

export function requestLog(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.info({ method: ctx.method, route: routeOf(ctx), status: ctx.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
