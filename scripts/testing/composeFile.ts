// docker/compose.yml as compose reads it: YAML with merge keys, then
// ${VAR} / ${VAR:-default} / ${VAR:?error} interpolation from docker/.env as
// scripts/make-env.mjs writes it. Shared by the compose tests.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@muni/appointments';

export const COMPOSE_PATH = path.join(REPO_ROOT, 'docker/compose.yml');
export const composeText = () => readFileSync(COMPOSE_PATH, 'utf8');

const random = (length: number) => randomBytes(length).toString('base64url').slice(0, length);

/** The variables of a fresh docker/.env from scripts/make-env.mjs. */
export function makeEnv(): Record<string, string> {
  const text = execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/make-env.mjs')], { encoding: 'utf8' });
  const entries = text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

/** What the operator fills in: the GSIS registrations. */
export const withGsis = (env: Record<string, string>): Record<string, string> => ({
  ...env,
  GSIS_BASE_URL: 'https://gsis.example.gr',
  GSIS_CLIENT_ID: random(20),
  GSIS_CLIENT_SECRET: random(40),
  GSIS_GOV_BASE_URL: 'https://gsis-gov.example.gr',
  GSIS_GOV_CLIENT_ID: random(20),
  GSIS_GOV_CLIENT_SECRET: random(40),
});

/** compose's interpolation of one string (unset or empty fails `:?`). */
export function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, op?: string, arg?: string) => {
    const v = env[name] ?? '';
    if (op === '?' && !v) throw new Error(`${name}: ${arg}`);
    return v || (op === '-' ? arg! : '');
  });
}

function interpolateAll(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((v) => interpolateAll(v, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateAll(v, env)]));
  }
  return value;
}

export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

export interface ComposeFile {
  name: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  [extension: `x-${string}`]: unknown;
}

/** The compose model after YAML merge keys and interpolation (extension fields dropped as compose does). */
export function loadCompose(env: Record<string, string>): ComposeFile {
  const raw = parse(composeText(), { merge: true }) as Record<string, unknown>;
  const model = Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith('x-')));
  return interpolateAll(model, env) as ComposeFile;
}
