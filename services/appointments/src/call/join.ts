import type { Knex } from 'knex';
import { languageOfRole } from '../booking/outbox';
import { type CallDeps, hasInterpreter, livekit, presentState } from './callDeps';
import { roomMetadata } from './callRules';
import { employeeInAnotherCall } from './callState';
import { participantState } from './grants';
import { assertWindowOpen, type LinkedCall } from './links';
import type { PublicVideoHealth } from './videoHealth';

/**
 * Room limits: citizen, employee, interpreter, third person, and one spare for
 * a reconnect overlap. The departure timeout is LiveKit's default, said here
 * because ensureRoomCached's memory is bounded by it.
 */
export const ROOM_OPTIONS = { maxParticipants: 5, emptyTimeoutSeconds: 600, departureTimeoutSeconds: 20 };

/** What a join page shows about the appointment: no personal data beyond the caller's own name. */
export function appointmentSummary(call: LinkedCall) {
  const { appt } = call;
  const { municipality: m, topic: t } = call.seen;
  return {
    id: appt.id,
    reference: appt.reference,
    start: appt.starts_at.toISOString(),
    end: appt.ends_at.toISOString(),
    mode: appt.mode,
    municipality: { el: m.name_el, en: m.name_en },
    topic: { el: t.name_el, en: t.name_en },
    timeZone: m.time_zone,
    interpretation: appt.interpretation,
  };
}

const presentWindow = (call: LinkedCall) => ({
  status: call.window.status,
  opensAt: call.window.opensAt.toISOString(),
  closesAt: call.window.closesAt.toISOString(),
});

/**
 * GET of a join link: what the page needs before the device check. Reads only.
 * While video is down it says why (a stable code), so the page can wait and
 * try again by itself. A guest also learns whether the employee is still in
 * their previous appointment's call (the waiting room asks again now and then).
 */
export async function describeJoin(knex: Knex, call: LinkedCall, video: PublicVideoHealth, now: Date) {
  const { state } = call.seen;
  return {
    role: call.link.role,
    participantName: call.link.display_name,
    language: languageOfRole(call.link.role, call.appt),
    appointment: appointmentSummary(call),
    window: presentWindow(call),
    state: presentState(call, state),
    videoAvailable: video.status === 'up',
    videoUnavailableReason: video.status === 'up' ? null : video.reason,
    employeeBusy: call.link.role !== 'employee' && call.window.status === 'open' && (await employeeInAnotherCall(knex, call.appt, state, now)),
  };
}

/**
 * POST of a join link: ensure the room and sign a short-lived token with the
 * least grants of the role. Guests wait in the lobby until admitted once; the
 * employee is always in. The state is the one read with the link (one
 * statement, no write: a repeated join changes nothing); the room is asked of
 * LiveKit unless this process ensured it with the same metadata moments ago
 * (see ensureRoomCached: a room LiveKit lost meanwhile is recreated on connect
 * and guardJoin gives it the call's rules again).
 */
export async function joinCall(deps: CallDeps, call: LinkedCall) {
  assertWindowOpen(call);
  const { link, appt } = call;
  const { state } = call.seen;
  const view = presentState(call, state);
  await livekit(deps, 'ensureRoom', () =>
    deps.video.ensureRoomCached(appt.room_name, { ...ROOM_OPTIONS, metadata: JSON.stringify(roomMetadata(state, hasInterpreter(call))) }),
  );
  const participantToken = await deps.video.issueToken({
    roomName: appt.room_name,
    identity: link.identity,
    displayName: link.display_name,
    role: link.role,
    ...participantState(call, link, state),
  });
  return {
    serverUrl: deps.serverUrl,
    roomName: appt.room_name,
    participantName: link.display_name,
    participantIdentity: link.identity,
    participantToken,
    role: link.role,
    appointment: appointmentSummary(call),
    window: presentWindow(call),
    state: view,
  };
}
