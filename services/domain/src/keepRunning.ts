import { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart } from './restartBackoff';

export type { BackoffPolicy };

// Keeps one local server process running for `npm start` (the embedded
// PostgreSQL, the local LiveKit): when it exits without being asked to, a new
// one is started after a back-off that doubles while starts keep failing and
// resets after a stable run. One line is logged at each exit and each restart.
// No I/O of its own: starting and stopping are the caller's.

/** A started server: its process id, how it ended, how to stop it. */
export interface RunningProcess {
  pid?: number;
  /** Settles when the process has exited, with how ("exit code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export type KeptState = 'up' | 'restarting' | 'stopped';

export interface KeptRunning {
  /** 'up' while a started server runs; 'restarting' from its exit until a new one started. */
  state(): KeptState;
  /** The running server's process id, if one runs. */
  pid(): number | undefined;
  /** How many times a server was started again. */
  restarts(): number;
  /** No more restarts (the first step of stopping): the running server is left alone. */
  halt(): void;
  /** halt(), then stop the running server. */
  stop(): Promise<void>;
}

export interface KeepRunningOptions<P> {
  /** One line at each exit and each restart. */
  log: (line: string) => void;
  /** How the lines name the server, e.g. "video: LiveKit". */
  subject: string;
  /** The line once a new server runs. */
  startedAgain: (server: P, restarts: number, downFor: string) => string;
  backoff?: BackoffPolicy;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Watches `first` and starts a new server with `start` whenever the running one exits. */
export function keepRunning<P extends RunningProcess>(first: P, start: () => Promise<P>, opts: KeepRunningOptions<P>): KeptRunning {
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  let current = first;
  let alive = true; // whether `current`'s process still runs
  let state: KeptState = 'up';
  let startedAt = Date.now();
  let downSince = 0;
  let failures = 0;
  let restarts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt: Promise<void> | undefined;
  // A function, not a narrowed variable: halt() may run while a start is awaited.
  const halted = () => state === 'stopped';

  const scheduleRestart = (why: string, ranForMs: number) => {
    const next = nextRestart(failures, ranForMs, backoff);
    failures = next.failuresInARow;
    opts.log(`${opts.subject} ${why}; starting it again in ${seconds(next.delayMs)}`);
    timer = setTimeout(() => {
      timer = undefined;
      attempt = restart().finally(() => (attempt = undefined));
    }, next.delayMs);
  };

  const watch = (server: P) => {
    void server.exited.then((how) => {
      if (server !== current) return;
      alive = false;
      if (halted()) return;
      state = 'restarting';
      downSince = Date.now();
      scheduleRestart(`stopped (${how}) after ${seconds(Date.now() - startedAt)}`, Date.now() - startedAt);
    });
  };

  const restart = async () => {
    if (halted()) return;
    let server: P;
    try {
      server = await start();
    } catch (err) {
      // E.g. the killed server's children still hold its port or shared memory for a moment.
      if (!halted()) scheduleRestart(`did not start again (${firstLine((err as Error).message)})`, 0);
      return;
    }
    if (halted()) {
      await server.stop();
      return;
    }
    current = server;
    alive = true;
    startedAt = Date.now();
    restarts += 1;
    state = 'up';
    opts.log(opts.startedAgain(server, restarts, seconds(Date.now() - downSince)));
    watch(server);
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
