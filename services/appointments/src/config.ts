import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(1).max(65535);

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
  GSIS_BASE_URL: z.string().optional(),
  GSIS_CLIENT_ID: z.string().default('muni-dev'),
  GSIS_CLIENT_SECRET: z.string().default('muni-dev-secret'),
  GSIS_GOV_BASE_URL: z.string().optional(),
  GSIS_GOV_CLIENT_ID: z.string().default('muni-gov-dev'),
  GSIS_GOV_CLIENT_SECRET: z.string().default('muni-gov-dev-secret'),
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
  LINK_SECRET: z.string().min(16).default('dev-only-link-secret-change-me'),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().positive().default(1),
  RETENTION_DAYS: z.coerce.number().int().min(30).default(365),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
});

export type Config = z.infer<typeof schema> & { publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Setting ${issue.path.join('.')} is not valid: ${issue.message}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && c.LINK_SECRET.startsWith('dev-only')) {
    throw new Error('Setting LINK_SECRET must be set to a long random value in production.');
  }
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`).replace(/\/$/, '') };
}
