import { AccessToken } from 'livekit-server-sdk';
import { permissionFor, type VideoRole } from './permissions';

export interface TokenRequest {
  /** opaque room id (see opaqueId), never a name */
  roomName: string;
  /** opaque participant id, never a name, e-mail or tax number */
  identity: string;
  /** shown to the other participants */
  displayName: string;
  role: VideoRole;
  /** false = waiting room */
  admitted: boolean;
  audioOnly?: boolean;
  /** joining while the identity step runs, as someone who must not see the document */
  mediaWithheld?: boolean;
  metadata?: string;
}

export interface TokenKeys {
  apiKey: string;
  apiSecret: string;
  ttlSeconds: number;
}

/**
 * A join token for one participant of one room. The TTL is short because the
 * token only has to last until the join; LiveKit refreshes it for the session.
 * The role travels in the `role` attribute, which participants cannot change
 * (canUpdateOwnMetadata is false).
 */
export async function issueJoinToken(keys: TokenKeys, req: TokenRequest): Promise<string> {
  const token = new AccessToken(keys.apiKey, keys.apiSecret, {
    identity: req.identity,
    name: req.displayName,
    ttl: keys.ttlSeconds,
    attributes: { role: req.role },
    ...(req.metadata !== undefined ? { metadata: req.metadata } : {}),
  });
  const p = permissionFor(req.role, { admitted: req.admitted, audioOnly: req.audioOnly, mediaWithheld: req.mediaWithheld });
  token.addGrant({
    room: req.roomName,
    roomJoin: true,
    canPublish: p.canPublish,
    canPublishSources: p.canPublishSources,
    canSubscribe: p.canSubscribe,
    canPublishData: p.canPublishData,
    canUpdateOwnMetadata: false,
  });
  return token.toJwt();
}
