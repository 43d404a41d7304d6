// The standalone scheduler process with NODE_ENV=production: it refuses the
// shipped development settings before it connects to anything, and gets past
// the checks with safe ones.
import { REFUSED_DEFAULTS, runWithOnlySettings, safeProductionSettings } from '@muni/appointments/production-fixtures';
import { freePort } from '@muni/db';
import { describe, expect, it } from 'vitest';


const runScheduler = (env: Record<string, string>) => runWithOnlySettings('scheduler/src/main.ts', env, ['SCHEDULER_']);

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
