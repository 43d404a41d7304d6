import { cachedProbe, type VideoDownReason, type VideoHealth } from '@muni/livekit';
import type { Logger } from 'pino';
import type { Config } from '../config';

export type { VideoDownReason, VideoHealth };

/** Whether video works here right now; /readyz, the join link and the call page ask it. */
export interface VideoHealthMonitor {
  current(): Promise<VideoHealth>;
}

/** A check's answer without the operator's advice: what /readyz and the API may show. */
export type PublicVideoHealth = { status: 'up' } | { status: 'down'; reason: VideoDownReason };

export const publicHealth = (h: VideoHealth): PublicVideoHealth => (h.status === 'up' ? h : { status: 'down', reason: h.reason });

export const NOT_CONFIGURED_ADVICE =
  'video is off: no LiveKit server here. Run `npm run livekit:install` and restart with `npm start`, or set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET.';

/**
 * Wraps a check so that the operator's advice is logged once per change of
 * state (down for a new reason, or back up), never per request; the people
 * joining get a message of their own (call/errors.ts videoUnavailable).
 */
export function watchVideoHealth(check: () => Promise<VideoHealth>, logger: Logger): VideoHealthMonitor {
  let last: string | null = null;
  return {
    async current() {
      let health: VideoHealth;
      try {
        health = await check();
      } catch (err) {
        health = { status: 'down', reason: 'unreachable', advice: `video: the LiveKit health check failed (${(err as Error).message})` };
      }
      const key = health.status === 'up' ? 'up' : health.reason;
      if (key !== last) {
        if (health.status === 'down') logger.error({ videoDown: health.reason }, health.advice);
        else if (last !== null) logger.info('video: LiveKit answers again; joins work');
        last = key;
      }
      return health;
    },
  };
}

/**
 * The check when the composition root gives none (tests, tools): no LiveKit
 * means "not configured"; else LiveKit's own URL is probed (cached a few seconds).
 */
export function defaultVideoCheck(deps: { config: Config; video?: unknown; livekitPublicUrl?: string }): () => Promise<VideoHealth> {
  const url = deps.config.LIVEKIT_INTERNAL_URL ?? deps.livekitPublicUrl ?? deps.config.LIVEKIT_URL;
  if (!deps.video || !url) return async () => ({ status: 'down', reason: 'not_configured', advice: NOT_CONFIGURED_ADVICE });
  return externalVideoCheck(url);
}

/** A LiveKit this process does not run: up when its root answers "OK". */
export function externalVideoCheck(url: string, cacheMs = 3000): () => Promise<VideoHealth> {
  const probe = cachedProbe(url, cacheMs);
  return async () => {
    const r = await probe();
    if (r.ok) return { status: 'up' };
    return {
      status: 'down',
      reason: 'unreachable',
      advice: `video: LiveKit does not answer (${r.detail}): check that it runs and that this host reaches it (LIVEKIT_INTERNAL_URL, else LIVEKIT_URL)`,
    };
  };
}
