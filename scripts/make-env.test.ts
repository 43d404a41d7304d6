// docker/.env from scripts/make-env.mjs and docker/compose.yml fit together:
// the generated secrets and the operator's GSIS values give the app and the
// scheduler settings a production start accepts, and LiveKit the same pair.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadServiceConfig, PUBLISHED_VALUES, REPO_ROOT } from '@muni/appointments';
import { describe, expect, it } from 'vitest';

const random = (length: number) => randomBytes(length).toString('base64url').slice(0, length);

function makeEnv(): Record<string, string> {
  const text = execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/make-env.mjs')], { encoding: 'utf8' });
  const entries = text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

const compose = readFileSync(path.join(REPO_ROOT, 'docker/compose.yml'), 'utf8');

/** compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error} (unset or empty fails). */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
    const v = env[name] ?? '';
    if (op === '?' && !v) throw new Error(`${name}: ${arg}`);
    return v || (op === '-' ? arg! : '');
  });
}

/** The `NAME: value` lines of a block of compose.yml, from its header line to the next line as indented as it. */
function block(header: string, env: Record<string, string>): Record<string, string> {
  const lines = compose.split('\n');
  const start = lines.findIndex((l) => l.trim() === header);
  expect(start, header).toBeGreaterThanOrEqual(0);
  const indent = lines[start]!.search(/\S/);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() && line.search(/\S/) <= indent) break;
    const m = /^\s+([A-Z_]+): (.*)$/.exec(line);
    if (m) out[m[1]!] = interpolate(m[2]!.replace(/^"(.*)"$/, '$1'), env);
  }
  return out;
}

const withGsis = (env: Record<string, string>): Record<string, string> => ({
  ...env,
  GSIS_BASE_URL: 'https://gsis.example.gr',
  GSIS_CLIENT_ID: random(20),
  GSIS_CLIENT_SECRET: random(40),
  GSIS_GOV_BASE_URL: 'https://gsis-gov.example.gr',
  GSIS_GOV_CLIENT_ID: random(20),
  GSIS_GOV_CLIENT_SECRET: random(40),
});

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
    const settings = compose.split('\n').filter((line) => !line.trim().startsWith('#')); // compose does not interpolate comments
    const read = settings.flatMap((line) => [...line.matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !(name in env))).toEqual([]);
  });

  it('compose refuses to start until the operator fills in the GSIS lines', () => {
    expect(() => block('x-app-env: &app-env', makeEnv())).toThrow(/^GSIS_BASE_URL: fill in GSIS_BASE_URL in docker\/\.env/);
  });

  it('with them filled in, the app and the scheduler pass the production checks, and LiveKit gets their key pair', () => {
    const env = withGsis(makeEnv());
    const app = block('x-app-env: &app-env', env);
    const config = loadServiceConfig(app);
    expect(config.NODE_ENV).toBe('production');
    expect(config.loadsDemoData).toBe(false);
    expect(config.LIVEKIT_INTERNAL_URL).toBe('http://livekit:7880');
    expect(config.METRICS_TOKEN).toBe(env.METRICS_TOKEN);
    expect(config.DATABASE_URL).toBe(`postgres://muni:${env.POSTGRES_PASSWORD}@postgres:5432/muni`);
    const livekit = block('livekit:', env);
    expect(livekit.LIVEKIT_KEYS).toBe(`${env.LIVEKIT_API_KEY}: ${env.LIVEKIT_API_SECRET}`);
    expect(livekit.LIVEKIT_WEBHOOK_API_KEY).toBe(env.LIVEKIT_API_KEY);
    expect(block('postgres:', env).POSTGRES_PASSWORD).toBe(env.POSTGRES_PASSWORD);
  });
});
