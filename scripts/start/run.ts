// `npm start` after the Node.js check (scripts/start.ts): the whole service
// on one machine (see scripts/stack.ts). Every start-up problem prints one
// line saying what to do and exits non-zero, never a stack trace; in
// production, unsafe settings are refused before anything starts.
// Ctrl-C stops every part and keeps the data.
import path from 'node:path';
import { type Config, ConfigError, loadServiceConfig } from '@muni/appointments';
import { assertPortFree, StartupError } from '@muni/db';
import pg from 'pg';
import { type Stack, startStack } from '../stack';

let stack: Stack | undefined;
let stopping = false;
let ready = false;

async function checkDatabaseUrl(url: string) {
  // One plain client first, so a bad URL gives one line rather than a pool's stack trace.
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    await probe.end();
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    throw new StartupError(`Cannot use the database in DATABASE_URL (${reason}): check the URL, or unset DATABASE_URL to use the embedded PostgreSQL.`);
  }
}

async function checkPorts(config: Config) {
  const host = config.HOST === 'localhost' ? '127.0.0.1' : config.HOST;
  try {
    await assertPortFree(config.PORT, host);
  } catch {
    throw new StartupError(`Port ${config.PORT} is in use: stop what uses it or set PORT to a free port.`);
  }
  if (!config.SMTP_URL) {
    try {
      await assertPortFree(config.MAIL_CATCHER_PORT);
    } catch {
      throw new StartupError(`Port ${config.MAIL_CATCHER_PORT} for the local mail catcher is in use: set MAIL_CATCHER_PORT to a free port (or SMTP_URL to a real server).`);
    }
  }
}

async function main() {
  const config = loadServiceConfig(); // throws a ConfigError listing every problem
  await checkPorts(config);
  if (config.DATABASE_URL) await checkDatabaseUrl(config.DATABASE_URL);
  stack = await startStack({
    config,
    database: config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: path.join(config.DATA_DIR, 'postgres'), port: config.PG_PORT, persistent: true },
    log: (line) => console.log(`• ${line}`),
  });
  console.log('Ready. Press Ctrl-C to stop.');
  ready = true;
  if (stopping) await shutdown(0); // Ctrl-C came while starting
}

/** Ctrl-C ends the process within this long whatever has died or hangs (the embedded PostgreSQL still gets its fast-shutdown signal on exit). */
const STOP_DEADLINE_MS = 4000;

async function shutdown(code: number) {
  if (code === 0) console.log('\nStopping…');
  setTimeout(() => {
    console.error(`• stopping took over ${STOP_DEADLINE_MS / 1000} s: exiting without waiting further`);
    process.exit(code);
  }, STOP_DEADLINE_MS).unref();
  await stack?.stop();
  process.exit(code);
}

function onSignal() {
  if (stopping) return;
  stopping = true;
  if (ready) void shutdown(0);
}

// Ctrl-C reaches the embedded PostgreSQL too (same process group), so it may
// close before our pools and Agenda's LISTEN connection do. While stopping,
// a lost database connection is expected and not worth a stack trace.
// Before "Ready" a crash is a failed start (one line); afterwards a running
// service failed, and its stack trace is worth having.
function onCrash(err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  if (stopping && /Connection terminated|terminating connection|shutting down|ECONNRESET|ECONNREFUSED/.test(message)) return;
  if (ready) console.error(err);
  else console.error(`✖ Could not start: ${firstLine(message)}`);
  process.exit(1);
}
process.on('uncaughtException', onCrash);
process.on('unhandledRejection', onCrash);
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim())?.trim() ?? 'unknown error';
}

main().catch(async (err) => {
  if (err instanceof ConfigError) for (const problem of err.problems) console.error(`✖ ${problem}`);
  else if (err instanceof StartupError) console.error(`✖ ${firstLine(err.message)}`);
  else console.error(`✖ Could not start: ${firstLine((err as Error).message ?? String(err))} (unexpected: please report this line)`);
  await shutdown(1);
});
