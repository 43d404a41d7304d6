import type { Knex } from 'knex';

// Whether an error means "the database cannot be reached right now" (it is
// stopped, restarting, or the connection to it broke), as opposed to a
// refusal of the query itself. Callers answer those with "try again shortly"
// and the watch below tells the operator once per change, never per attempt.

/** SQLSTATEs of a server going away or not taking connections yet. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '53300', // too_many_connections
]);

/** Socket-level failures on the way to the server. */
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres and knex say these in words only (no code); knex puts the query in front of pg's message. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/, // pg: the server closed the socket (unexpectedly, or while we waited)
  /Client has encountered a connection error and is not queryable/,
  /Knex: Timeout acquiring a connection/,
  /timeout exceeded when trying to connect/i, // pg.Pool connectionTimeoutMillis
];

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  errors?: unknown;
  cause?: unknown;
  nativeError?: unknown;
}

/** True when `err` (or what it wraps: objection's nativeError, a cause, an AggregateError's errors) means the database is unreachable. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as ErrorLike;
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_ERRNOS.has(e.code))) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.nativeError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** A short reason for the log: the code, or the first line of the message. */
export function unavailableReason(err: unknown): string {
  const e = err as ErrorLike;
  if (typeof e?.code === 'string') return e.code;
  if (Array.isArray(e?.errors) && e.errors.length) return unavailableReason(e.errors[0]);
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return message.split('\n')[0]!.slice(0, 120);
}

export type DatabaseChange = { state: 'down'; reason: string } | { state: 'up'; downForMs: number };

export interface DatabaseWatch {
  /**
   * Tells the watch that `err` happened. Returns whether it means the database
   * is unreachable; if so and the watch thought it up, it checks, and once a
   * check fails it reports "down" and keeps checking until it answers again.
   */
  noteFailure(err: unknown): boolean;
  /** Whether the last check failed. */
  isDown(): boolean;
  /** No more checks (stopping). */
  stop(): void;
}

export interface WatchOptions {
  /** One call per change of state: down (with why), then up again. */
  onChange: (change: DatabaseChange) => void;
  /** How often a database thought down is asked again (default 1000 ms). */
  checkEveryMs?: number;
}

/** The line for the log about a change, the same in every process. */
export function describeDatabaseChange(change: DatabaseChange): string {
  return change.state === 'down'
    ? `database: unreachable (${change.reason}); requests answer 503 "try again shortly" and e-mails wait until it answers again`
    : `database: answers again (it was unreachable for ${Math.round(change.downForMs / 100) / 10} s)`;
}

/** How long one check may take before it counts as "no answer". */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Follows whether the database answers, from the failures callers note: a
 * failure starts a check (so one broken connection in the pool after a
 * restart does not count as an outage), a failed check is reported once and
 * repeated every `checkEveryMs` until it succeeds, which is reported once.
 */
export function watchDatabase(knex: Knex, opts: WatchOptions): DatabaseWatch {
  const every = opts.checkEveryMs ?? 1000;
  let down = false;
  let downSince = 0;
  let checking = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = async () => {
    if (checking || stopped) return;
    checking = true;
    let probeTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A probe stuck waiting for the pool (knex waits up to a minute) must not
      // keep the watch from noticing that the database is back: give up after
      // a few seconds and ask again.
      await Promise.race([
        knex.raw('select 1'),
        new Promise((_, reject) => {
          probeTimer = setTimeout(() => reject(Object.assign(new Error('the check did not answer in time'), { code: 'ETIMEDOUT' })), PROBE_TIMEOUT_MS);
          probeTimer.unref();
        }),
      ]);
      if (down && !stopped) {
        down = false;
        opts.onChange({ state: 'up', downForMs: Date.now() - downSince });
      }
    } catch (err) {
      if (stopped) return;
      if (!down) {
        down = true;
        downSince = Date.now();
        opts.onChange({ state: 'down', reason: unavailableReason(err) });
      }
      timer = setTimeout(() => void check(), every);
      timer.unref();
    } finally {
      clearTimeout(probeTimer);
      checking = false;
    }
  };

  return {
    noteFailure(err) {
      if (!isDatabaseUnavailable(err)) return false;
      if (!down) void check();
      return true;
    },
    isDown: () => down,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
