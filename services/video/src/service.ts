import { RoomServiceClient } from 'livekit-server-sdk';
import { Rooms } from './rooms';
import { issueJoinToken, type TokenRequest } from './tokens';
import { createWebhookVerifier } from './webhooks';

export interface VideoServiceConfig {
  /** ws(s):// URL of the LiveKit server */
  url: string;
  apiKey: string;
  apiSecret: string;
  /** lifetime of a join token; default 600 s */
  tokenTtlSeconds?: number;
}

/** Everything the API needs from LiveKit, bound to one server and key pair. */
export function createVideoService(cfg: VideoServiceConfig) {
  const rooms = new Rooms(new RoomServiceClient(cfg.url, cfg.apiKey, cfg.apiSecret));
  const keys = { apiKey: cfg.apiKey, apiSecret: cfg.apiSecret, ttlSeconds: cfg.tokenTtlSeconds ?? 600 };
  return {
    ensureRoom: rooms.ensureRoom.bind(rooms),
    issueToken: (req: TokenRequest) => issueJoinToken(keys, req),
    admit: rooms.admit.bind(rooms),
    setAudioOnly: rooms.setAudioOnly.bind(rooms),
    removeParticipant: rooms.removeParticipant.bind(rooms),
    listParticipants: rooms.listParticipants.bind(rooms),
    closeRoom: rooms.closeRoom.bind(rooms),
    receiveWebhook: createWebhookVerifier(cfg.apiKey, cfg.apiSecret),
  };
}

export type VideoService = ReturnType<typeof createVideoService>;
