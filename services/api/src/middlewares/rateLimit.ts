import type { Knex } from 'knex';
import type { Context, Next } from 'koa';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from '../lib/httpError';

export interface LimitRule {
  name: string;
  /** Requests allowed per window, per IP and per account. */
  points: number;
  durationSeconds: number;
}

/**
 * Rate limits stored in PostgreSQL so several API processes share them.
 * Counted per IP and, when signed in, per account; 429 with Retry-After.
 */
export function rateLimit(knex: Knex, rule: LimitRule) {
  const limiter = new RateLimiterPostgres({
    storeClient: knex,
    storeType: 'knex',
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.durationSeconds,
  });
  return async (ctx: Context, next: Next) => {
    const keys = [`ip:${ctx.ip}`];
    const actor = ctx.state.actor;
    if (actor && actor.kind !== 'anonymous') keys.push(`acct:${actor.userId ?? actor.taxId}`);
    try {
      // Both counters at once: one round trip of latency instead of two.
      await Promise.all(keys.map((key) => limiter.consume(key)));
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      ctx.set('Retry-After', String(seconds));
      throw new HttpError(
        429,
        'rate_limited',
        `Πάρα πολλά αιτήματα. Δοκιμάστε ξανά σε ${seconds} δευτερόλεπτα.`,
        `Too many requests. Please try again in ${seconds} seconds.`,
        { retryAfterSeconds: seconds },
      );
    }
    await next();
  };
}

/**
 * The path as the router matches it: the router ignores case and a trailing
 * slash, and decodes percent-escapes, so "/API/V1/appointments/" reaches the
 * booking route. Limits key on this form, so no spelling escapes them.
 */
export function routedPath(rawPath: string): string {
  let p = rawPath;
  try {
    p = decodeURIComponent(rawPath);
  } catch {
    // a malformed escape: the router will not match it either
  }
  return p.toLowerCase().replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/';
}

export type LimitName = 'signIn' | 'booking' | 'email';

/** Which limit a request counts against, by method and routed path; null for none. */
export function limitFor(method: string, rawPath: string): LimitName | null {
  const p = routedPath(rawPath);
  if (p.startsWith('/auth/')) return 'signIn';
  if (method !== 'POST') return null;
  if (['/api/v1/appointments', '/api/v1/holds', '/api/v1/console/appointments'].includes(p) || /\/(reschedule|cancel)$/.test(p)) return 'booking';
  if (p.endsWith('/documents-email') || p.endsWith('/third-person-invite')) return 'email';
  return null;
}
