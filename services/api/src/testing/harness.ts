import type { Server } from 'node:http';
import { freePort, seedDemoData } from '@muni/db';
import { useTestDatabase } from '@muni/db/testing';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app';
import type { AppDeps } from '../deps';
import { loadConfig } from '@muni/appointments';
import { ApiClient } from './apiClient';

export interface TestClock {
  now: Date;
  set(iso: string): void;
  advanceMinutes(m: number): void;
}

export interface ApiHarness {
  url: string;
  knex: ReturnType<typeof useTestDatabase>['knex'];
  clock: TestClock;
  /** A new browser-like client, not signed in. */
  client(): ApiClient;
  /** Signs in through the GSIS stand-in as the demo citizen with this tax id. */
  citizen(taxId?: string): Promise<ApiClient>;
  /** Signs in as a demo employee and picks the municipality (by slug) when given. */
  employee(taxId: string, municipalitySlug?: string): Promise<ApiClient>;
  municipality(slug: string): Promise<{ id: string; topics: { id: string; name_en: string; modes: string[] }[] }>;
}

/** What a test file may add to the app: LiveKit, and a fixed port (LiveKit's webhooks need it in advance). */
export interface HarnessExtras {
  port?: number;
  video?: AppDeps['video'];
  livekitPublicUrl?: string;
}

/**
 * A real API on a loopback port over a fresh database with the demo data; a frozen clock.
 * `extras` is read in beforeAll, after the hooks registered before this call (e.g. one starting LiveKit).
 */
export function useApiHarness(start = '2026-11-23T08:00:00Z', env: Record<string, string> = {}, extras?: () => HarnessExtras): ApiHarness {
  const db = useTestDatabase();
  let server: Server;
  const clock: TestClock = {
    now: new Date(start),
    set(iso) {
      this.now = new Date(iso);
    },
    advanceMinutes(m) {
      this.now = new Date(this.now.getTime() + m * 60_000);
    },
  };
  const h = { clock } as ApiHarness;
  beforeAll(async () => {
    await seedDemoData(db.knex);
    const extra = extras?.() ?? {};
    const port = extra.port ?? (await freePort());
    const config = loadConfig({ NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000', ...env } as NodeJS.ProcessEnv);
    const app = createApp({ knex: db.knex, config, logger: pino({ level: 'silent' }), now: () => clock.now, video: extra.video, livekitPublicUrl: extra.livekitPublicUrl });
    server = app.listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    h.url = `http://127.0.0.1:${port}`;
    h.knex = db.knex;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });
  h.client = () => new ApiClient(h.url);
  const signIn = (provider: 'gsis' | 'gsis-gov', taxId: string) => h.client().signIn(provider, taxId);
  h.citizen = (taxId = '045123787') => signIn('gsis', taxId);
  h.employee = async (taxId, slug) => {
    const c = await signIn('gsis-gov', taxId);
    if (slug) {
      const m = await h.municipality(slug);
      const r = await c.post('/api/v1/session/municipality', { municipalityId: m.id });
      if (r.status !== 200) throw new Error(`pick municipality failed: ${r.status}`);
    }
    return c;
  };
  h.municipality = async (slug) => {
    const m = await h.knex('municipalities').where({ slug }).first('id');
    const topics = await h.knex('topics').where({ municipality_id: m.id }).orderBy('name_en').select('id', 'name_en', 'modes');
    return { id: m.id, topics };
  };
  return h;
}
