import { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart } from '@muni/domain/restartBackoff';
import type { PostgresProcess } from './postgresProcess';

// Keeps `npm start`'s embedded PostgreSQL running as the LiveKit supervisor
// keeps the SFU (@muni/livekit supervisor.ts): when the postmaster exits
// without being asked to, it is started again on the same folder and port
// after a back-off (1 s, 2 s, 4 s … 30 s, reset after a stable run). Starting
// again also recovers from a crash (PostgreSQL replays its WAL).

export type SupervisedState = 'up' | 'restarting' | 'stopped';

export interface SupervisedPostgres {
  state(): SupervisedState;
  /** The running postmaster's process id, if one runs. */
  pid(): number | undefined;
  /** How many times it was started again. */
  restarts(): number;
  /** No more restarts (the first step of stopping): the running server is left alone. */
  halt(): void;
  /** halt(), then stop the running server. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  /** One line at each exit and each restart. */
  log: (line: string) => void;
  backoff?: BackoffPolicy;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Watches `first` and starts a new server with `start` whenever the running one exits. */
export function supervisePostgres(first: PostgresProcess, start: () => Promise<PostgresProcess>, opts: SuperviseOptions): SupervisedPostgres {
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  let current = first;
  let alive = true;
  let state: SupervisedState = 'up';
  let startedAt = Date.now();
  let downSince = 0;
  let failures = 0;
  let restarts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt: Promise<void> | undefined;
  const halted = () => state === 'stopped';

  const scheduleRestart = (why: string, ranForMs: number) => {
    const next = nextRestart(failures, ranForMs, backoff);
    failures = next.failuresInARow;
    opts.log(`database: the embedded PostgreSQL ${why}; starting it again in ${seconds(next.delayMs)}`);
    timer = setTimeout(() => {
      timer = undefined;
      attempt = restart().finally(() => (attempt = undefined));
    }, next.delayMs);
  };

  const watch = (pg: PostgresProcess) => {
    void pg.exited.then((how) => {
      if (pg !== current) return;
      alive = false;
      if (halted()) return;
      state = 'restarting';
      downSince = Date.now();
      scheduleRestart(`stopped (${how}) after ${seconds(Date.now() - startedAt)}`, Date.now() - startedAt);
    });
  };

  const restart = async () => {
    if (halted()) return;
    let pg: PostgresProcess;
    try {
      pg = await start();
    } catch (err) {
      // E.g. the killed server's children still hold its shared memory for a moment.
      if (!halted()) scheduleRestart(`did not start again (${firstLine((err as Error).message)})`, 0);
      return;
    }
    if (halted()) {
      await pg.stop();
      return;
    }
    current = pg;
    alive = true;
    startedAt = Date.now();
    restarts += 1;
    state = 'up';
    opts.log(`database: the embedded PostgreSQL started again (restart ${restarts}, it was down ${seconds(Date.now() - downSince)})`);
    watch(pg);
  };

  watch(first);
  const halt = () => {
    state = 'stopped';
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    state: () => state,
    pid: () => (alive ? current.pid : undefined),
    restarts: () => restarts,
    halt,
    stop: async () => {
      halt();
      await attempt; // a start under way stops its own server (state is 'stopped')
      await current.stop();
    },
  };
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim())?.trim() ?? 'unknown error';
}
