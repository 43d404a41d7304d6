// `npm start` with NODE_ENV=production: the real process, refusing the
// shipped development settings before it starts anything, and getting past
// the checks with safe ones.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REFUSED_DEFAULTS, runWithOnlySettings, safeProductionSettings } from '@muni/appointments/production-fixtures';
import { freePort } from '@muni/db';
import { afterAll, describe, expect, it } from 'vitest';


const runStart = (env: Record<string, string>) => runWithOnlySettings('scripts/start.ts', env);

const dataDir = mkdtempSync(path.join(tmpdir(), 'muni-start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Production with nothing else set, on free ports and a throw-away data folder in case something did start. */
async function bareProduction(): Promise<Record<string, string>> {
  return { NODE_ENV: 'production', DATA_DIR: dataDir, PORT: String(await freePort()), PG_PORT: String(await freePort()), MAIL_CATCHER_PORT: String(await freePort()) };
}

describe('npm start in production', () => {
  it('refuses the default settings: one line per problem naming the setting, exit 1, nothing started', async () => {
    const { code, stdout, stderr } = await runStart(await bareProduction());
    expect(code, stderr).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.map((l) => /^✖ ([A-Z_]+) /.exec(l)?.[1])).toEqual([...REFUSED_DEFAULTS]);
    expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(stdout).toBe(''); // no "• database: …" or any other part started
    expect(readdirSync(dataDir)).toEqual([]); // the embedded PostgreSQL did not start
  }, 90_000);

  it('gets past the checks with safe settings (and then fails for the unreachable database)', async () => {
    const closedPort = await freePort();
    const { code, stderr } = await runStart({
      ...(await bareProduction()),
      ...safeProductionSettings(),
      DATABASE_URL: `postgres://muni:muni@127.0.0.1:${closedPort}/muni`,
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^✖ Cannot use the database in DATABASE_URL \(.*ECONNREFUSED/)]);
  }, 90_000);
});
