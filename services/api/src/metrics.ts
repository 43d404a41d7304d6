import { timingSafeEqual } from 'node:crypto';
import Router from '@koa/router';
import type { Config, VideoHealthMonitor } from '@muni/appointments';
import type { Context, Next } from 'koa';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { HttpError } from './lib/httpError';
import { routeOf } from './middlewares/requestLog';

/**
 * Named actions counted by outcome, keyed by "METHOD route pattern". The
 * HTTP histogram already has every route; these give the few that matter to
 * operators a name of their own.
 */
const ACTIONS: Record<string, string> = {
  'POST /api/v1/appointments': 'booking',
  'POST /api/v1/console/appointments': 'booking',
  'POST /api/v1/holds': 'hold',
  'POST /api/v1/appointments/:id/cancel': 'cancellation',
  'POST /api/v1/manage/:token/cancel': 'cancellation',
  'POST /api/v1/join/:token': 'join',
  'POST /api/v1/calls/:token/identity-check/result': 'identity_check',
};

export interface ApiMetrics {
  registry: Registry;
  /** Counts and times every request by method, route pattern (never the raw path) and status. */
  middleware: (ctx: Context, next: Next) => Promise<void>;
}

/** One registry per app (tests build many apps in one process); process metrics included. */
export function createMetrics(videoHealth: VideoHealthMonitor): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'muni_http_requests_total', help: 'HTTP requests by method, route pattern and status', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'muni_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const actions = new Counter({ name: 'muni_actions_total', help: 'Bookings, holds, cancellations, joins and identity checks by HTTP status', labelNames: ['action', 'status'], registers: [registry] });
  new Gauge({
    name: 'muni_video_up',
    help: 'Whether the video service (LiveKit SFU) answers: 1 up, 0 down',
    registers: [registry],
    // Asked at scrape time; the monitor caches its probe and logs only changes.
    async collect() {
      this.set((await videoHealth.current()).status === 'up' ? 1 : 0);
    },
  });

  return {
    registry,
    async middleware(ctx, next) {
      const stop = duration.startTimer();
      try {
        await next();
      } finally {
        const labels = { method: ctx.method, route: routeOf(ctx), status: String(ctx.status) };
        stop(labels);
        requests.inc(labels);
        const action = ACTIONS[`${labels.method} ${labels.route}`];
        if (action) actions.inc({ action, status: labels.status });
      }
    },
  };
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * GET /metrics in Prometheus' text format. Open outside production; in
 * production only with `Authorization: Bearer <METRICS_TOKEN>`, and absent
 * (404, as any unknown path) while no METRICS_TOKEN is set.
 */
export function metricsRoutes(config: Pick<Config, 'NODE_ENV' | 'METRICS_TOKEN'>, metrics: ApiMetrics) {
  const router = new Router();
  router.get('/metrics', async (ctx) => {
    if (config.NODE_ENV === 'production') {
      if (!config.METRICS_TOKEN) {
        ctx.status = 404;
        return;
      }
      const given = /^Bearer (.+)$/.exec(ctx.get('Authorization'))?.[1] ?? '';
      if (!sameSecret(given, config.METRICS_TOKEN)) {
        ctx.set('WWW-Authenticate', 'Bearer');
        throw new HttpError(401, 'metrics_token_required', 'Απαιτείται το διακριτικό των μετρήσεων.', 'The metrics token is required.');
      }
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  return router;
}
