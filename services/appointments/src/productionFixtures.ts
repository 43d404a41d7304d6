// Settings for tests of the production checks (the start script, the scheduler
// process, the checks themselves): what the defaults are refused for, and a set
// of safe values. Test support only, imported as '@muni/appointments/production-fixtures'.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT, SETTING_NAMES } from './config';

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

/**
 * Runs one of our processes (`node --import tsx <script>` from the repository
 * root) with none of the service's settings from this environment but `env`,
 * and names starting with `dropPrefixes` removed too; killed after 60 s.
 */
export function runWithOnlySettings(
  script: string,
  env: Record<string, string>,
  dropPrefixes: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(clean)) if ((SETTING_NAMES as readonly string[]).includes(name) || dropPrefixes.some((p) => name.startsWith(p))) delete clean[name];
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}
