import { type BackoffPolicy, keepRunning, type KeptRunning, type KeptState } from '@muni/domain/keepRunning';
import type { PostgresProcess } from './postgresProcess';

// Keeps `npm start`'s embedded PostgreSQL running as the LiveKit supervisor
// keeps the SFU (both through @muni/domain's keepRunning): when the postmaster
// exits without being asked to, it is started again on the same folder and
// port after a back-off (1 s, 2 s, 4 s … 30 s, reset after a stable run).
// Starting again also recovers from a crash (PostgreSQL replays its WAL).

export type SupervisedState = KeptState;
export type SupervisedPostgres = KeptRunning;

export interface SuperviseOptions {
  /** One line at each exit and each restart. */
  log: (line: string) => void;
  backoff?: BackoffPolicy;
}

/** Watches `first` and starts a new server with `start` whenever the running one exits. */
export function supervisePostgres(first: PostgresProcess, start: () => Promise<PostgresProcess>, opts: SuperviseOptions): SupervisedPostgres {
  return keepRunning(first, start, {
    ...opts,
    subject: 'database: the embedded PostgreSQL',
    startedAgain: (_pg, restarts, downFor) => `database: the embedded PostgreSQL started again (restart ${restarts}, it was down ${downFor})`,
  });
}
