import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Which peers may tell the client's address in X-Forwarded-For: a hop count
 * (how many proxies stand in front), or the proxies' addresses and CIDRs
 * (`loopback`, `linklocal` and `uniquelocal` name their ranges). Unset: none,
 * the socket's address is the client's.
 */
export type TrustProxy = number | string[];

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const trustProxy = z
  .string()
  .transform((value, ctx): TrustProxy => {
    const v = value.trim();
    if (/^\d+$/.test(v)) return Number(v);
    const entries = v.split(',').map((e) => e.trim());
    const wrong = entries.filter((e) => !isProxyAddress(e));
    if (wrong.length) ctx.addIssue({ code: 'custom', message: `expected a hop count, or addresses/CIDRs separated by commas (or loopback); not ${wrong.map((w) => JSON.stringify(w)).join(', ')}` });
    return entries;
  })
  .optional();

/**
 * Defaults that let `npm start` work with nothing set. They are public (they
 * are in this file), so production refuses them: see productionChecks.ts.
 */
export const DEVELOPMENT_DEFAULTS = {
  GSIS_CLIENT_ID: 'muni-dev',
  GSIS_CLIENT_SECRET: 'muni-dev-secret',
  GSIS_GOV_CLIENT_ID: 'muni-gov-dev',
  GSIS_GOV_CLIENT_SECRET: 'muni-gov-dev-secret',
  LINK_SECRET: 'dev-only-link-secret-change-me',
} as const;

// Every setting the service reads, with its default. The README lists them.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('localhost'),
  PORT: port.default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  PG_PORT: port.default(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  TRUST_PROXY: trustProxy,
  GSIS_BASE_URL: z.string().optional(),
  GSIS_CLIENT_ID: z.string().default(DEVELOPMENT_DEFAULTS.GSIS_CLIENT_ID),
  GSIS_CLIENT_SECRET: z.string().default(DEVELOPMENT_DEFAULTS.GSIS_CLIENT_SECRET),
  GSIS_GOV_BASE_URL: z.string().optional(),
  GSIS_GOV_CLIENT_ID: z.string().default(DEVELOPMENT_DEFAULTS.GSIS_GOV_CLIENT_ID),
  GSIS_GOV_CLIENT_SECRET: z.string().default(DEVELOPMENT_DEFAULTS.GSIS_GOV_CLIENT_SECRET),
  // `on`: the local GSIS stand-ins answer userinfo in the odd shapes real GSIS uses (padding, character references…).
  GSIS_STANDIN_ODD_SHAPES: z.enum(['on', 'off']).default('off'),
  LIVEKIT_URL: z.string().optional(),
  LIVEKIT_API_KEY: z.string().optional(),
  LIVEKIT_API_SECRET: z.string().optional(),
  LIVEKIT_PORT: port.default(7880),
  // Where the API reaches LiveKit's RoomService when that differs from the URL browsers use (default: LIVEKIT_URL).
  LIVEKIT_INTERNAL_URL: z.string().optional(),
  // A join link works from this long before the start until this long after the end.
  JOIN_OPENS_MINUTES_BEFORE: z.coerce.number().int().min(0).default(15),
  JOIN_GRACE_MINUTES: z.coerce.number().int().min(0).default(30),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Ραντεβού Δήμων <no-reply@localhost>'),
  MAIL_CATCHER_PORT: port.default(1025),
  // Texts (SMS) through a provider's HTTP API; unset: the local catcher at /dev/sms in development, no texts in production.
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_FORMAT: z.enum(['json', 'form']).default('json'),
  // The body with {to} {text} {from} {id} placeholders (default: a JSON or form body with to, text, from, reference).
  SMS_GATEWAY_BODY: z.string().optional(),
  SMS_GATEWAY_USERNAME: z.string().optional(),
  SMS_GATEWAY_PASSWORD: z.string().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  // Alphanumeric sender (up to 11 letters and digits) or a number.
  SMS_FROM: z.string().regex(/^([A-Za-z0-9]{1,11}|\+?\d{3,15})$/, 'up to 11 Latin letters and digits, or a phone number').default('Rantevou'),
  LINK_SECRET: z.string().min(16).default(DEVELOPMENT_DEFAULTS.LINK_SECRET),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
  RETENTION_DAYS: z.coerce.number().int().min(30).default(365),
  // In production /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>` (unset: no /metrics at all).
  METRICS_TOKEN: z.string().min(16).optional(),
  // `auto`: into an empty database, except in production; `on`: into an empty database, even in production.
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
});

export type Config = z.infer<typeof schema> & {
  publicUrl: string;
  /** Whether start-up loads the demo municipalities into an empty database (from DEMO_DATA and NODE_ENV). */
  loadsDemoData: boolean;
};

/** The names of every setting (for tests that start a process with a clean environment). */
export const SETTING_NAMES = Object.keys(schema.shape) as (keyof z.infer<typeof schema>)[];

/** Settings a person got wrong, one line each (every one, not only the first). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export interface ConfigReading {
  /** One line per invalid setting, naming it. */
  problems: string[];
  /** The names of the invalid settings. */
  invalid: string[];
  /** The settings with the invalid ones at their defaults (absent when even that does not parse). */
  config?: Config;
}

// Settings whose value differs from an empty string (compose passes `${VAR}` of an unset VAR as "").
function withoutBlanks(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
}

function finish(c: z.infer<typeof schema>): Config {
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`).replace(/\/$/, ''), loadsDemoData: demoDataLoads(c) };
}

/** Parses the settings without throwing, so that a caller can report every problem at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ConfigReading {
  const present = withoutBlanks(env);
  const parsed = schema.safeParse(present);
  if (parsed.success) return { problems: [], invalid: [], config: finish(parsed.data) };
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const problems = parsed.error.issues.map((i) => `Setting ${i.path.join('.')} is not valid: ${i.message}`);
  const rest = schema.safeParse(Object.fromEntries(Object.entries(present).filter(([k]) => !invalid.includes(k))));
  return { problems, invalid, config: rest.success ? finish(rest.data) : undefined };
}

/**
 * The settings, or a ConfigError listing every invalid one. This only parses:
 * a process that serves people starts with loadServiceConfig, which also
 * refuses unsafe settings in production.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { problems, config } = readConfig(env);
  if (problems.length || !config) throw new ConfigError(problems);
  return config;
}

/** `on` loads the demo municipalities into an empty database; `auto` too, except in production; `off` never. */
export function demoDataLoads(config: Pick<Config, 'DEMO_DATA' | 'NODE_ENV'>): boolean {
  return config.DEMO_DATA === 'on' || (config.DEMO_DATA === 'auto' && config.NODE_ENV !== 'production');
}
