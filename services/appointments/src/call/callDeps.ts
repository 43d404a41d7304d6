import type { VideoService } from '@muni/livekit';
import { ServerError } from 'livekit-server-sdk';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { AppDeps } from '../deps';
import type { CallState } from './callState';
import { identityCheckSeenBy, keepVideoRoles, roomMetadata } from './callRules';
import { videoUnavailable } from './errors';
import type { LinkedCall } from './links';

/** What the call commands need: the database, LiveKit and where browsers reach it. */
export interface CallDeps {
  knex: Knex;
  logger: Logger;
  now: () => Date;
  video: VideoService;
  serverUrl: string;
  publishMetadata: ((roomName: string, metadata: string) => Promise<void>) | null;
}

/** The call dependencies, or null when no LiveKit is configured or running here. */
export function callDepsFrom(deps: AppDeps): CallDeps | null {
  const serverUrl = deps.livekitPublicUrl ?? deps.config.LIVEKIT_URL;
  if (!deps.video || !serverUrl) return null;
  return {
    knex: deps.knex,
    logger: deps.logger,
    now: deps.now,
    video: deps.video,
    serverUrl,
    publishMetadata: (roomName, metadata) => deps.video!.updateRoomMetadata(roomName, metadata),
  };
}

export const hasInterpreter = (call: Pick<LinkedCall, 'appt'>) => call.appt.interpreter_id !== null;

export function isNotFound(err: unknown): boolean {
  return err instanceof ServerError && (err.status === 404 || err.code === 'not_found');
}

/**
 * A LiveKit call whose failure means "video is down here" (503, the page tries
 * again by itself), except "no such participant/room", which callers may treat
 * as nothing to do.
 */
export async function livekit<T>(deps: CallDeps, what: string, run: () => Promise<T>, onNotFound?: () => T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (onNotFound && isNotFound(err)) return onNotFound();
    deps.logger.error({ err, what }, 'LiveKit request failed');
    throw videoUnavailable();
  }
}

/** Tells every client in the room the new state; the database already holds it, so a failure is only logged. */
export async function broadcastState(deps: CallDeps, call: LinkedCall, state: CallState): Promise<void> {
  if (!deps.publishMetadata) return;
  try {
    await deps.publishMetadata(call.appt.room_name, JSON.stringify(roomMetadata(state, hasInterpreter(call))));
  } catch (err) {
    if (!isNotFound(err)) deps.logger.warn({ err }, 'could not update the room metadata');
  }
}

/**
 * The state as the join page and the call page of this link's holder see it:
 * the identity check's result only for those who learn it (identityCheckSeenBy).
 */
export function presentState(call: LinkedCall, state: CallState) {
  return {
    admitted: call.link.role === 'employee' || state.admitted.includes(call.link.identity),
    audioOnly: state.audioOnly,
    identityCheck: identityCheckSeenBy(call.link.role, call.appt.interpretation, state.identityCheck),
    keepVideoRoles: keepVideoRoles(hasInterpreter(call)),
  };
}
