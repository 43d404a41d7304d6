import { deleteExpiredSessions } from '@muni/db';
import { markNoShows } from './call/attendance';
import { closeEndedRooms } from './call/closeRoom';
import { purgePersonalData } from './commands/purgePersonalData';
import type { AppDeps } from './deps';

/** A periodic job of the application; the scheduler runs each in one process at a time. */
export interface ScheduledTask {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

const MINUTE = 60_000;

/**
 * Every periodic job besides e-mail delivery, as one list that both the
 * scheduler process and `npm start` run: no-shows from call attendance, rooms
 * closed once their window has passed, personal data purged after retention,
 * sessions deleted once expired.
 */
export function scheduledTasks(deps: Pick<AppDeps, 'knex' | 'logger' | 'now' | 'video' | 'config'>): ScheduledTask[] {
  const { knex, config, now } = deps;
  return [
    { name: 'mark-no-shows', everyMs: 5 * MINUTE, run: () => markNoShows(knex, now()) },
    { name: 'close-ended-rooms', everyMs: 5 * MINUTE, run: () => closeEndedRooms(deps, now(), config.JOIN_GRACE_MINUTES) },
    { name: 'purge-personal-data', everyMs: 6 * 60 * MINUTE, run: () => purgePersonalData(knex, now(), config.RETENTION_DAYS) },
    { name: 'purge-expired-sessions', everyMs: 15 * MINUTE, run: () => deleteExpiredSessions(knex, now(), config.SESSION_IDLE_MINUTES) },
  ];
}
