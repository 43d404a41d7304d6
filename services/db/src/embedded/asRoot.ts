// Running as root (a server, a container, CI): PostgreSQL refuses root, so it
// runs as the postgres user, who may be unable to enter the folders root uses,
// e.g. a clone under root's home (mode 700). What it must reach is then put
// where it can, rather than opening root's folders to other users:
// - the binaries: a root-owned copy in the temp folder (see binaries.ts);
// - the data: in the postgres user's home, with DATA_DIR/postgres a symbolic
//   link to it, so DATA_DIR still says where the data is and `ls -l` shows it.
// Root never writes inside the postgres user's folders: initdb (run as that
// user) creates the data folder there.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { chmod, chown, mkdir, rmdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../errors';
import type { RunAs } from './postgresProcess';

const run = promisify(execFile);

export interface PostgresAccount extends RunAs {
  home: string;
}

async function lookUp(): Promise<PostgresAccount | null> {
  try {
    const { stdout } = await run('getent', ['passwd', 'postgres']);
    const [, , uid, gid, , home] = stdout.trim().split(':');
    return { uid: Number(uid), gid: Number(gid), home: home ?? '' };
  } catch {
    return null;
  }
}

/** The postgres user, created (as a system user with a home) when missing. */
export async function postgresAccount(): Promise<PostgresAccount> {
  const found = await lookUp();
  if (found) return found;
  try {
    await run('groupadd', ['--system', 'postgres']).catch(async (err) => {
      if (!(await run('getent', ['group', 'postgres']).then(() => true, () => false))) throw err;
    });
    await run('useradd', ['--system', '--gid', 'postgres', '--create-home', 'postgres']);
  } catch (err) {
    const reason = ((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n')[0];
    throw new StartupError(`As root, the embedded PostgreSQL runs as a user named postgres, and creating it failed (${reason}): create that user, or start as another user.`);
  }
  const created = await lookUp();
  if (!created) throw new StartupError('The user postgres was created but cannot be looked up: start again.');
  return created;
}

/** Whether `account` can run `command args` (exit code 0), e.g. enter a folder. */
function succeedsAs(account: RunAs, command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: '/', stdio: 'ignore', uid: account.uid, gid: account.gid });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
}

/** Whether the account can enter `dir` (search permission on it and every folder above). */
export function canEnter(account: RunAs, dir: string): Promise<boolean> {
  return succeedsAs(account, '/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir]);
}

/** Whether the account can run this PostgreSQL (reach its bin/ and lib/). */
export function canRun(account: RunAs, postgresBinary: string): Promise<boolean> {
  return succeedsAs(account, postgresBinary, ['--version']);
}

/** Removes a folder in the postgres user's area as that user (root never deletes there). */
export async function removeAs(account: RunAs, dir: string): Promise<void> {
  await succeedsAs(account, 'rm', ['-rf', '--', dir]);
}

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

export interface DataPlacement {
  /** Where the cluster's files are: `dataDir` itself or the target of its link. */
  clusterDir: string;
  /** Set when the cluster lives in the postgres user's home, linked from `dataDir`. */
  linkedFrom?: string;
}

/**
 * Where the cluster for `dataDir` lives so that the postgres user reaches it,
 * preparing `dataDir` for initdb when it is used in place.
 */
export async function placeDataDir(account: PostgresAccount, dataDir: string): Promise<DataPlacement> {
  const stat = lstatOrNull(dataDir);
  if (stat?.isSymbolicLink()) {
    // Ours from an earlier start (or the user's own): the cluster is its target.
    return { clusterDir: path.resolve(path.dirname(dataDir), readlinkSync(dataDir)), linkedFrom: dataDir };
  }
  const parent = path.dirname(dataDir);
  if (stat && !isEmptyDir(dataDir)) {
    if (await canEnter(account, dataDir)) return { clusterDir: dataDir };
    throw new StartupError(
      `The postgres user, which the embedded PostgreSQL runs as under root, cannot enter ${dataDir} (a folder above it is closed to other users): move that folder to a place it can reach and set DATA_DIR there.`,
    );
  }
  await mkdir(parent, { recursive: true });
  let reachable = await canEnter(account, parent);
  if (!reachable && (await canEnter(account, path.dirname(parent)))) {
    // Only DATA_DIR itself is closed (a temp folder, say). It is the service's
    // own folder: letting others pass through it (not list it) is harmless.
    await chmod(parent, lstatSync(parent).mode | 0o011);
    reachable = await canEnter(account, parent);
  }
  if (reachable) {
    if (!stat) await mkdir(dataDir, { mode: 0o700 });
    await chown(dataDir, account.uid, account.gid);
    return { clusterDir: dataDir };
  }
  // A folder above is closed (root's home, say): keep the cluster in the
  // postgres user's home instead, one folder per DATA_DIR.
  if (!account.home || !(await canEnter(account, account.home))) {
    throw new StartupError(
      `The postgres user, which the embedded PostgreSQL runs as under root, cannot enter ${parent} and has no home folder to keep the data in: set DATA_DIR to a folder it can reach, or give it a home folder.`,
    );
  }
  const clusterDir = path.join(account.home, 'muni-video-appointments', `postgres-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
  if (existsSync(clusterDir) && !isEmptyDir(clusterDir)) {
    throw new StartupError(
      `The data of an earlier start with this DATA_DIR is in ${clusterDir}, but the link ${dataDir} to it is gone: restore it (ln -s ${clusterDir} ${dataDir}) to keep that data, or delete ${clusterDir} to start afresh.`,
    );
  }
  if (stat) await rmdir(dataDir); // an empty folder left by an earlier failed start
  await symlink(clusterDir, dataDir);
  return { clusterDir, linkedFrom: dataDir };
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}
