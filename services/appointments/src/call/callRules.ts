import type { VideoRole } from '@muni/livekit';

// Pure rules of a video call: when a link works, who keeps video in an
// audio-only call, how an identity check ends, what every client is told.

export type IdentityCheckStatus = 'not_started' | 'running' | 'verified' | 'failed' | 'aborted';
/**
 * representation_not_proven: the person is identified but has not shown that
 * they represent the business the appointment was booked for (decree, article
 * 3§1); for the call it is a failed check.
 */
export type IdentityCheckOutcome = 'verified' | 'failed' | 'aborted_poor_quality' | 'representation_not_proven';

export function statusAfterCheck(outcome: IdentityCheckOutcome): IdentityCheckStatus {
  if (outcome === 'aborted_poor_quality') return 'aborted';
  return outcome === 'representation_not_proven' ? 'failed' : outcome;
}

export interface JoinWindow {
  opensAt: Date;
  closesAt: Date;
  status: 'early' | 'open' | 'ended';
}

export interface WindowSettings {
  opensMinutesBefore: number;
  graceMinutes: number;
}

/** A link works from a while before the start until the end plus a grace period (late starts, overruns). */
export function joinWindow(start: Date, end: Date, now: Date, s: WindowSettings): JoinWindow {
  const opensAt = new Date(start.getTime() - s.opensMinutesBefore * 60_000);
  const closesAt = new Date(end.getTime() + s.graceMinutes * 60_000);
  const status = now < opensAt ? 'early' : now > closesAt ? 'ended' : 'open';
  return { opensAt, closesAt, status };
}

/**
 * In an audio-only call a sign-language or lip-reading interpreter keeps video,
 * and so does the citizen they interpret for (signing and lip reading need it).
 */
export function keepsVideo(role: VideoRole, hasInterpreter: boolean): boolean {
  return role === 'interpreter' || (role === 'citizen' && hasInterpreter);
}

export function keepVideoRoles(hasInterpreter: boolean): VideoRole[] {
  return hasInterpreter ? ['citizen', 'interpreter'] : [];
}

/**
 * Who sees the identity document while the employee checks it: the employee
 * and the citizen (it is their own camera), and the interpreter only when the
 * citizen is the one being interpreted (the appointment asked for
 * interpretation): a deaf citizen keeps their interpreter through the step.
 * Everyone else (the third person) receives no media until the step ends.
 */
export function seesIdentityDocument(role: VideoRole, interpretation: string | null): boolean {
  if (role === 'employee' || role === 'citizen') return true;
  return role === 'interpreter' && interpretation !== null;
}

/** Audio-only is a choice for after the identity step, never instead of it. */
export const audioOnlyAllowed = (identityCheck: IdentityCheckStatus) => identityCheck === 'verified';

/** Who may switch the call to audio only: the two parties of the appointment. */
export const mayToggleAudioOnly = (role: VideoRole) => role === 'citizen' || role === 'employee';

/** How far the identity step is, without how it ended: what everyone in the call may know. */
export type IdentityCheckPhase = 'not_started' | 'running' | 'ended';

export function identityCheckPhase(status: IdentityCheckStatus): IdentityCheckPhase {
  return status === 'not_started' || status === 'running' ? status : 'ended';
}

/**
 * What one participant is told of the identity check: its result is personal
 * data of the citizen, so only those who take part in the check (the same
 * people who see the document) learn it; everyone else only that it ended.
 */
export function identityCheckSeenBy(role: VideoRole, interpretation: string | null, status: IdentityCheckStatus): IdentityCheckStatus | IdentityCheckPhase {
  return seesIdentityDocument(role, interpretation) ? status : identityCheckPhase(status);
}

/**
 * The room metadata every client receives (RoomEvent.RoomMetadataChanged),
 * the third person's browser included: hence the identity step's phase only,
 * never its result (those who learn it ask GET /calls/:token/state). Versioned
 * so the join page can ignore shapes it does not know; v1 carried the result.
 */
export interface RoomMetadata {
  v: 2;
  audioOnly: boolean;
  identityCheck: IdentityCheckPhase;
  /** roles whose camera stays on while audioOnly is true */
  keepVideoRoles: VideoRole[];
}

export function roomMetadata(state: { audioOnly: boolean; identityCheck: IdentityCheckStatus }, hasInterpreter: boolean): RoomMetadata {
  return { v: 2, audioOnly: state.audioOnly, identityCheck: identityCheckPhase(state.identityCheck), keepVideoRoles: keepVideoRoles(hasInterpreter) };
}

/** The point of the checklist that is the proof of representation; the others are the identity document's. */
export const REPRESENTATION_POINT = 'representation';

/**
 * The points an outcome still lacks, or null. Verified needs every point of
 * the document and, when the booking is on behalf of a business whose link is
 * only declared (`representation`), the proof of representation too;
 * representation_not_proven needs the document's points (the person is
 * identified); the others need nothing more.
 */
export function checklistProblem(outcome: IdentityCheckOutcome, checklist: Record<string, boolean | undefined>, opts: { representation: boolean } = { representation: false }): string | null {
  if (outcome !== 'verified' && outcome !== 'representation_not_proven') return null;
  const points = Object.keys(checklist).filter((k) => k !== REPRESENTATION_POINT);
  if (outcome === 'verified' && opts.representation) points.push(REPRESENTATION_POINT);
  const missing = points.filter((k) => !checklist[k]);
  return missing.length ? missing.join(', ') : null;
}
