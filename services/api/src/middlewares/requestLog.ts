import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';

/** The matched route pattern, e.g. "/api/v1/join/:token"; never the raw path. */
export const routeOf = (ctx: Context): string =>
  String((ctx as Context & { _matchedRoute?: string })._matchedRoute ?? (ctx.path.startsWith('/api/') ? 'unmatched' : 'static'));

// An id a proxy in front already gave the request is kept when it is short and plain (it reaches the logs).
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id (set by requestLog), for log lines about it. */
export const requestIdOf = (ctx: Context): string | undefined => (ctx.state as { requestId?: string }).requestId;

/**
 * Gives each request an id (the incoming X-Request-Id when sane, else a new
 * one), answers it in X-Request-Id, and writes one log line per request:
 * its id, method, the matched route pattern (never the raw path, which may
 * hold a join token), status and time. No query strings, bodies, cookies,
 * names or tax ids.
 */
export function requestLog(logger: Logger) {
  return async (ctx: Context, next: Next) => {
    const started = performance.now();
    const incoming = ctx.get('X-Request-Id');
    const requestId = SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (ctx.state as { requestId?: string }).requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      logger.info({ requestId, method: ctx.method, route: routeOf(ctx), status: ctx.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
