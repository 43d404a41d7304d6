import type { VideoService } from '@muni/livekit';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { VideoHealthMonitor } from './call/videoHealth';
import type { Config } from './config';

/**
 * What the application's commands need from the outside, given by the
 * composition roots (`npm start`, the API process, the scheduler process, tests).
 */
export interface AppDeps {
  knex: Knex;
  config: Config;
  logger: Logger;
  /** Clock, replaceable in tests. */
  now: () => Date;
  /** Secret from which join-link tokens are derived (config LINK_SECRET). */
  linkSecret: string;
  /** LiveKit when configured or running locally; without it video joins answer "unavailable". */
  video?: VideoService;
  /** The ws(s):// URL browsers connect to (default: LIVEKIT_URL). */
  livekitPublicUrl?: string;
  /** Whether LiveKit works right now (default: probe it; see call/videoHealth.ts). */
  videoHealth?: VideoHealthMonitor;
}

/** The few a write command needs; tests and benches may give just these. */
export type CommandDeps = Pick<AppDeps, 'knex' | 'now' | 'linkSecret'>;

/** Commands that also close rooms and log. */
export type EffectDeps = CommandDeps & Pick<AppDeps, 'logger' | 'video'>;
