import { type ParticipantInfo, type RoomServiceClient, ServerError } from 'livekit-server-sdk';
import { isVideoRole, type ParticipantState, permissionFor, type VideoRole } from './permissions';

export interface RoomOptions {
  maxParticipants: number;
  /** seconds an empty room lives before LiveKit closes it */
  emptyTimeoutSeconds: number;
  metadata?: string;
}

export interface ParticipantSummary {
  identity: string;
  name: string;
  /** null when the participant joined without our role attribute */
  role: VideoRole | null;
  /** false while waiting in the lobby (derived from permission.canPublishData: see permissionFor) */
  admitted: boolean;
  joinedAt: Date;
}

/**
 * Moderation through LiveKit's RoomService: the only place that changes what a
 * participant may do once connected. Participants never hold roomAdmin.
 */
export class Rooms {
  constructor(private readonly client: RoomServiceClient) {}

  /** Create the room, or return the existing one (LiveKit's CreateRoom is idempotent by name). */
  async ensureRoom(roomName: string, opts: RoomOptions): Promise<{ name: string; sid: string }> {
    const room = await this.client.createRoom({
      name: roomName,
      maxParticipants: opts.maxParticipants,
      emptyTimeout: opts.emptyTimeoutSeconds,
      ...(opts.metadata !== undefined ? { metadata: opts.metadata } : {}),
    });
    return { name: room.name, sid: room.sid };
  }

  /** Let a waiting guest in: they may now see, be seen and chat. */
  async admit(roomName: string, identity: string, role: VideoRole): Promise<void> {
    await this.setPermission(roomName, identity, role, { admitted: true });
  }

  /**
   * Switch an admitted participant to sound only (or back). LiveKit unpublishes
   * the camera and screen tracks itself when their sources are revoked.
   */
  async setAudioOnly(roomName: string, identity: string, role: VideoRole, audioOnly: boolean): Promise<void> {
    await this.setPermission(roomName, identity, role, { admitted: true, audioOnly });
  }

  /** The whole permission for the participant's current state (lobby, audio-only, identity step). */
  async applyState(roomName: string, identity: string, role: VideoRole, state: ParticipantState): Promise<void> {
    await this.setPermission(roomName, identity, role, state);
  }

  async removeParticipant(roomName: string, identity: string): Promise<void> {
    await this.client.removeParticipant(roomName, identity);
  }

  async listParticipants(roomName: string): Promise<ParticipantSummary[]> {
    const participants = await this.client.listParticipants(roomName);
    return participants.map(summarize);
  }

  /** End the call for everyone. Closing a room that is already gone is fine. */
  async closeRoom(roomName: string): Promise<void> {
    try {
      await this.client.deleteRoom(roomName);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  private async setPermission(
    roomName: string,
    identity: string,
    role: VideoRole,
    state: ParticipantState,
  ): Promise<void> {
    // updateParticipant replaces the whole permission, so always send all of it.
    await this.client.updateParticipant(roomName, identity, { permission: permissionFor(role, state) });
  }
}

function summarize(p: ParticipantInfo): ParticipantSummary {
  const role = p.attributes.role;
  const joinedMs = p.joinedAtMs > 0n ? Number(p.joinedAtMs) : Number(p.joinedAt) * 1000;
  return {
    identity: p.identity,
    name: p.name,
    role: isVideoRole(role) ? role : null,
    admitted: p.permission?.canPublishData ?? false,
    joinedAt: new Date(joinedMs),
  };
}

function isNotFound(err: unknown): boolean {
  return err instanceof ServerError && (err.status === 404 || err.code === 'not_found');
}
