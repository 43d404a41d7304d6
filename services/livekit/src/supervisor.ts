import { keepRunning, type KeptState } from '@muni/domain/keepRunning';
import { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart } from '@muni/domain/restartBackoff';
import { type LivekitServerOptions, type RunningLivekit, startLivekitServer } from './launcher';

// Keeps the local livekit-server of `npm start` running: when it exits, it is
// started again on the same ports with the same keys, after a back-off that
// doubles while it keeps failing and resets once it has run for a while
// (@muni/domain's keepRunning, which keeps the embedded PostgreSQL too).

// The back-off rule is shared with the embedded PostgreSQL's supervisor (@muni/db).
export { type BackoffPolicy, DEFAULT_BACKOFF, nextRestart };

export type SupervisorState = KeptState;

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
  const { log, backoff, ...server } = opts;
  const first = await startLivekitServer(server);
  const kept = keepRunning(first, () => startLivekitServer(server), {
    log,
    backoff,
    subject: 'video: LiveKit',
    startedAgain: (lk, restarts, downFor) => `video: LiveKit started again on ${lk.url} (restart ${restarts}, video was down ${downFor})`,
  });
  return { url: first.url, apiKey: first.apiKey, apiSecret: first.apiSecret, state: kept.state, pid: kept.pid, restarts: kept.restarts, halt: kept.halt, stop: kept.stop };
}
