// NEEDS ROOT. Where the embedded PostgreSQL's data goes when we are root and
// it runs as the postgres user (no cluster is started here; the whole start
// from a folder only root may enter is in scripts/start/rootOnlyFolder.test.ts).
// Without root this file is skipped with a warning; with CI set it runs regardless.
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../errors';
import { canEnter, placeDataDir, postgresAccount } from './asRoot';

const runs = process.getuid?.() === 0 || Boolean(process.env.CI);
if (!runs) console.warn('⚠ services/db/src/embedded/asRoot.test.ts needs root: skipped (it runs under CI, which runs as root).');

describe.runIf(runs)('the data folder as root', () => {
  const cleanup: string[] = [];
  afterEach(() => {
    for (const p of cleanup.splice(0)) rmSync(p, { recursive: true, force: true });
  });
  afterAll(async () => {
    // The postgres user's folder for relocated clusters, when this file made it.
    const shared = path.join((await postgresAccount()).home, 'muni-video-appointments');
    if (existsSync(shared) && readdirSync(shared).length === 0) rmSync(shared, { recursive: true });
  });
  /** A folder only root may enter. */
  const closedFolder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'muni-closed-'));
    chmodSync(dir, 0o700);
    cleanup.push(dir);
    return dir;
  };

  it('stays in place when only DATA_DIR itself is closed: others may pass through it, the cluster folder is the postgres user\'s', async () => {
    const account = await postgresAccount();
    const dataDir = path.join(closedFolder(), 'postgres');
    expect(await placeDataDir(account, dataDir)).toEqual({ clusterDir: dataDir });
    expect(statSync(path.dirname(dataDir)).mode & 0o777).toBe(0o711);
    expect(statSync(dataDir).uid).toBe(account.uid);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(await canEnter(account, dataDir)).toBe(true);
  });

  it('behind a closed folder, keeps the cluster in the postgres user\'s home and links DATA_DIR/postgres to it', async () => {
    const account = await postgresAccount();
    const dataDir = path.join(closedFolder(), 'data', 'postgres');
    const placed = await placeDataDir(account, dataDir);
    expect(placed.linkedFrom).toBe(dataDir);
    expect(placed.clusterDir.startsWith(path.join(account.home, 'muni-video-appointments') + path.sep)).toBe(true);
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dataDir)).toBe(placed.clusterDir);
    // The next start follows the link.
    expect(await placeDataDir(account, dataDir)).toEqual(placed);

    // The link removed while that data is still there: say so, never reuse or delete it silently.
    mkdirSync(placed.clusterDir, { recursive: true });
    cleanup.push(placed.clusterDir);
    writeFileSync(path.join(placed.clusterDir, 'PG_VERSION'), '18\n');
    unlinkSync(dataDir);
    const refused = await placeDataDir(account, dataDir).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as Error).message).toBe(
      `The data of an earlier start with this DATA_DIR is in ${placed.clusterDir}, but the link ${dataDir} to it is gone: restore it (ln -s ${placed.clusterDir} ${dataDir}) to keep that data, or delete ${placed.clusterDir} to start afresh.`,
    );
  });

  it('refuses, in one line, data the postgres user cannot reach that would have to be moved', async () => {
    const account = await postgresAccount();
    const dataDir = path.join(closedFolder(), 'data', 'postgres');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'PG_VERSION'), '18\n');
    const refused = await placeDataDir(account, dataDir).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(StartupError);
    expect((refused as Error).message).toMatch(new RegExp(`^The postgres user, .* cannot enter ${dataDir} .*: move that folder to a place it can reach and set DATA_DIR there\\.$`));
  });
});
