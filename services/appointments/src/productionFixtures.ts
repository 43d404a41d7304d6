// Settings for tests of the production checks (the start script, the scheduler
// process, the checks themselves): what the defaults are refused for, and a set
// of safe values. Test support only, imported as '@muni/appointments/production-fixtures'.
import { randomBytes } from 'node:crypto';

export const randomSecret = (length: number) => randomBytes(length).toString('base64url').slice(0, length);

/** The settings production refuses when nothing is set, in the order they are reported. */
export const REFUSED_DEFAULTS = [
  'GSIS_BASE_URL',
  'GSIS_CLIENT_ID',
  'GSIS_CLIENT_SECRET',
  'GSIS_GOV_BASE_URL',
  'GSIS_GOV_CLIENT_ID',
  'GSIS_GOV_CLIENT_SECRET',
  'LIVEKIT_URL',
  'LIVEKIT_API_KEY',
  'LIVEKIT_API_SECRET',
  'LINK_SECRET',
  'SMTP_URL',
] as const;

/** Fresh random values for every setting production checks: they pass. */
export function safeProductionSettings(): Record<(typeof REFUSED_DEFAULTS)[number], string> {
  return {
    GSIS_BASE_URL: 'https://gsis.example.gr',
    GSIS_CLIENT_ID: randomSecret(20),
    GSIS_CLIENT_SECRET: randomSecret(40),
    GSIS_GOV_BASE_URL: 'https://gsis-gov.example.gr',
    GSIS_GOV_CLIENT_ID: randomSecret(20),
    GSIS_GOV_CLIENT_SECRET: randomSecret(40),
    LIVEKIT_URL: 'wss://video.example.gr',
    LIVEKIT_API_KEY: `API${randomSecret(12)}`,
    LIVEKIT_API_SECRET: randomSecret(48),
    LINK_SECRET: randomSecret(48),
    SMTP_URL: 'smtp://127.0.0.1:1',
  };
}
