import { type ChildProcess, spawn } from 'node:child_process';
import type { PostgresBinaries } from './binaries';

/** Whom PostgreSQL runs as when we are root (it refuses to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
}

export interface ProcessOptions {
  runAs?: RunAs;
  /** Every output line, for the log and for error messages. */
  onLine: (line: string) => void;
}

// The messages we wait for are matched in English.
const ENV = { ...process.env, LC_MESSAGES: 'C' };

function spawnPg(binary: string, args: string[], opts: ProcessOptions): ChildProcess {
  // cwd '/': the postgres user may not be allowed into ours.
  const child = spawn(binary, args, { cwd: '/', env: ENV, stdio: ['ignore', 'pipe', 'pipe'], ...opts.runAs });
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) opts.onLine(line);
    });
    stream.on('end', () => rest.trim() && opts.onLine(rest));
  }
  return child;
}

/** Runs initdb; rejects with the reason (spawn failure or exit code). */
export function initdb(bins: PostgresBinaries, dataDir: string, args: string[], opts: ProcessOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnPg(bins.initdb, [`--pgdata=${dataDir}`, '--lc-messages=C', ...args], opts);
    child.once('error', reject);
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb ended with ${code ?? signal}`))));
  });
}

const running = new Set<ChildProcess>();
// Should we exit without stopping a cluster (a crash, process.exit), it still
// gets the fast-shutdown signal rather than living on holding its port.
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

export interface PostgresProcess {
  /** The postmaster's process id. */
  pid: number;
  /** Settles when the server has exited, with how ("exit code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Starts the server and resolves once it accepts connections. */
export function startPostgres(bins: PostgresBinaries, dataDir: string, args: string[], opts: ProcessOptions): Promise<PostgresProcess> {
  return new Promise((resolve, reject) => {
    let ready = false;
    const child = spawnPg(bins.postgres, ['-D', dataDir, ...args], {
      ...opts,
      onLine: (line) => {
        opts.onLine(line);
        if (!ready && line.includes('database system is ready to accept connections')) {
          ready = true;
          resolve({ pid: child.pid!, exited, stop });
        }
      },
    });
    running.add(child);
    const exited = new Promise<string>((done) =>
      child.once('close', (code, signal) => {
        running.delete(child);
        if (!ready) reject(new Error(`postgres ended with ${code ?? signal} before accepting connections`));
        done(signal ? `signal ${signal}` : `exit code ${code}`);
      }),
    );
    child.once('error', (err) => {
      running.delete(child);
      if (!ready) reject(err);
    });
    async function stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
      // Immediate shutdown if a fast one hangs; the next start recovers.
      const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      await exited;
      clearTimeout(timer);
    }
  });
}
