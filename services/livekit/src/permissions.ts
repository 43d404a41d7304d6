import { TrackSource } from 'livekit-server-sdk';

export type VideoRole = 'citizen' | 'employee' | 'interpreter' | 'third_person';
export const VIDEO_ROLES: readonly VideoRole[] = ['citizen', 'employee', 'interpreter', 'third_person'];

export interface ParticipantState {
  /** false while the guest waits in the lobby: they can neither see, be seen nor chat. */
  admitted: boolean;
  /** after the ID check the call may continue with sound only. */
  audioOnly?: boolean;
  /**
   * While the employee checks the citizen's identity document, someone who
   * must not see it (the third person; an interpreter who does not interpret
   * for the citizen) receives no media at all: canSubscribe is false.
   *
   * Why canSubscribe: it is the only switch LiveKit's RoomService offers that
   * the SERVER enforces. With it false the server drops every subscription of
   * the participant and refuses new ones (SubscriptionManager checks it on
   * each subscribe), so a modified page cannot resubscribe. The alternatives
   * do not hold: RoomService.updateSubscriptions goes through the same path as
   * the client's own UpdateSubscription signal, so the page can undo it; track
   * subscription permissions are set by the publishing client (the citizen's
   * page), not by the server; mutePublishedTrack would blind the employee too.
   * The cost, hearing nothing for the minute or two of the check, suits it:
   * the employee may read the document's details aloud.
   */
  mediaWithheld?: boolean;
}

/** The complete LiveKit permission of one participant; every field is set. */
export interface RolePermission {
  canSubscribe: boolean;
  canPublish: boolean;
  canPublishData: boolean;
  canPublishSources: TrackSource[];
  canUpdateMetadata: false;
  hidden: false;
  recorder: false;
  agent: false;
  canSubscribeMetrics: false;
  canManageAgentSession: false;
}

/** Which media a role may send. Only the employee shares a screen (e.g. a form to fill in). */
export function publishSourcesFor(role: VideoRole, state: ParticipantState): TrackSource[] {
  if (!state.admitted) return [];
  if (state.audioOnly) return [TrackSource.MICROPHONE];
  if (role === 'employee') {
    return [TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO];
  }
  return [TrackSource.CAMERA, TrackSource.MICROPHONE];
}

/**
 * Least privilege for a role in a given state. Used both for the join token and
 * for RoomService.updateParticipant, which REPLACES the whole permission (a
 * missing field becomes false), hence every field is spelled out. Nobody gets
 * roomAdmin: moderation goes through our API, which calls the RoomService.
 * Data (chat) is allowed once admitted: deaf participants may rely on text.
 * Hence canPublishData, not canSubscribe, tells whether someone was admitted
 * (canSubscribe is also false during the identity step, see mediaWithheld).
 */
export function permissionFor(role: VideoRole, state: ParticipantState): RolePermission {
  const sources = publishSourcesFor(role, state);
  return {
    canSubscribe: state.admitted && !state.mediaWithheld,
    canPublish: sources.length > 0,
    canPublishData: state.admitted,
    canPublishSources: sources,
    canUpdateMetadata: false,
    hidden: false,
    recorder: false,
    agent: false,
    canSubscribeMetrics: false,
    canManageAgentSession: false,
  };
}

export function isVideoRole(value: unknown): value is VideoRole {
  return typeof value === 'string' && (VIDEO_ROLES as readonly string[]).includes(value);
}
