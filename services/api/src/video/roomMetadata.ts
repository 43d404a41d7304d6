import { DEV_API_KEY, DEV_API_SECRET } from '@muni/video';
import { RoomServiceClient } from 'livekit-server-sdk';
import type { Config } from '../config';

export type PublishRoomMetadata = (roomName: string, metadata: string) => Promise<void>;

/**
 * Room metadata reaches every client as RoomEvent.RoomMetadataChanged: that is
 * how all screens learn that the identity step runs or the call went audio-only.
 * @muni/video's service has no updateRoomMetadata, so this holds its own
 * RoomService client: LIVEKIT_INTERNAL_URL, else LIVEKIT_URL, else the local
 * server's URL; the configured keys, else the local server's dev keys.
 */
export function roomMetadataPublisher(config: Config, livekitPublicUrl: string | undefined): PublishRoomMetadata | null {
  const url = config.LIVEKIT_INTERNAL_URL ?? config.LIVEKIT_URL ?? livekitPublicUrl;
  if (!url) return null;
  const client = new RoomServiceClient(url, config.LIVEKIT_API_KEY ?? DEV_API_KEY, config.LIVEKIT_API_SECRET ?? DEV_API_SECRET);
  return async (roomName, metadata) => {
    await client.updateRoomMetadata(roomName, metadata);
  };
}
