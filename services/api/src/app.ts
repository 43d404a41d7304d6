import path from 'node:path';
import { bodyParser } from '@koa/bodyparser';
import { createGsisClient, createGsisStandInMiddleware, DEMO_CITIZENS, DEMO_EMPLOYEES, type GsisClient } from '@muni/identity';
import Koa from 'koa';
import { type DatabaseChange, type DatabaseWatch, describeDatabaseChange, watchDatabase } from '@muni/db';
import type { Logger } from 'pino';
import { resolveActor } from './auth/resolveActor';
import { Sessions, sessionMiddleware } from './auth/sessions';
import { type Config, defaultVideoCheck, REPO_ROOT, watchVideoHealth } from '@muni/appointments';
import { clientIp } from './middlewares/clientIp';
import { csrfProtection } from './middlewares/csrf';
import { errorHandler } from './middlewares/errors';
import { limitFor, rateLimit } from './middlewares/rateLimit';
import { requestLog } from './middlewares/requestLog';
import { createMetrics, metricsRoutes } from './metrics';
import { securityHeaders } from './middlewares/securityHeaders';
import { staticWeb } from './middlewares/staticWeb';
import { skipBodyParserFor, VIDEO_WEBHOOK_PATH } from './routes/video/rawBody';
import { videoRoutes } from './routes/video/video';
import { adminRoutes } from './routes/admin/admin';
import { appointmentRoutes } from './routes/appointments/appointments';
import { gsisRoutes } from './routes/auth/gsis';
import { consoleRoutes } from './routes/console/console';
import { healthRoutes } from './routes/health/health';
import { holdRoutes } from './routes/holds/holds';
import { manageRoutes } from './routes/manage/manage';
import { shortLinkRoutes } from './routes/shortLinks/shortLinks';
import { municipalityRoutes } from './routes/municipalities/municipalities';
import { sessionRoutes } from './routes/session/session';
import { openApiRoutes } from './openapi/routes';
import type { AppDeps } from './deps';

export interface AppOptions {
  /** Extra development pages mounted before the API (mail viewer). */
  devMiddleware?: Koa.Middleware[];
  /** Follows whether the database answers (shared with the scheduler in `npm start`); default: one of the app's own, logging through its logger. */
  database?: DatabaseWatch;
}

const STAND_IN_PATHS = { gsis: '/dev/gsis', 'gsis-gov': '/dev/gsis-gov' } as const;

function gsisClients(config: Config): Record<'gsis' | 'gsis-gov', GsisClient> {
  const base = (provider: 'gsis' | 'gsis-gov', configured?: string) => configured ?? `${config.publicUrl}${STAND_IN_PATHS[provider]}`;
  return {
    gsis: createGsisClient({
      baseUrl: base('gsis', config.GSIS_BASE_URL),
      audience: 'citizens',
      clientId: config.GSIS_CLIENT_ID,
      clientSecret: config.GSIS_CLIENT_SECRET,
      redirectUri: `${config.publicUrl}/auth/gsis/callback`,
    }),
    'gsis-gov': createGsisClient({
      baseUrl: base('gsis-gov', config.GSIS_GOV_BASE_URL),
      audience: 'public-sector',
      clientId: config.GSIS_GOV_CLIENT_ID,
      clientSecret: config.GSIS_GOV_CLIENT_SECRET,
      redirectUri: `${config.publicUrl}/auth/gsis-gov/callback`,
    }),
  };
}

/**
 * The local GSIS stand-ins, unless real GSIS services are configured. Each
 * answers only its own family of paths, as GSIS does; GSIS_STANDIN_ODD_SHAPES=on
 * makes their userinfo use every odd shape real GSIS answers come in.
 */
function standIns(config: Config): Koa.Middleware[] {
  const list: Koa.Middleware[] = [];
  const oddShapes = config.GSIS_STANDIN_ODD_SHAPES === 'on';
  if (!config.GSIS_BASE_URL) {
    list.push(
      createGsisStandInMiddleware({
        audience: 'citizens',
        oddShapes,
        basePath: STAND_IN_PATHS.gsis,
        title: 'Taxisnet — τοπικό υποκατάστατο / local stand-in',
        people: DEMO_CITIZENS,
        clients: [{ clientId: config.GSIS_CLIENT_ID, clientSecret: config.GSIS_CLIENT_SECRET, redirectUris: [`${config.publicUrl}/auth/gsis/callback`] }],
      }),
    );
  }
  if (!config.GSIS_GOV_BASE_URL) {
    list.push(
      createGsisStandInMiddleware({
        audience: 'public-sector',
        oddShapes,
        basePath: STAND_IN_PATHS['gsis-gov'],
        title: 'ΓΓΠΣ Δημοσίου — τοπικό υποκατάστατο / public-sector stand-in',
        people: DEMO_EMPLOYEES,
        clients: [{ clientId: config.GSIS_GOV_CLIENT_ID, clientSecret: config.GSIS_GOV_CLIENT_SECRET, redirectUris: [`${config.publicUrl}/auth/gsis-gov/callback`] }],
      }),
    );
  }
  return list;
}

/** How long a "down" waits to see whether the process is stopping (see watchDatabaseLogged). */
const DOWN_SETTLE_MS = 500;

/**
 * Whether the database answers, logged once per change of state (down with
 * why, then back). With `isStopping`, a "down" is logged only if the process is
 * not stopping a moment later: Ctrl-C reaches an embedded PostgreSQL of the
 * same process group too, and it may drop its connections before this process
 * hears the signal. That is no outage; a blip shorter than the moment is none
 * either.
 */
export function watchDatabaseLogged(knex: AppDeps['knex'], logger: Logger, opts: { isStopping?: () => boolean } = {}): DatabaseWatch {
  let downLogged = false;
  let pendingDown: ReturnType<typeof setTimeout> | undefined;
  const logDown = (change: DatabaseChange & { state: 'down' }) => {
    downLogged = true;
    logger.error({ databaseDown: change.reason }, describeDatabaseChange(change));
  };
  return watchDatabase(knex, {
    onChange: (change) => {
      if (change.state === 'up') {
        if (pendingDown) clearTimeout(pendingDown);
        pendingDown = undefined;
        if (downLogged) logger.info(describeDatabaseChange(change));
        downLogged = false;
        return;
      }
      const isStopping = opts.isStopping;
      if (!isStopping) return logDown(change);
      pendingDown = setTimeout(() => {
        pendingDown = undefined;
        if (!isStopping()) logDown(change);
      }, DOWN_SETTLE_MS);
      pendingDown.unref();
    },
  });
}

export function createApp(baseDeps: Omit<AppDeps, 'linkSecret'> & { linkSecret?: string }, options: AppOptions = {}): Koa {
  // One monitor per app: /readyz, the video routes and /metrics share its once-per-change log.
  const videoHealth = baseDeps.videoHealth ?? watchVideoHealth(defaultVideoCheck(baseDeps), baseDeps.logger);
  const deps: AppDeps = { ...baseDeps, linkSecret: baseDeps.linkSecret ?? baseDeps.config.LINK_SECRET, videoHealth };
  const { config, knex } = deps;
  const production = config.NODE_ENV === 'production';
  // X-Forwarded-For counts only from the proxies TRUST_PROXY names (clientIp), never through Koa's `proxy`.
  const app = new Koa({ proxy: false });
  const sessions = new Sessions(knex, {
    idleMinutes: config.SESSION_IDLE_MINUTES,
    absoluteHours: config.SESSION_ABSOLUTE_HOURS,
    secureCookies: production,
    now: deps.now,
  });
  const per = (points: number) => Math.ceil(points * config.RATE_LIMIT_MULTIPLIER);
  const limits = {
    signIn: rateLimit(knex, { name: 'sign_in', points: per(20), durationSeconds: 60 }),
    booking: rateLimit(knex, { name: 'booking', points: per(30), durationSeconds: 60 }),
    email: rateLimit(knex, { name: 'email', points: per(10), durationSeconds: 60 }),
  };

  app.use(clientIp(config.TRUST_PROXY));
  const metrics = createMetrics(videoHealth);
  app.use(requestLog(deps.logger));
  app.use(metrics.middleware);
  app.use(errorHandler(deps.logger, options.database ?? watchDatabaseLogged(knex, deps.logger)));
  app.use(securityHeaders({ livekitUrl: config.LIVEKIT_URL, production }));
  app.use(staticWeb(path.join(REPO_ROOT, 'web', 'dist')));
  for (const mw of [...standIns(config), ...(options.devMiddleware ?? [])]) app.use(mw);
  app.use(skipBodyParserFor(VIDEO_WEBHOOK_PATH)); // the webhook's signature covers the raw body
  app.use(bodyParser({ enableTypes: ['json', 'form'], jsonLimit: '100kb' }));
  app.use(sessionMiddleware(sessions));
  app.use(resolveActor(knex));
  // Staff act for one municipality at a time, kept in the session: every answer says which,
  // so that a page left open in another tab notices a switch (web/src/api/queryClient.ts).
  app.use(async (ctx, next) => {
    const actor = ctx.state.actor;
    if (actor?.kind === 'employee' && actor.municipalityId) ctx.set('X-Acting-Municipality', actor.municipalityId);
    await next();
  });
  app.use(csrfProtection((p) => p.startsWith('/dev/') || p === VIDEO_WEBHOOK_PATH || p.startsWith('/api/v1/join/') || p.startsWith('/api/v1/calls/') || p.startsWith('/api/v1/manage/')));
  app.use(async (ctx, next) => {
    const limit = limitFor(ctx.method, ctx.path);
    return limit ? limits[limit](ctx, next) : next();
  });

  const routers = [
    healthRoutes(deps),
    sessionRoutes(deps, sessions),
    gsisRoutes(deps, sessions, gsisClients(config)),
    municipalityRoutes(deps),
    holdRoutes(deps),
    appointmentRoutes(deps),
    manageRoutes(deps),
    shortLinkRoutes(deps),
    consoleRoutes(deps),
    videoRoutes(deps),
    adminRoutes(deps),
    openApiRoutes(),
    metricsRoutes(config, metrics),
  ];
  for (const r of routers) app.use(r.routes()).use(r.allowedMethods());
  return app;
}
