// docker/.env from scripts/make-env.mjs and docker/compose.yml fit together:
// the generated secrets and the operator's GSIS values give the app and the
// scheduler settings a production start accepts, and LiveKit the same pair.
import { loadServiceConfig, PUBLISHED_VALUES } from '@muni/appointments';
import { describe, expect, it } from 'vitest';
import { composeText, loadCompose, makeEnv, withGsis } from './testing/composeFile';

describe('make-env and compose', () => {
  it('makes new random secrets each time, none of them published', () => {
    const [a, b] = [makeEnv(), makeEnv()];
    for (const name of ['POSTGRES_PASSWORD', 'LINK_SECRET', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET', 'METRICS_TOKEN']) {
      expect(a[name], name).toMatch(/^[A-Za-z0-9]{15,}$/);
      expect(a[name]).not.toBe(b[name]);
      expect(PUBLISHED_VALUES.has(a[name]!)).toBe(false);
    }
  });

  it('defines every variable compose.yml reads', () => {
    const env = makeEnv();
    const settings = composeText().split('\n').filter((line) => !line.trim().startsWith('#')); // compose does not interpolate comments
    const read = settings.flatMap((line) => [...line.matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !(name in env))).toEqual([]);
  });

  it('compose refuses to start until the operator fills in the GSIS lines', () => {
    expect(() => loadCompose(makeEnv())).toThrow(/^GSIS_BASE_URL: fill in GSIS_BASE_URL in docker\/\.env/);
  });

  it('with them filled in, every app and scheduler passes the production checks, and each LiveKit node gets their key pair', () => {
    const env = withGsis(makeEnv());
    const { services } = loadCompose(env);
    for (const name of ['app-a', 'app-b', 'scheduler-a', 'scheduler-b']) {
      const config = loadServiceConfig(services[name]!.environment!);
      expect(config.NODE_ENV, name).toBe('production');
      expect(config.loadsDemoData).toBe(false);
      expect(config.LIVEKIT_INTERNAL_URL).toBe('http://proxy:7880');
      expect(config.METRICS_TOKEN).toBe(env.METRICS_TOKEN);
      expect(config.DATABASE_URL).toBe(`postgres://muni:${env.POSTGRES_PASSWORD}@postgres:5432/muni`);
      expect(config.PUBLIC_URL).toBe('https://localhost');
      expect(config.TRUST_PROXY).toBe(1);
    }
    for (const name of ['livekit-1', 'livekit-2']) {
      const livekit = services[name]!.environment!;
      expect(livekit.LIVEKIT_KEYS, name).toBe(`${env.LIVEKIT_API_KEY}: ${env.LIVEKIT_API_SECRET}`);
      expect(livekit.LIVEKIT_WEBHOOK_API_KEY).toBe(env.LIVEKIT_API_KEY);
    }
    expect(services.postgres!.environment!.POSTGRES_PASSWORD).toBe(env.POSTGRES_PASSWORD);
  });
});
