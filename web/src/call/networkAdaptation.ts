// What the call does when this person's connection stays poor: first it sends
// and receives less, then it proposes (citizen) or switches to (everyone else,
// with a notice) sound only for their own camera, and once the connection has
// been good for a while it offers the video again. Pure rules, no React and no
// LiveKit, so they are tested on their own (networkAdaptation.test.ts).
import type { Quality } from './connection';
import type { CallRole } from './types';

export type { Quality };

export type AdaptationStep =
  /** nothing to do */
  | 'normal'
  /** lower resolution and frame rate sent; other people's video received at a lower layer */
  | 'reduced'
  /** the person is asked whether to turn their camera off (never done without them) */
  | 'propose-audio-only'
  /** their camera is off because of the connection (switched, or the proposal accepted) */
  | 'audio-only'
  /** audio-only, and the connection has been good for a while: the video may come back */
  | 'offer-video-again';

export interface AdaptationProfile {
  /** poor this long (ms, unbroken) before sending and receiving less */
  reduceAfterMs: number;
  /** poor this long (ms, unbroken) before sound only is proposed or switched to */
  audioOnlyAfterMs: number;
  /** true: switch by itself (with a notice); false: only propose */
  switchesByItself: boolean;
  /** good this long (ms, unbroken) before the reduction ends or the video is offered again */
  recoverAfterMs: number;
  /** whose video is the call itself (sign language): kept at a better quality when reduced */
  signLanguage: boolean;
}

/** LiveKit rates each connection every 5 s: one poor rating is a blip, two in a row begin to count. */
const REDUCE_AFTER_MS = 8_000;
const AUDIO_ONLY_AFTER_MS = 15_000;
/** Sign language is the call: the interpreter's and the interpreted citizen's cameras go last, and never by themselves. */
const SIGN_LANGUAGE_AUDIO_ONLY_AFTER_MS = 45_000;
/** Longer than a blip of good, so a connection hovering at the edge does not flip the picture back and forth. */
const RECOVER_AFTER_MS = 10_000;

/**
 * Whose video goes when. The roles that keep video in an audio-only call (the
 * server's keepVideoRoles: the interpreter and the citizen they interpret for)
 * sign: they get reduced first like everyone, but sound only is only proposed
 * to them, and much later. A citizen decides for themselves; the employee and
 * a third person are switched (and told, and may switch back).
 */
export function profileFor(role: CallRole, keepVideoRoles: readonly CallRole[]): AdaptationProfile {
  const signLanguage = keepVideoRoles.includes(role);
  return {
    reduceAfterMs: REDUCE_AFTER_MS,
    audioOnlyAfterMs: signLanguage ? SIGN_LANGUAGE_AUDIO_ONLY_AFTER_MS : AUDIO_ONLY_AFTER_MS,
    switchesByItself: !signLanguage && role !== 'citizen',
    recoverAfterMs: RECOVER_AFTER_MS,
    signLanguage,
  };
}

export interface AdaptationState {
  step: AdaptationStep;
  /** start (ms) of the current unbroken run of poor/lost ratings, or null */
  poorSince: number | null;
  /** start (ms) of the current unbroken run of good/excellent ratings, or null */
  goodSince: number | null;
  /** audio-only was switched by the page, not chosen by the person (the notice says so) */
  switchedByItself: boolean;
}

export const initialAdaptation: AdaptationState = { step: 'normal', poorSince: null, goodSince: null, switchedByItself: false };

export type AdaptationEvent =
  /** LiveKit's rating of this person's own connection changed */
  | { type: 'quality'; quality: Quality; at: number }
  /** time passes (the page ticks every second: ratings only arrive on change) */
  | { type: 'tick'; at: number }
  /** "Switch to audio only" */
  | { type: 'accept'; at: number }
  /** "Keep video": asked again only after another full period of poor connection */
  | { type: 'decline'; at: number }
  /** "Turn video back on" (or the person turned the camera on themselves) */
  | { type: 'videoOn'; at: number }
  /**
   * The call's connection was interrupted (reconnecting, or the service's video
   * server down): that time says nothing about the person's network, so the
   * runs of ratings start afresh once connected again.
   */
  | { type: 'interrupted'; at: number };

export interface AdaptationContext {
  profile: AdaptationProfile;
  /** the person's camera is being sent (off by choice or by an audio-only call: nothing to propose) */
  sendsVideo: boolean;
}

const isPoor = (q: Quality) => q === 'poor' || q === 'lost';
const isGood = (q: Quality) => q === 'good' || q === 'excellent';
const lasted = (since: number | null, at: number, ms: number) => since !== null && at - since >= ms;

/** The next state after one event. */
export function adapt(state: AdaptationState, event: AdaptationEvent, ctx: AdaptationContext): AdaptationState {
  let s = state;
  switch (event.type) {
    case 'quality':
      // 'unknown' tells nothing: the runs go on.
      if (isPoor(event.quality)) s = { ...s, poorSince: s.poorSince ?? event.at, goodSince: null };
      else if (isGood(event.quality)) s = { ...s, goodSince: s.goodSince ?? event.at, poorSince: null };
      break;
    case 'accept':
      if (s.step === 'propose-audio-only') return { ...s, step: 'audio-only', switchedByItself: false };
      return s;
    case 'decline':
      if (s.step === 'propose-audio-only') return { ...s, step: 'reduced', poorSince: s.poorSince === null ? null : event.at };
      return s;
    case 'videoOn':
      if (s.step !== 'audio-only' && s.step !== 'offer-video-again') return s;
      // Still reduced: the connection has to prove itself good with the camera on.
      s = { ...s, step: 'reduced', switchedByItself: false, goodSince: s.goodSince === null ? null : event.at, poorSince: s.poorSince === null ? null : event.at };
      break;
    case 'interrupted':
      return { ...s, poorSince: null, goodSince: null };
    case 'tick':
      break;
  }
  return advance(s, event.at, ctx);
}

function advance(s: AdaptationState, at: number, { profile, sendsVideo }: AdaptationContext): AdaptationState {
  const poorFor = (ms: number) => lasted(s.poorSince, at, ms);
  const recovered = lasted(s.goodSince, at, profile.recoverAfterMs);
  switch (s.step) {
    case 'normal':
      return poorFor(profile.reduceAfterMs) ? advance({ ...s, step: 'reduced' }, at, { profile, sendsVideo }) : s;
    case 'reduced':
      if (recovered) return { ...s, step: 'normal' };
      if (sendsVideo && poorFor(profile.audioOnlyAfterMs)) {
        return profile.switchesByItself ? { ...s, step: 'audio-only', switchedByItself: true } : { ...s, step: 'propose-audio-only' };
      }
      return s;
    case 'propose-audio-only':
      if (recovered) return { ...s, step: 'normal' };
      // The camera went off meanwhile (by hand, or the whole call went audio-only): nothing left to propose.
      if (!sendsVideo) return { ...s, step: 'reduced' };
      return s;
    case 'audio-only':
      return recovered ? { ...s, step: 'offer-video-again' } : s;
    case 'offer-video-again':
      // Poor again before the person took the offer: withdrawn, but not for a single blip.
      return poorFor(profile.reduceAfterMs) ? { ...s, step: 'audio-only' } : s;
  }
}

/** Folds a series of events (the unit tests' time series). */
export function adaptAll(events: readonly AdaptationEvent[], ctx: AdaptationContext, from: AdaptationState = initialAdaptation): AdaptationState {
  return events.reduce((s, e) => adapt(s, e, ctx), from);
}

/** Whether this step keeps the person's own camera off. */
export const cameraOffFor = (step: AdaptationStep) => step === 'audio-only' || step === 'offer-video-again';

export interface MediaPlan {
  /** what this person's camera sends: as captured, or at a lower resolution and frame rate */
  publish: { maxHeight: number; frameRate: number } | null;
  /** the layer received from people whose video is not sign language */
  receiveOthers: 'high' | 'low';
  /** the layer received from the interpreter and the interpreted citizen */
  receiveSignLanguage: 'high' | 'medium';
}

/**
 * What is sent and received in each step. Sign language needs motion more than
 * pixels: a signer keeps a higher frame rate when reduced, and their video is
 * received a layer higher than everyone else's.
 */
export function mediaPlanFor(step: AdaptationStep, selfSigns: boolean): MediaPlan {
  if (step === 'normal') return { publish: null, receiveOthers: 'high', receiveSignLanguage: 'high' };
  return {
    publish: selfSigns ? { maxHeight: 360, frameRate: 24 } : { maxHeight: 360, frameRate: 15 },
    receiveOthers: 'low',
    receiveSignLanguage: 'medium',
  };
}

/** What a participant tells the others about their own adaptation (a LiveKit data message on NETWORK_TOPIC). */
export type NetworkStatus = 'normal' | 'reduced' | 'audio-only';
export const NETWORK_TOPIC = 'network';

export const statusOf = (step: AdaptationStep): NetworkStatus => (cameraOffFor(step) ? 'audio-only' : step === 'normal' ? 'normal' : 'reduced');

export function encodeStatus(status: NetworkStatus): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify({ v: 1, status }));
}

/** A received status, or null for anything else (older or broken messages are ignored). */
export function decodeStatus(payload: Uint8Array): NetworkStatus | null {
  try {
    const m = JSON.parse(new TextDecoder().decode(payload)) as { v?: unknown; status?: unknown };
    return m.v === 1 && (m.status === 'normal' || m.status === 'reduced' || m.status === 'audio-only') ? m.status : null;
  } catch {
    return null;
  }
}
