import type { AppointmentRow } from '@muni/db';
import type { ParticipantState, VideoRole } from '@muni/livekit';
import type { Knex } from 'knex';
import { type CallDeps, hasInterpreter, livekit } from './callDeps';
import { keepsVideo, seesIdentityDocument } from './callRules';
import type { CallState } from './callState';
import { currentLinks, type LinkedCall } from './links';

/**
 * What LiveKit lets one participant do in the call's current state: nothing
 * but wait before admission; sound only in an audio-only call (unless they keep
 * video); no media received while the identity document is shown, unless they
 * may see it. Join tokens and every permission change come from here.
 */
export function participantState(call: Pick<LinkedCall, 'appt'>, link: { role: VideoRole; identity: string }, state: CallState): ParticipantState {
  const admitted = link.role === 'employee' || state.admitted.includes(link.identity);
  return {
    admitted,
    audioOnly: state.audioOnly && !keepsVideo(link.role, hasInterpreter(call)),
    mediaWithheld: state.identityCheck === 'running' && !seesIdentityDocument(link.role, call.appt.interpretation),
  };
}

/**
 * After a change of the call state: gives every connected, admitted
 * participant for whom `affected(role)` holds the permission the new state
 * means. Guests still in the lobby get it when admitted; people who join
 * later, in their token.
 */
export async function applyToConnected(
  deps: CallDeps,
  call: Pick<LinkedCall, 'appt'>,
  db: Knex,
  state: CallState,
  affected: (role: VideoRole) => boolean,
): Promise<void> {
  const appt: AppointmentRow & { room_name: string } = call.appt;
  const links = new Map((await currentLinks(db, appt)).map((l) => [l.identity, l]));
  const live = await livekit(deps, 'listParticipants', () => deps.video.listParticipants(appt.room_name), () => []);
  for (const p of live) {
    const link = links.get(p.identity);
    if (!link || !affected(link.role)) continue;
    const wanted = participantState(call, link, state);
    if (!wanted.admitted) continue; // still in the lobby: admission applies the state
    await livekit(deps, 'applyState', () => deps.video.applyState(appt.room_name, p.identity, link.role, wanted), () => undefined);
  }
}
