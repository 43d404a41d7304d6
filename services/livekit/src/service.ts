import { RoomServiceClient } from 'livekit-server-sdk';
import { Rooms } from './rooms';
import { issueJoinToken, type TokenRequest } from './tokens';
import { createWebhookVerifier } from './webhooks';

export interface VideoServiceConfig {
  /** URL of the LiveKit server as this process reaches it (the internal one where browsers use another) */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** lifetime of a join token; default 600 s */
  tokenTtlSeconds?: number;
}

/** Everything the API needs from LiveKit, bound to one server and key pair. */
export function createVideoService(cfg: VideoServiceConfig) {
  const client = new RoomServiceClient(cfg.url, cfg.apiKey, cfg.apiSecret);
  const rooms = new Rooms(client);
  const verify = createWebhookVerifier(cfg.apiKey, cfg.apiSecret);
  const keys = { apiKey: cfg.apiKey, apiSecret: cfg.apiSecret, ttlSeconds: cfg.tokenTtlSeconds ?? 600 };
  return {
    ensureRoom: rooms.ensureRoom.bind(rooms),
    ensureRoomCached: rooms.ensureRoomCached.bind(rooms),
    issueToken: (req: TokenRequest) => issueJoinToken(keys, req),
    admit: rooms.admit.bind(rooms),
    setAudioOnly: rooms.setAudioOnly.bind(rooms),
    applyState: rooms.applyState.bind(rooms),
    removeParticipant: rooms.removeParticipant.bind(rooms),
    listParticipants: rooms.listParticipants.bind(rooms),
    closeRoom: rooms.closeRoom.bind(rooms),
    /** Reaches every client as RoomEvent.RoomMetadataChanged (identity step, audio-only). */
    updateRoomMetadata: async (roomName: string, metadata: string): Promise<void> => {
      await client.updateRoomMetadata(roomName, metadata);
    },
    receiveWebhook: async (body: string, authorization: string | undefined) => {
      const event = await verify(body, authorization);
      if (event.event === 'room_finished' && event.room) rooms.forget(event.room.name);
      return event;
    },
  };
}

export type VideoService = ReturnType<typeof createVideoService>;
