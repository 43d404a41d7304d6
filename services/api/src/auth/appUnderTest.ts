/**
 * For tests that need what the shared harness does not offer: their own
 * logger (to read what the app logs) or other settings such as
 * NODE_ENV=production. A real app over a fresh database with the demo data,
 * on a loopback port. Test-only; imports vitest.
 */
import type { AddressInfo } from 'node:net';
import { seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '@muni/appointments';
import { ApiClient } from '../testing/apiClient';

export interface AppUnderTest {
  url: string;
  knex: Knex;
  client(): ApiClient;
  signIn(provider: 'gsis' | 'gsis-gov', taxId: string): Promise<ApiClient>;
}

export function useAppUnderTest(opts: { env?: Record<string, string>; logger: Logger; now?: () => Date }): AppUnderTest {
  const db = useTestDatabase();
  const t = {} as AppUnderTest;
  let close = async () => {};
  beforeAll(async () => {
    await seedDemoData(db.knex);
    // The public URL must name the port before the app exists (redirect URIs), so reserve one first.
    const { createServer } = await import('node:http');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), RATE_LIMIT_MULTIPLIER: '1000', ...opts.env } as NodeJS.ProcessEnv);
    const app = createApp({ knex: db.knex, config, logger: opts.logger, now: opts.now ?? (() => new Date()) });
    server.on('request', app.callback());
    t.url = `http://127.0.0.1:${port}`;
    t.knex = db.knex;
    close = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
  });
  afterAll(() => close());
  t.client = () => new ApiClient(t.url);
  t.signIn = (provider, taxId) => t.client().signIn(provider, taxId);
  return t;
}
