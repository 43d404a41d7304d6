import { type ParticipantInfo, type RoomServiceClient, ServerError } from 'livekit-server-sdk';
import { isVideoRole, type ParticipantState, permissionFor, type VideoRole } from './permissions';

export interface RoomOptions {
  maxParticipants: number;
  /** seconds an empty room lives before LiveKit closes it */
  emptyTimeoutSeconds: number;
  /** seconds a room lives after its last participant left; LiveKit's default is 20 */
  departureTimeoutSeconds?: number;
  metadata?: string;
}

/** LiveKit's own departure timeout when a room is created without one. */
const DEFAULT_DEPARTURE_TIMEOUT_SECONDS = 20;
/** The longest this process trusts its memory of a room it ensured. */
const ROOM_MEMORY_MAX_MS = 10_000;

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
  /** Rooms this process ensured lately: the options asked for, and when (or the request still on its way). */
  private readonly recent = new Map<string, { options: string; at: number; room: Promise<{ name: string; sid: string }> }>();

  constructor(
    private readonly client: RoomServiceClient,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Create the room, or return the existing one (LiveKit's CreateRoom is idempotent by name). */
  async ensureRoom(roomName: string, opts: RoomOptions): Promise<{ name: string; sid: string }> {
    const room = await this.client.createRoom({
      name: roomName,
      maxParticipants: opts.maxParticipants,
      emptyTimeout: opts.emptyTimeoutSeconds,
      ...(opts.departureTimeoutSeconds !== undefined ? { departureTimeout: opts.departureTimeoutSeconds } : {}),
      ...(opts.metadata !== undefined ? { metadata: opts.metadata } : {}),
    });
    return { name: room.name, sid: room.sid };
  }

  /**
   * ensureRoom, unless this process ensured the same room with the same
   * options (metadata included) moments ago: joins come in bursts (both sides
   * at the start, reloads, everyone again after a network change), and each
   * CreateRoom is a LiveKit round trip that changes nothing for a room that
   * exists. Concurrent callers share one request. The memory is shorter than
   * half the room's departure timeout, so a room LiveKit closed after its last
   * participant left is never taken as existing; closeRoom and a room_finished
   * webhook seen here forget it at once. A room lost with a LiveKit node
   * within the memory is created again by LiveKit when the person connects
   * (the call's guardJoin then restores its rules), as for a reconnect.
   */
  ensureRoomCached(roomName: string, opts: RoomOptions): Promise<{ name: string; sid: string }> {
    const options = JSON.stringify(opts);
    const now = this.clock();
    const memoryMs = Math.min(ROOM_MEMORY_MAX_MS, ((opts.departureTimeoutSeconds ?? DEFAULT_DEPARTURE_TIMEOUT_SECONDS) * 1000) / 2);
    const known = this.recent.get(roomName);
    if (known && known.options === options && now - known.at < memoryMs) return known.room;
    if (this.recent.size >= 1000) this.forgetOlderThan(now - ROOM_MEMORY_MAX_MS);
    const room = this.ensureRoom(roomName, opts);
    const entry = { options, at: now, room };
    this.recent.set(roomName, entry);
    // A failed request is not remembered: the next join asks again.
    room.catch(() => {
      if (this.recent.get(roomName) === entry) this.recent.delete(roomName);
    });
    return room;
  }

  /** The room is gone (closed here, or LiveKit said it finished): the next ensureRoomCached asks LiveKit. */
  forget(roomName: string): void {
    this.recent.delete(roomName);
  }

  private forgetOlderThan(at: number): void {
    for (const [name, entry] of this.recent) if (entry.at < at) this.recent.delete(name);
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
    this.forget(roomName);
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
