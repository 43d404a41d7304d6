// What a production start refuses. Each rule closes a way in that works in
// development on purpose: the GSIS stand-in signs anyone in as any demo
// person, the local LiveKit and the link secret use published keys, and the
// local mail catcher shows every e-mail (join links included) at /dev/mail.
// README.md's "Going live" lists the same rules.
import { DEV_API_KEY, DEV_API_SECRET } from '@muni/livekit';
import { type Config, ConfigError, DEVELOPMENT_DEFAULTS, readConfig } from './config';

/**
 * Every secret-like value that appears in this repository, now or in its
 * history: development defaults, the values the Docker files once carried,
 * and test values. Anyone can read them, so production refuses each of them
 * as a key, secret or client id. productionChecks.test.ts scans the
 * repository and fails when a new one is missing here.
 */
export const PUBLISHED_VALUES: ReadonlySet<string> = new Set([
  ...Object.values(DEVELOPMENT_DEFAULTS),
  // The local LiveKit (services/livekit/src/launcher.ts); also livekit-server's own --dev keys.
  DEV_API_KEY,
  DEV_API_SECRET,
  // docker/compose.yml and docker/livekit.yaml before the secrets moved to docker/.env.
  'dev-only-livekit-secret-change-me-0123456789',
  'compose-local-link-secret-change-me-0123456789',
  'muni-dev-password',
  // Tests and benchmarks.
  'test-link-secret',
  'test-secret',
  'bench-secret',
  'worker-test-link-secret-of-enough-length',
  'scheduler-main-test-link-secret-0123456789',
  'a-long-random-production-secret-0123456789',
  'muni',
  'muni-appointments',
  'someone-else',
  'wrong',
  'nope',
  'x',
  'not-the-secret',
]);

const MIN_LINK_SECRET_BYTES = 32;
const MIN_LIVEKIT_SECRET_CHARS = 32; // livekit-server's own minimum

const published = (value: string | undefined) => value !== undefined && PUBLISHED_VALUES.has(value.trim());
const unset = (value: string | undefined) => !value?.trim();

type Checked = Pick<
  Config,
  | 'GSIS_BASE_URL'
  | 'GSIS_CLIENT_ID'
  | 'GSIS_CLIENT_SECRET'
  | 'GSIS_GOV_BASE_URL'
  | 'GSIS_GOV_CLIENT_ID'
  | 'GSIS_GOV_CLIENT_SECRET'
  | 'LIVEKIT_URL'
  | 'LIVEKIT_API_KEY'
  | 'LIVEKIT_API_SECRET'
  | 'LINK_SECRET'
  | 'SMTP_URL'
>;

/**
 * Why these settings are unsafe for production: one line per setting, each
 * starting with the setting's name; empty when they are safe. Pure: the
 * caller decides that the process runs in production.
 */
export function productionProblems(config: Checked): string[] {
  const problems: string[] = [];

  for (const [base, id, secret, who] of [
    ['GSIS_BASE_URL', 'GSIS_CLIENT_ID', 'GSIS_CLIENT_SECRET', 'citizens'],
    ['GSIS_GOV_BASE_URL', 'GSIS_GOV_CLIENT_ID', 'GSIS_GOV_CLIENT_SECRET', 'employees'],
  ] as const) {
    if (unset(config[base])) {
      problems.push(`${base} is not set: the local GSIS stand-in would let anyone sign in as a demo person; set the address of the GSIS OAuth2 service for ${who}.`);
    }
    if (published(config[id])) problems.push(`${id} is unset or a development value: set the client id GSIS registered for this service.`);
    if (published(config[secret])) problems.push(`${secret} is unset or a development value: set the client secret GSIS issued for this service.`);
  }

  // No local LiveKit in production: the one `npm start` would launch uses the published dev keys.
  const noLocal = 'production starts no local LiveKit;';
  if (unset(config.LIVEKIT_URL)) problems.push(`LIVEKIT_URL is not set: ${noLocal} set the wss:// address of your LiveKit server.`);
  const newPair = 'generate a new key pair (livekit-server generate-keys).';
  if (unset(config.LIVEKIT_API_KEY)) problems.push(`LIVEKIT_API_KEY is not set: ${noLocal} set your LiveKit server's API key.`);
  else if (published(config.LIVEKIT_API_KEY)) problems.push(`LIVEKIT_API_KEY is a development value published in this repository: ${newPair}`);
  if (unset(config.LIVEKIT_API_SECRET)) problems.push(`LIVEKIT_API_SECRET is not set: ${noLocal} set your LiveKit server's API secret.`);
  else if (published(config.LIVEKIT_API_SECRET)) problems.push(`LIVEKIT_API_SECRET is a development value published in this repository: ${newPair}`);
  else if (config.LIVEKIT_API_SECRET!.trim().length < MIN_LIVEKIT_SECRET_CHARS) {
    problems.push(`LIVEKIT_API_SECRET is shorter than ${MIN_LIVEKIT_SECRET_CHARS} characters: ${newPair}`);
  }

  if (published(config.LINK_SECRET)) problems.push('LINK_SECRET is a value published in this repository: set a long random value (openssl rand -base64 48).');
  else if (Buffer.byteLength(config.LINK_SECRET.trim(), 'utf8') < MIN_LINK_SECRET_BYTES) {
    problems.push(`LINK_SECRET is shorter than ${MIN_LINK_SECRET_BYTES} bytes: set a long random value (openssl rand -base64 48).`);
  }

  if (unset(config.SMTP_URL)) {
    problems.push('SMTP_URL is not set: production has no local mail catcher (nor its /dev/mail page); set your SMTP server, e.g. smtps://user:pass@smtp.example.gr:465.');
  }
  return problems;
}

/**
 * The settings of a process that serves people (`npm start`, the scheduler):
 * throws a ConfigError listing every invalid setting and, in production,
 * every unsafe one, so that one start shows all there is to fix.
 */
export function loadServiceConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { problems, invalid, config } = readConfig(env);
  const unsafe = config?.NODE_ENV === 'production' ? productionProblems(config) : [];
  // A setting already reported as invalid is checked at its default here: say it once.
  const all = [...problems, ...unsafe.filter((p) => !invalid.some((name) => p.startsWith(`${name} `)))];
  if (all.length || !config) throw new ConfigError(all);
  return config;
}
