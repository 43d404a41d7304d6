import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { useTestDatabase } from '@muni/db/testing';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@muni/appointments';
import { parseCommandLine, upsertPlatformAdmin } from './createPlatformAdmin';

const db = useTestDatabase();

describe('create-platform-admin', () => {
  it('validates the tax number and options', () => {
    expect(parseCommandLine(['--tax-id', '045123787', '--first-name', 'Νίκος'])).toEqual({ taxId: '045123787', firstName: 'Νίκος', lastName: undefined });
    expect(() => parseCommandLine([])).toThrow(/--tax-id/);
    expect(() => parseCommandLine(['--tax-id', '123456789'])).toThrow(/Not a valid Greek tax number/);
    expect(() => parseCommandLine(['--tax-id', '045123787', '--oops'])).toThrow();
  });

  it('creates the user, then updates it without losing names', async () => {
    const first = await upsertPlatformAdmin(db.knex, { taxId: '068933130', firstName: 'Σοφία', lastName: 'Βασιλείου' });
    expect(first.created).toBe(true);
    const again = await upsertPlatformAdmin(db.knex, { taxId: '068933130' });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await db.knex('users').where({ id: first.id }).first('platform_admin', 'first_name', 'last_name')).toEqual({ platform_admin: true, first_name: 'Σοφία', last_name: 'Βασιλείου' });
  });

  it('runs as the npm script does, against DATABASE_URL, printing one line', async () => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const run = (args: string[]) => promisify(execFile)(tsx, [path.join(REPO_ROOT, 'services/api/src/cli/createPlatformAdmin.ts'), ...args], { env: { ...process.env, DATABASE_URL: db.url }, cwd: REPO_ROOT });
    const { stdout } = await run(['--tax-id', '112233441', '--last-name', 'Κωνσταντινίδου']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/Created platform admin 112233441/);
    expect(await db.knex('users').where({ tax_id: '112233441' }).first('platform_admin')).toEqual({ platform_admin: true });
    await expect(run(['--tax-id', '123456789'])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Not a valid Greek tax number/) });
  }, 60_000);
});
