import { describe, expect, it } from 'vitest';
import {
  type AdaptationContext,
  type AdaptationEvent,
  type AdaptationState,
  adapt,
  adaptAll,
  decodeStatus,
  encodeStatus,
  initialAdaptation,
  mediaPlanFor,
  profileFor,
  type Quality,
  statusOf,
} from './networkAdaptation';

const s = (sec: number) => sec * 1000;
const q = (at: number, quality: Quality): AdaptationEvent => ({ type: 'quality', quality, at: s(at) });
/** A tick every second from `from` to `to` (inclusive), as the page does. */
const ticks = (from: number, to: number): AdaptationEvent[] => Array.from({ length: to - from + 1 }, (_, i) => ({ type: 'tick', at: s(from + i) }));

const citizen: AdaptationContext = { profile: profileFor('citizen', []), sendsVideo: true };
const employee: AdaptationContext = { profile: profileFor('employee', []), sendsVideo: true };
const interpretedCitizen: AdaptationContext = { profile: profileFor('citizen', ['citizen', 'interpreter']), sendsVideo: true };
const interpreter: AdaptationContext = { profile: profileFor('interpreter', ['citizen', 'interpreter']), sendsVideo: true };

/** The step at each whole second (0..until) while `events` happen at their times. */
function timeline(events: AdaptationEvent[], ctx: AdaptationContext, until: number, from: AdaptationState = initialAdaptation) {
  const all = [...events, ...ticks(0, until)].sort((a, b) => a.at - b.at || (a.type === 'tick' ? 1 : -1));
  const steps = new Map<number, string>();
  let state = from;
  for (const e of all) {
    state = adapt(state, e, ctx);
    if (e.type === 'tick') steps.set(e.at / 1000, state.step);
  }
  return { at: (sec: number) => steps.get(sec), state };
}

/** The first second at which the step is `step`, or null. */
function firstAt(events: AdaptationEvent[], ctx: AdaptationContext, until: number, step: string): number | null {
  const t = timeline(events, ctx, until);
  for (let sec = 0; sec <= until; sec++) if (t.at(sec) === step) return sec;
  return null;
}

describe('network adaptation', () => {
  it('one poor rating between good ones (a blip) changes nothing', () => {
    const t = timeline([q(0, 'excellent'), q(10, 'poor'), q(15, 'good'), q(30, 'poor'), q(35, 'excellent')], citizen, 60);
    for (let sec = 0; sec <= 60; sec++) expect(t.at(sec)).toBe('normal');
  });

  it('a poor connection that lasts is first reduced, then the citizen is asked (never switched) about sound only', () => {
    const events = [q(0, 'good'), q(10, 'poor')];
    expect(firstAt(events, citizen, 60, 'reduced')).toBe(18);
    expect(firstAt(events, citizen, 60, 'propose-audio-only')).toBe(25);
    expect(firstAt(events, citizen, 120, 'audio-only')).toBeNull();
    // 'lost' ratings count as poor.
    expect(firstAt([q(0, 'good'), q(10, 'lost')], citizen, 60, 'propose-audio-only')).toBe(25);
  });

  it('time away from the server (a video-server outage, a reconnect) is not a poor network: the ratings start afresh after it', () => {
    // "lost" at 10 s, then the connection is interrupted until 40 s; the old rating comes back as "unknown" (the hook's doing).
    const events: AdaptationEvent[] = [q(0, 'good'), q(10, 'lost'), { type: 'interrupted', at: s(11) }, { type: 'interrupted', at: s(40) }, q(40, 'unknown')];
    const t = timeline(events, employee, 60);
    for (let sec = 0; sec <= 60; sec++) expect(t.at(sec), `second ${sec}`).toBe('normal');
    // A connection poor after the interruption is judged from then on.
    expect(firstAt([...events, q(41, 'poor')], employee, 80, 'audio-only')).toBe(56);
  });

  it('the employee is switched to sound only by the page, and the state says so for the notice', () => {
    const t = timeline([q(0, 'good'), q(10, 'poor')], employee, 30);
    expect(t.at(24)).toBe('reduced');
    expect(t.at(25)).toBe('audio-only');
    expect(t.state.switchedByItself).toBe(true);
    expect(statusOf(t.state.step)).toBe('audio-only');
  });

  it('the citizen accepts; once good for 10 s the video is offered again, and turning it on keeps the reduction until it proves good', () => {
    const accepted = adaptAll([q(0, 'good'), q(10, 'poor'), ...ticks(11, 25), { type: 'accept', at: s(26) }], citizen);
    expect(accepted).toMatchObject({ step: 'audio-only', switchedByItself: false });
    const sound = { ...citizen, sendsVideo: false };
    // Recovery hysteresis: good for 9 s is not enough, a poor rating starts over.
    const t = timeline([q(40, 'good'), q(49, 'poor'), q(55, 'excellent')], sound, 80, accepted);
    expect(t.at(64)).toBe('audio-only');
    expect(t.at(65)).toBe('offer-video-again');
    const on = adapt(t.state, { type: 'videoOn', at: s(81) }, citizen);
    expect(on.step).toBe('reduced');
    expect(adaptAll(ticks(82, 90), citizen, on).step).toBe('reduced');
    expect(adaptAll(ticks(82, 91), citizen, on).step).toBe('normal');
  });

  it('an offer of video is withdrawn when the connection is poor again for more than a blip', () => {
    const offered = adaptAll([q(0, 'poor'), ...ticks(1, 15), q(16, 'good'), ...ticks(17, 26)], employee);
    expect(offered.step).toBe('offer-video-again');
    const t = timeline([q(30, 'poor'), q(35, 'good'), q(50, 'poor')], employee, 70, offered);
    expect(t.at(45)).toBe('offer-video-again');
    expect(t.at(57)).toBe('offer-video-again');
    expect(t.at(58)).toBe('audio-only');
  });

  it('"keep video" asks again only after another full period of poor connection', () => {
    const proposed = adaptAll([q(0, 'poor'), ...ticks(1, 15)], citizen);
    expect(proposed.step).toBe('propose-audio-only');
    const kept = adapt(proposed, { type: 'decline', at: s(20) }, citizen);
    expect(kept.step).toBe('reduced');
    expect(adaptAll(ticks(21, 34), citizen, kept).step).toBe('reduced');
    expect(adaptAll(ticks(21, 35), citizen, kept).step).toBe('propose-audio-only');
  });

  it('a reduced connection that recovers for 10 s is normal again; nothing is proposed to someone whose camera is already off', () => {
    const t = timeline([q(0, 'poor'), q(12, 'good')], citizen, 30);
    expect(t.at(21)).toBe('reduced');
    expect(t.at(22)).toBe('normal');
    const noCamera = { ...citizen, sendsVideo: false };
    expect(adaptAll([q(0, 'poor'), ...ticks(1, 120)], noCamera).step).toBe('reduced');
    // The camera turned off by hand while asked: the question goes away.
    const proposed = adaptAll([q(0, 'poor'), ...ticks(1, 15)], citizen);
    expect(adapt(proposed, { type: 'tick', at: s(16) }, noCamera).step).toBe('reduced');
  });

  it('sign language goes last: the interpreted citizen and the interpreter are reduced like others but only asked, and much later', () => {
    const poor = [q(0, 'good'), q(10, 'poor')];
    for (const ctx of [interpretedCitizen, interpreter]) {
      expect(ctx.profile.signLanguage).toBe(true);
      expect(firstAt(poor, ctx, 120, 'reduced')).toBe(18);
      expect(firstAt(poor, ctx, 120, 'propose-audio-only')).toBe(55);
      expect(firstAt(poor, ctx, 300, 'audio-only')).toBeNull();
    }
    // In the same interpreted call, the employee's camera goes long before.
    const sameCallEmployee = { profile: profileFor('employee', ['citizen', 'interpreter']), sendsVideo: true };
    expect(firstAt(poor, sameCallEmployee, 120, 'audio-only')).toBe(25);
    // Without an interpreter the citizen is asked 30 s earlier.
    expect(firstAt(poor, citizen, 120, 'propose-audio-only')).toBe(25);
  });

  it('a signer keeps a higher frame rate when reduced, and sign language is received a layer higher', () => {
    expect(mediaPlanFor('normal', false)).toEqual({ publish: null, receiveOthers: 'high', receiveSignLanguage: 'high' });
    expect(mediaPlanFor('reduced', false)).toEqual({ publish: { maxHeight: 360, frameRate: 15 }, receiveOthers: 'low', receiveSignLanguage: 'medium' });
    expect(mediaPlanFor('reduced', true).publish).toEqual({ maxHeight: 360, frameRate: 24 });
  });

  it('the status told to the others survives the wire; anything else is ignored', () => {
    for (const status of ['normal', 'reduced', 'audio-only'] as const) expect(decodeStatus(encodeStatus(status))).toBe(status);
    expect(decodeStatus(new TextEncoder().encode('{"v":2,"status":"normal"}'))).toBeNull();
    expect(decodeStatus(new TextEncoder().encode('not json'))).toBeNull();
    expect(statusOf('propose-audio-only')).toBe('reduced');
    expect(statusOf('offer-video-again')).toBe('audio-only');
  });
});
