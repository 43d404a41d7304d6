// Pure rules of the join page and the call: no React, no LiveKit, so they are
// tested on their own (rules.test.ts).
import type { CallRole, CallState, IdentityCheckStatus } from './types';

const ROLES: readonly CallRole[] = ['citizen', 'employee', 'interpreter', 'third_person'];
const PHASES: readonly IdentityCheckPhase[] = ['not_started', 'running', 'ended'];

export const isCallRole = (v: unknown): v is CallRole => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** How far the identity check is, without how it ended: all the room metadata tells everyone. */
export type IdentityCheckPhase = Extract<IdentityCheckStatus, 'not_started' | 'running' | 'ended'>;
/** How an identity check ended: told only to those who take part in it, by the API (GET /calls/:token/state). */
export type IdentityResult = Exclude<IdentityCheckStatus, IdentityCheckPhase>;

/** The state the room metadata shares with everyone: the identity check's phase, not its result. */
export type RoomMetadata = Omit<CallState, 'admitted' | 'identityCheck'> & { identityCheck: IdentityCheckPhase };

/**
 * The room metadata the API sets after every identity-check or audio-only
 * change ({v:2, audioOnly, identityCheck: phase, keepVideoRoles}). Unknown
 * versions (v1 carried the result) and broken JSON are ignored: the state from
 * the join answer stays.
 */
export function parseRoomMetadata(raw: string | undefined | null): RoomMetadata | null {
  if (!raw) return null;
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  if (o.v !== 2 || typeof o.audioOnly !== 'boolean' || !PHASES.includes(o.identityCheck as IdentityCheckPhase)) return null;
  const keep = Array.isArray(o.keepVideoRoles) ? o.keepVideoRoles.filter(isCallRole) : [];
  return { audioOnly: o.audioOnly, identityCheck: o.identityCheck as IdentityCheckPhase, keepVideoRoles: keep };
}

/**
 * The identity check after the metadata's phase: a result already known stays
 * while the phase says "ended" (the metadata is sent again on every audio-only
 * switch); any other phase replaces it. An "ended" without a result is what a
 * page that learns it then asks the API about.
 */
export function followPhase(known: IdentityCheckStatus, phase: IdentityCheckPhase): IdentityCheckStatus {
  return phase === 'ended' && identityResultOf(known) !== null ? known : phase;
}

/** How the check ended, when this page knows it; null before the end, or when only told that it ended. */
export function identityResultOf(check: IdentityCheckStatus): IdentityResult | null {
  return check === 'verified' || check === 'failed' || check === 'aborted' ? check : null;
}

/** In an audio-only call, video is received only from the roles that keep it (interpreter, and the citizen they interpret for). */
export function receivesVideoFrom(role: CallRole | null, state: Pick<CallState, 'audioOnly' | 'keepVideoRoles'>): boolean {
  if (!state.audioOnly) return true;
  return role !== null && state.keepVideoRoles.includes(role);
}

/**
 * Whether the server withholds all media from this (admitted) participant:
 * LiveKit's canSubscribe is off while the identity document is shown to
 * others. canPublishData alone tells admission (see the API's permissions).
 */
export function mediaWithheld(perm: { canSubscribe: boolean; canPublishData: boolean } | undefined): boolean {
  return Boolean(perm?.canPublishData) && !perm!.canSubscribe;
}

/** Whether this participant's own camera stays on in an audio-only call. */
export const keepsOwnVideo = receivesVideoFrom;

/**
 * What an audio-only call's notice tells this participant (a key under
 * call.audioOnly): whose pictures stay on, from where they stand (the
 * interpreter keeps theirs and the citizen's, the citizen theirs and the
 * interpreter's).
 */
export function audioOnlyNotice(role: CallRole | null, state: Pick<CallState, 'audioOnly' | 'keepVideoRoles'>): 'notice' | 'noticeKeep' | 'noticeKeepInterpreter' | 'noticeOthersKeep' {
  if (keepsOwnVideo(role, state)) return role === 'interpreter' ? 'noticeKeepInterpreter' : 'noticeKeep';
  return state.keepVideoRoles.length > 0 ? 'noticeOthersKeep' : 'notice';
}

/** Whether an identity check has ended, one way or another (verified, failed, aborted, or just "ended"). */
export const identityCheckEnded = (check: IdentityCheckStatus): boolean => check === 'ended' || identityResultOf(check) !== null;

/**
 * Who is told how the identity check ended: those who take part in it (the
 * server's seesIdentityDocument: the employee, the citizen, and the interpreter
 * of an interpreted citizen). A guest learns only that it ended.
 */
export function learnsIdentityResult(role: CallRole, interpretation: string | null): boolean {
  return role === 'employee' || role === 'citizen' || (role === 'interpreter' && interpretation !== null);
}

/**
 * What the announcer says when the identity check changes (a key under
 * call.announce.identity), or null: a page that learns the result says
 * nothing at the bare "ended" and tells the result once the API gave it.
 */
export function identityAnnouncement(check: IdentityCheckStatus, learnsResult: boolean): string | null {
  if (!learnsResult) return identityCheckEnded(check) ? 'ended' : check;
  return check === 'ended' ? null : check;
}

export interface StageCandidate {
  identity: string;
  role: CallRole | null;
  /** ms timestamp of the last time they spoke; 0 if never */
  lastSpokeAt: number;
}

export interface StageLayout {
  /** the large speaker view */
  main: string | null;
  /** the interpreter, large beside the speaker */
  pinned: string | null;
  /** small tiles */
  others: string[];
}

// Whom each role sees large before anyone has spoken: the other party.
const DEFAULT_FOCUS: Record<CallRole, CallRole[]> = {
  citizen: ['employee', 'third_person'],
  employee: ['citizen', 'third_person'],
  interpreter: ['citizen', 'employee'],
  third_person: ['employee', 'citizen'],
};

/**
 * Large speaker view: the last one who spoke, else the other party of the
 * appointment. An interpreter (sign language, lip reading) is pinned large
 * beside the speaker: deaf participants must see both at once.
 */
export function arrangeStage(selfRole: CallRole, remotes: StageCandidate[]): StageLayout {
  const interpreter = selfRole === 'interpreter' ? undefined : remotes.find((r) => r.role === 'interpreter');
  const rest = remotes.filter((r) => r !== interpreter);
  let main: StageCandidate | undefined;
  for (const r of rest) if (r.lastSpokeAt > 0 && (!main || r.lastSpokeAt > main.lastSpokeAt)) main = r;
  if (!main) {
    for (const role of DEFAULT_FOCUS[selfRole]) {
      main = rest.find((r) => r.role === role);
      if (main) break;
    }
  }
  main ??= rest[0];
  return {
    main: main?.identity ?? null,
    pinned: interpreter?.identity ?? null,
    others: rest.filter((r) => r !== main).map((r) => r.identity),
  };
}

/** Oneself on the stage: SELF stands for the local participant among the identities. */
export const SELF = '@self';

export interface StageTiles {
  /** large tiles, side by side on wide screens and stacked on tall ones */
  large: string[];
  /** the strip of small tiles below them (oneself among them) */
  small: string[];
}

/**
 * Which tiles are large and which small. Normally the speaker and a pinned
 * interpreter are large, everyone else and oneself small. During the identity
 * step the citizen sees their own picture large (what the employee sees of
 * the document) beside the interpreter, or else the employee.
 */
export function stageTiles(layout: StageLayout, selfLarge: boolean): StageTiles {
  const big = [layout.main, layout.pinned].filter((id): id is string => id !== null);
  if (!selfLarge) return { large: big, small: [...layout.others, SELF] };
  const beside = layout.pinned ?? layout.main;
  return { large: beside ? [SELF, beside] : [SELF], small: [...big.filter((id) => id !== beside), ...layout.others] };
}

/**
 * Browsers here reach a LiveKit on loopback without STUN; there the public
 * STUN servers LiveKit suggests only slow ICE down. Elsewhere LiveKit's own
 * ICE servers (STUN/TURN) are needed, so nothing is overridden.
 */
export function rtcConfigFor(serverUrl: string): RTCConfiguration | undefined {
  let host: string;
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    return undefined;
  }
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' ? { iceServers: [] } : undefined;
}

export type NetworkVerdict = 'good' | 'weak' | 'offline';

/**
 * A rough network check from a few timed small requests to our API: the median
 * round trip decides. Over 600 ms (or any failure among few samples) suggests
 * joining with sound only; no answer at all means offline.
 */
export function judgeNetwork(samplesMs: (number | null)[]): { verdict: NetworkVerdict; medianMs: number | null } {
  const ok = samplesMs.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (ok.length === 0) return { verdict: 'offline', medianMs: null };
  const median = ok[Math.floor((ok.length - 1) / 2)]!;
  const failures = samplesMs.length - ok.length;
  return { verdict: median > 600 || failures > samplesMs.length / 3 ? 'weak' : 'good', medianMs: Math.round(median) };
}

/** How far the server's clock is ahead of this device's (from an HTTP Date header), in ms. */
export function serverOffsetMs(serverDate: string | null, clientNowMs: number): number {
  if (!serverDate) return 0;
  const t = Date.parse(serverDate);
  if (Number.isNaN(t)) return 0;
  const offset = t - clientNowMs;
  // The header has whole seconds: ignore differences it cannot resolve.
  return Math.abs(offset) < 2000 ? 0 : offset;
}

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  totalMs: number;
}

export function remaining(untilMs: number, nowMs: number): Remaining {
  const totalMs = Math.max(0, untilMs - nowMs);
  const s = Math.ceil(totalMs / 1000);
  return { days: Math.floor(s / 86400), hours: Math.floor((s % 86400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60, totalMs };
}

/**
 * When to redraw a countdown: every second in its last hour, else at the next
 * whole minute. The page itself asks the server again only once, when it opens.
 */
export function nextTickMs(totalMs: number): number {
  if (totalMs <= 0) return 0;
  if (totalMs <= 3_600_000) return (totalMs % 1000) || 1000;
  return (totalMs % 60_000) || 60_000;
}

export type Refusal = 'cancelled' | 'replaced' | 'ended' | 'unknown' | 'early' | 'unavailable' | 'takenOver' | 'deactivated' | 'other';

/** The API's refusal codes (403/404/410/425/503) as what the page explains. */
export function refusalOf(code: string | undefined): Refusal {
  switch (code) {
    case 'appointment_cancelled':
      return 'cancelled';
    case 'link_replaced':
      return 'replaced';
    case 'ended':
      return 'ended';
    case 'unknown_link':
      return 'unknown';
    case 'too_early':
      return 'early';
    case 'video_unavailable':
      return 'unavailable';
    case 'link_taken_over':
      return 'takenOver';
    case 'employee_deactivated':
      return 'deactivated';
    default:
      return 'other';
  }
}

/** LiveKit's TrackSource numbers (livekit protocol): CAMERA 1, MICROPHONE 2. */
export const SOURCE = { camera: 1, microphone: 2 } as const;

/** Whether a permission lets this source be published; LiveKit reads an empty list as "any source". */
export function mayPublish(perm: { canPublish: boolean; canPublishSources: number[] } | undefined, source: number): boolean {
  if (!perm?.canPublish) return false;
  return perm.canPublishSources.length === 0 || perm.canPublishSources.includes(source);
}

/** The guided identity step the citizen sees, in order (article 3 of the decree). */
export const IDENTITY_STEPS = ['front', 'back', 'tilt', 'face'] as const;
export type IdentityStep = (typeof IDENTITY_STEPS)[number];

/** 0..1 loudness from time-domain samples (0..255 around 128), for a microphone meter. */
export function levelOf(samples: Uint8Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const v of samples) {
    const x = (v - 128) / 128;
    sum += x * x;
  }
  const rms = Math.sqrt(sum / samples.length);
  return Math.min(1, rms * 3); // speech rarely passes rms 0.3
}
