import type { ParticipantSummary } from '@muni/livekit';
import { auditCall } from './callAudit';
import { type CallDeps, livekit, presentState } from './callDeps';
import { changeCallState, markFirst, readCallState } from './callState';
import { employeeOnly, notInCall } from './errors';
import { participantState } from './grants';
import { assertWindowOpen, currentLinks, type JoinLinkRow, type LinkedCall } from './links';

/** Moderation is the employee's alone, and only while the call is open. */
export function assertEmployee(call: LinkedCall): void {
  if (call.link.role !== 'employee') throw employeeOnly();
  assertWindowOpen(call);
}

const connected = (deps: CallDeps, call: LinkedCall) =>
  livekit<ParticipantSummary[]>(deps, 'listParticipants', () => deps.video.listParticipants(call.appt.room_name), () => []);

/** A guest of this call version by identity; the employee cannot be admitted or removed. */
async function guestLink(deps: CallDeps, call: LinkedCall, identity: string): Promise<JoinLinkRow> {
  const link = (await currentLinks(deps.knex, call.appt)).find((l) => l.identity === identity);
  if (!link || link.role === 'employee') throw notInCall();
  return link;
}

/** Who is expected, who waits, who is in, and who came and went (from LiveKit's webhooks). */
export async function listCallParticipants(deps: CallDeps, call: LinkedCall) {
  assertEmployee(call);
  const [links, live, state, attendance] = await Promise.all([
    currentLinks(deps.knex, call.appt),
    connected(deps, call),
    readCallState(deps.knex, call.appt),
    deps.knex('call_attendance').where({ appointment_id: call.appt.id }).orderBy('joined_at').select('identity', 'role', 'joined_at', 'left_at'),
  ]);
  const names = new Map(links.map((l) => [l.identity, l.display_name]));
  const liveById = new Map(live.map((p) => [p.identity, p]));
  const participants = links.map((l) => {
    const p = liveById.get(l.identity);
    return {
      identity: l.identity,
      role: l.role,
      displayName: l.display_name,
      connected: Boolean(p),
      admitted: l.role === 'employee' || state.admitted.includes(l.identity),
      waiting: Boolean(p) && !p!.admitted,
      joinedAt: p ? p.joinedAt.toISOString() : null,
    };
  });
  return {
    participants,
    attendance: attendance.map((a: { identity: string; role: string | null; joined_at: Date; left_at: Date | null }) => ({
      identity: a.identity,
      role: a.role,
      displayName: names.get(a.identity) ?? null,
      joinedAt: a.joined_at.toISOString(),
      leftAt: a.left_at ? a.left_at.toISOString() : null,
    })),
    state: presentState(call, state),
  };
}

/**
 * Lets a guest in (also before they connect: they then join admitted). In an
 * audio-only call they come in with sound only, unless they keep video; during
 * the identity step, receiving nothing unless they may see the document.
 */
export async function admitParticipant(deps: CallDeps, call: LinkedCall, identity: string, ip: string) {
  assertEmployee(call);
  const guest = await guestLink(deps, call, identity);
  const { appt } = call;
  let isConnected = true;
  const notConnected = () => {
    isConnected = false;
  };
  await changeCallState(deps.knex, appt, deps.now(), async (s, trx) => {
    const next = { ...s, admitted: [...new Set([...s.admitted, identity])] };
    const wanted = participantState(call, guest, next);
    await livekit(deps, 'applyState', () => deps.video.applyState(appt.room_name, identity, guest.role, wanted), notConnected);
    if (guest.role === 'citizen') await markFirst(trx, appt, 'citizen_admitted_at', deps.now()); // the waiting room's end, for the statistics
    return { admitted: next.admitted };
  });
  await auditCall(deps.knex, ip, call, 'call_admit', { role: guest.role });
  return { identity, role: guest.role, admitted: true, connected: isConnected };
}

/** Sends a guest out of the call; they wait in the lobby again if they rejoin. */
export async function removeCallParticipant(deps: CallDeps, call: LinkedCall, identity: string, ip: string) {
  assertEmployee(call);
  const guest = await guestLink(deps, call, identity);
  await changeCallState(deps.knex, call.appt, deps.now(), async (s) => {
    await livekit(deps, 'removeParticipant', () => deps.video.removeParticipant(call.appt.room_name, identity), () => undefined);
    return { admitted: s.admitted.filter((id) => id !== identity) };
  });
  await auditCall(deps.knex, ip, call, 'call_remove', { role: guest.role });
  return { identity, role: guest.role, admitted: false, connected: false };
}
