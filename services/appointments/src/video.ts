import { createVideoService, type VideoService } from '@muni/livekit';
import type { Config } from './config';

/**
 * An existing LiveKit deployment from the settings, or undefined when none is
 * configured. Server-side calls go to LIVEKIT_INTERNAL_URL when set (e.g.
 * http://livekit:7880 inside Docker), browsers use LIVEKIT_URL.
 */
export function videoServiceFromConfig(config: Config): VideoService | undefined {
  if (!config.LIVEKIT_URL || !config.LIVEKIT_API_KEY || !config.LIVEKIT_API_SECRET) return undefined;
  return createVideoService({ url: config.LIVEKIT_INTERNAL_URL ?? config.LIVEKIT_URL, apiKey: config.LIVEKIT_API_KEY, apiSecret: config.LIVEKIT_API_SECRET });
}
