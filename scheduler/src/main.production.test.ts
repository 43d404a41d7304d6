// The standalone scheduler process with NODE_ENV=production: it refuses the
// shipped development settings before it connects to anything, and gets past
// the checks with safe ones.
import { spawn } from 'node:child_process';
import { REPO_ROOT, SETTING_NAMES } from '@muni/appointments';
import { REFUSED_DEFAULTS, safeProductionSettings } from '@muni/appointments/production-fixtures';
import { freePort } from '@muni/db';
import { describe, expect, it } from 'vitest';


/** Runs `node --import tsx scheduler/src/main.ts` with none of our settings but `env`; kills it after 60 s. */
function runScheduler(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(clean)) if ((SETTING_NAMES as string[]).includes(name) || name.startsWith('SCHEDULER_')) delete clean[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'scheduler/src/main.ts'], { cwd: REPO_ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

describe('the scheduler process in production', () => {
  it('refuses the default settings: one line per problem naming the setting, exit 1, no stack trace', async () => {
    const { code, stdout, stderr } = await runScheduler({ NODE_ENV: 'production' });
    expect(code, stderr).toBe(1);
    expect(stderr.trim().split('\n').map((l) => /^\[scheduler\] ✖ ([A-Z_]+) /.exec(l)?.[1])).toEqual([...REFUSED_DEFAULTS]);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).not.toMatch(/started/);
  }, 90_000);

  it('gets past the checks with safe settings (and then fails for the unreachable database)', async () => {
    const closedPort = await freePort();
    const { code, stdout, stderr } = await runScheduler({
      NODE_ENV: 'production',
      ...safeProductionSettings(),
      DATABASE_URL: `postgres://muni:muni@127.0.0.1:${closedPort}/muni`,
    });
    expect(code).not.toBe(0);
    expect(stderr).not.toContain('✖');
    expect(`${stdout}${stderr}`).toMatch(new RegExp(`ECONNREFUSED 127\\.0\\.0\\.1:${closedPort}`));
  }, 90_000);
});
