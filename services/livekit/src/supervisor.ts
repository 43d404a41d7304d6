import { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart } from '@muni/domain/restartBackoff';
import { type LivekitServerOptions, type RunningLivekit, startLivekitServer } from './launcher';

// Keeps the local livekit-server of `npm start` running: when it exits, it is
// started again on the same ports with the same keys, after a back-off that
// doubles while it keeps failing and resets once it has run for a while.

// The back-off rule is shared with the embedded PostgreSQL's supervisor (@muni/db).
export { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart };

export type SupervisorState = 'up' | 'restarting' | 'stopped';

export interface SupervisedLivekit {
  url: string;
  apiKey: RunningLivekit['apiKey'];
  apiSecret: RunningLivekit['apiSecret'];
  /** 'up' while a started server runs; 'restarting' from its exit until a new one answers. */
  state(): SupervisorState;
  /** the current server process, if one runs */
  pid(): number | undefined;
  /** how many times a server was started again */
  restarts(): number;
  /** No more restarts (the first step of stopping): the running server is left alone. */
  halt(): void;
  /** halt(), then stop the running server. */
  stop(): Promise<void>;
}

export interface SupervisorOptions extends LivekitServerOptions {
  /** one line per exit and per restart */
  log: (line: string) => void;
  backoff?: BackoffPolicy;
}

/** Starts the server (a failed first start throws, as startLivekitServer does) and restarts it whenever it exits. */
export async function superviseLivekit(opts: SupervisorOptions): Promise<SupervisedLivekit> {
  const { log, backoff = DEFAULT_BACKOFF, ...server } = opts;
  let current: RunningLivekit = await startLivekitServer(server);
  let startedAt = Date.now();
  let state: SupervisorState = 'up';
  let failures = 0;
  let restarts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt: Promise<void> | undefined;
  let downSince = 0;
  let alive = true; // whether `current`'s process still runs

  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

  const scheduleRestart = (why: string, ranForMs: number) => {
    const next = nextRestart(failures, ranForMs, backoff);
    failures = next.failuresInARow;
    log(`video: LiveKit ${why}; starting it again in ${seconds(next.delayMs)}`);
    timer = setTimeout(() => {
      timer = undefined;
      attempt = restart().finally(() => (attempt = undefined));
    }, next.delayMs);
  };

  const watch = (lk: RunningLivekit) => {
    void lk.exited.then((why) => {
      if (lk !== current) return;
      alive = false;
      if (state === 'stopped') return;
      state = 'restarting';
      downSince = Date.now();
      scheduleRestart(`stopped (${why}) after ${seconds(Date.now() - startedAt)}`, Date.now() - startedAt);
    });
  };

  // A function, not a narrowed variable: halt() may run while a start is awaited.
  const halted = () => state === 'stopped';

  const restart = async () => {
    if (halted()) return;
    let lk: RunningLivekit;
    try {
      lk = await startLivekitServer(server);
    } catch (err) {
      if (!halted()) scheduleRestart(`did not start again (${firstLine((err as Error).message)})`, 0);
      return;
    }
    if (halted()) {
      await lk.stop();
      return;
    }
    current = lk;
    alive = true;
    startedAt = Date.now();
    restarts += 1;
    state = 'up';
    log(`video: LiveKit started again on ${lk.url} (restart ${restarts}, video was down ${seconds(Date.now() - downSince)})`);
    watch(lk);
  };

  watch(current);
  const halt = () => {
    state = 'stopped';
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    url: current.url,
    apiKey: current.apiKey,
    apiSecret: current.apiSecret,
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
