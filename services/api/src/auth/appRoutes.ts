import type Koa from 'koa';
import knexFactory from 'knex';
import pino from 'pino';
import { createApp } from '../app';
import { loadConfig } from '@muni/appointments';

export interface AppRoute {
  method: string;
  /** The router's pattern, e.g. /api/v1/appointments/:id */
  path: string;
}

interface LayerLike {
  path: string;
  methods: string[];
}

/**
 * Every route the routers of a Koa app register (read from @koa/router's
 * dispatch middleware), HEAD folded into GET and router-level middleware
 * left out. The development stand-ins (/dev/...) are separate sites and not listed.
 */
export function routesOf(app: Koa): AppRoute[] {
  const seen = new Map<string, AppRoute>();
  for (const mw of app.middleware as Array<Koa.Middleware & { router?: { stack: LayerLike[] } }>) {
    for (const layer of mw.router?.stack ?? []) {
      if (layer.path.startsWith('/dev/')) continue;
      for (const method of layer.methods) {
        if (method === 'HEAD') continue;
        seen.set(`${method} ${layer.path}`, { method, path: layer.path });
      }
    }
  }
  return [...seen.values()];
}

/** The routes of the app as `createApp` builds it today (no database connection is opened). */
export async function listAppRoutes(): Promise<AppRoute[]> {
  const knex = knexFactory({ client: 'pg' });
  try {
    const app = createApp({ knex, config: loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv), logger: pino({ level: 'silent' }), now: () => new Date() });
    return routesOf(app);
  } finally {
    await knex.destroy();
  }
}
