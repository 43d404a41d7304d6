// What the call page says about the connection, and whose trouble it is: the
// service's video server, this person's network, or another device that took
// their place. Pure rules (no React, no LiveKit): connection.test.ts.

/** How often a page waiting for video tries again by itself (the API's retryAfterSeconds). */
export const VIDEO_RETRY_SECONDS = 10;

export type CallStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** LiveKit's ConnectionQuality values (livekit-client's string enum). */
export type Quality = 'excellent' | 'good' | 'poor' | 'lost' | 'unknown';

/**
 * What our API says of the video server (GET /api/v1/video/status): up, down,
 * not asked yet, or our API did not answer either (then the trouble is most
 * likely this device's connection).
 */
export type ServerHealth = 'up' | 'down' | 'unknown' | 'unreachable';

export type ConnectionVerdict =
  /** connected, nothing to say */
  | 'ok'
  /** interrupted, cause not known (yet): "reconnecting…" */
  | 'reconnecting'
  /** the service's video server cannot be reached: not this person's fault, the page reconnects by itself */
  | 'serverDown'
  /** connected, but this person's connection is poor or lost while the server is fine */
  | 'poorNetwork'
  /** interrupted and our API does not answer either: this device seems offline */
  | 'offline';

/**
 * Whose trouble it is. The server is blamed only on evidence: our API says
 * video is down, or several others lost the connection at once just before
 * ours went; this person's network only when the server is known to be fine
 * (LiveKit rates their quality poor/lost) or nothing of ours answers.
 */
export function judgeConnection(input: { status: CallStatus; quality: Quality; server: ServerHealth; othersLostTogether: boolean }): ConnectionVerdict {
  const { status, quality, server, othersLostTogether } = input;
  // Connected: the server works for us, whatever an older answer of our API said.
  if (status === 'connected') return quality === 'poor' || quality === 'lost' ? 'poorNetwork' : 'ok';
  if (status === 'connecting') return server === 'down' ? 'serverDown' : 'ok';
  if (server === 'down' || othersLostTogether) return 'serverDown';
  if (server === 'unreachable') return 'offline';
  return 'reconnecting';
}

/** The quality indicator: never "excellent" (LiveKit's last rating) while the connection is being re-established. */
export function qualityToShow(status: CallStatus, quality: Quality): Quality | 'reconnecting' {
  if (status === 'reconnecting' || status === 'disconnected') return 'reconnecting';
  if (status === 'connecting') return 'unknown';
  return quality;
}

/**
 * Whether at least `min` other participants lost their connection (LiveKit
 * rated them "lost") within `windowMs` of each other, the latest no longer than
 * `windowMs` ago: one person's network does not do that, the server does.
 * `lostAt` holds one time per participant (ms).
 */
export function othersLostTogether(lostAt: readonly number[], nowMs: number, windowMs = 5000, min = 2): boolean {
  const recent = lostAt.filter((t) => nowMs - t <= windowMs).sort((a, b) => a - b);
  for (let i = 0; i + min - 1 < recent.length; i++) {
    if (recent[i + min - 1]! - recent[i]! <= windowMs) return true;
  }
  return false;
}

/** LiveKit's DisconnectReason numbers (livekit protocol) that the page tells apart. */
export const DISCONNECT = { clientInitiated: 1, duplicateIdentity: 2, participantRemoved: 4, roomDeleted: 5 } as const;

/** How a call ended, from LiveKit's disconnect reason. */
export type CallEnd = 'left' | 'removed' | 'ended' | 'elsewhere' | 'failed';

/**
 * "elsewhere": the same link joined from another device or tab (LiveKit lets
 * one identity in once, and drops the older connection). Not a network
 * failure, and never rejoined by itself: the two would take turns dropping
 * each other. Everything unexpected is "failed", which the page retries.
 *
 * The page's own disconnect is "left" only when the person pressed "Leave".
 * livekit-client also disconnects by itself when the page is left or frozen
 * (pagehide, beforeunload, freeze): a reload must not count as leaving, or the
 * devices remembered for "straight back in" would be forgotten, and a phone
 * tab thawed from the background rejoins instead of staying out.
 */
export function callEndOf(reason: number | undefined, leftOnPurpose = false): CallEnd {
  switch (reason) {
    case DISCONNECT.clientInitiated:
      return leftOnPurpose ? 'left' : 'failed';
    case DISCONNECT.duplicateIdentity:
      return 'elsewhere';
    case DISCONNECT.participantRemoved:
      return 'removed';
    case DISCONNECT.roomDeleted:
      return 'ended';
    default:
      return 'failed';
  }
}

/** Whether the page rejoins by itself after this end (a deliberate act of someone otherwise). */
export const rejoinsByItself = (end: CallEnd) => end === 'failed';

/** The answer of GET /api/v1/video/status as a ServerHealth. */
export function serverHealthOf(answer: unknown): ServerHealth {
  const status = (answer as { status?: unknown } | null)?.status;
  return status === 'up' ? 'up' : status === 'down' ? 'down' : 'unknown';
}
