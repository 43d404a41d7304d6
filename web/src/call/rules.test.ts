import { describe, expect, it } from 'vitest';
import { arrangeStage, audioOnlyNotice, followPhase, identityAnnouncement, identityCheckEnded, identityResultOf, judgeNetwork, learnsIdentityResult, levelOf, mayPublish, mediaWithheld, nextTickMs, parseRoomMetadata, receivesVideoFrom, refusalOf, remaining, rtcConfigFor, SELF, serverOffsetMs, stageTiles } from './rules';
import type { CallRole } from './types';

describe('room metadata', () => {
  it('reads version 2, the identity check\'s phase only, and ignores anything else', () => {
    expect(parseRoomMetadata('{"v":2,"audioOnly":true,"identityCheck":"ended","keepVideoRoles":["citizen","interpreter","x"]}')).toEqual({
      audioOnly: true,
      identityCheck: 'ended',
      keepVideoRoles: ['citizen', 'interpreter'],
    });
    expect(parseRoomMetadata('{"v":2,"audioOnly":false,"identityCheck":"running","keepVideoRoles":[]}')).toMatchObject({ identityCheck: 'running' });
    // A result in the metadata is not a phase: not taken (v1 carried it; v2 never does).
    expect(parseRoomMetadata('{"v":2,"audioOnly":true,"identityCheck":"verified","keepVideoRoles":[]}')).toBeNull();
    expect(parseRoomMetadata('{"v":1,"audioOnly":true,"identityCheck":"verified","keepVideoRoles":[]}')).toBeNull();
    expect(parseRoomMetadata('{"v":3,"audioOnly":true,"identityCheck":"ended","keepVideoRoles":[]}')).toBeNull();
    expect(parseRoomMetadata('not json')).toBeNull();
    expect(parseRoomMetadata('')).toBeNull();
  });

  it('keeps a result the page was told while the phase says ended; any other phase replaces it', () => {
    expect(followPhase('verified', 'ended')).toBe('verified');
    expect(followPhase('failed', 'ended')).toBe('failed');
    expect(followPhase('running', 'ended')).toBe('ended');
    expect(followPhase('verified', 'running')).toBe('running');
    expect(followPhase('ended', 'ended')).toBe('ended');
    expect(followPhase('not_started', 'not_started')).toBe('not_started');
  });
});

describe('audio-only', () => {
  it('keeps video only from the roles that keep it', () => {
    const state = { audioOnly: true, keepVideoRoles: ['citizen', 'interpreter'] as const };
    expect(receivesVideoFrom('interpreter', { ...state, keepVideoRoles: [...state.keepVideoRoles] })).toBe(true);
    expect(receivesVideoFrom('employee', { ...state, keepVideoRoles: [...state.keepVideoRoles] })).toBe(false);
    expect(receivesVideoFrom('employee', { audioOnly: false, keepVideoRoles: [] })).toBe(true);
    expect(receivesVideoFrom(null, { audioOnly: true, keepVideoRoles: ['citizen'] })).toBe(false);
  });

  it('tells each participant whose pictures stay on, from where they stand', () => {
    const interpreted = { audioOnly: true, keepVideoRoles: ['citizen', 'interpreter'] as CallRole[] };
    expect(audioOnlyNotice('citizen', interpreted)).toBe('noticeKeep');
    expect(audioOnlyNotice('interpreter', interpreted)).toBe('noticeKeepInterpreter');
    expect(audioOnlyNotice('employee', interpreted)).toBe('noticeOthersKeep');
    expect(audioOnlyNotice('employee', { audioOnly: true, keepVideoRoles: [] })).toBe('notice');
  });
});

describe('stage layout', () => {
  const employee = { identity: 'e', role: 'employee' as const, lastSpokeAt: 0 };
  const citizen = { identity: 'c', role: 'citizen' as const, lastSpokeAt: 0 };
  const interpreter = { identity: 'i', role: 'interpreter' as const, lastSpokeAt: 500 };
  const third = { identity: 't', role: 'third_person' as const, lastSpokeAt: 0 };

  it('shows the other party large before anyone speaks', () => {
    expect(arrangeStage('citizen', [third, employee])).toEqual({ main: 'e', pinned: null, others: ['t'] });
    expect(arrangeStage('employee', [third, citizen])).toEqual({ main: 'c', pinned: null, others: ['t'] });
  });

  it('pins the interpreter beside the last speaker', () => {
    expect(arrangeStage('citizen', [employee, interpreter, { ...third, lastSpokeAt: 900 }])).toEqual({ main: 't', pinned: 'i', others: ['e'] });
  });

  it('an interpreter sees the citizen large, nobody pinned', () => {
    expect(arrangeStage('interpreter', [employee, citizen])).toEqual({ main: 'c', pinned: null, others: ['e'] });
  });

  it('an empty room has no speaker', () => {
    expect(arrangeStage('citizen', [])).toEqual({ main: null, pinned: null, others: [] });
  });

  it('keeps oneself small, beside nobody, until the identity step', () => {
    expect(stageTiles({ main: 't', pinned: 'i', others: ['e'] }, false)).toEqual({ large: ['t', 'i'], small: ['e', SELF] });
    expect(stageTiles({ main: null, pinned: null, others: [] }, false)).toEqual({ large: [], small: [SELF] });
  });

  it('shows the citizen their own picture large beside the interpreter during the identity step', () => {
    expect(stageTiles({ main: 'e', pinned: 'i', others: ['t'] }, true)).toEqual({ large: [SELF, 'i'], small: ['e', 't'] });
    expect(stageTiles({ main: 'e', pinned: null, others: [] }, true)).toEqual({ large: [SELF, 'e'], small: [] });
    expect(stageTiles({ main: null, pinned: null, others: [] }, true)).toEqual({ large: [SELF], small: [] });
  });
});

describe('network check', () => {
  it('judges by the median round trip', () => {
    expect(judgeNetwork([40, 55, 30])).toEqual({ verdict: 'good', medianMs: 40 });
    expect(judgeNetwork([900, 700, 1200])).toEqual({ verdict: 'weak', medianMs: 900 });
    expect(judgeNetwork([40, null, null])).toMatchObject({ verdict: 'weak' });
    expect(judgeNetwork([null, null])).toEqual({ verdict: 'offline', medianMs: null });
  });
});

describe('clocks and countdowns', () => {
  it('takes the server clock from the Date header, ignoring sub-second noise', () => {
    const now = Date.parse('2026-11-24T09:00:00.400Z');
    expect(serverOffsetMs('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(serverOffsetMs('Tue, 24 Nov 2026 10:00:00 GMT', now)).toBe(3_599_600);
    expect(serverOffsetMs(null, now)).toBe(0);
  });

  it('splits what remains and ticks by the second only in the last hour', () => {
    expect(remaining(90_061_000, 0)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 1, totalMs: 90_061_000 });
    expect(remaining(0, 5)).toMatchObject({ totalMs: 0, seconds: 0 });
    expect(nextTickMs(125_500)).toBe(500);
    expect(nextTickMs(7_230_000)).toBe(30_000);
    expect(nextTickMs(0)).toBe(0);
  });
});

describe('refusals and permissions', () => {
  it('maps the API codes', () => {
    expect(refusalOf('appointment_cancelled')).toBe('cancelled');
    expect(refusalOf('link_replaced')).toBe('replaced');
    expect(refusalOf('too_early')).toBe('early');
    expect(refusalOf('link_taken_over')).toBe('takenOver');
    expect(refusalOf('employee_deactivated')).toBe('deactivated');
    expect(refusalOf(undefined)).toBe('other');
  });

  it('tells media withheld during the identity step from the waiting room', () => {
    expect(mediaWithheld({ canSubscribe: false, canPublishData: true })).toBe(true); // admitted, kept from the document
    expect(mediaWithheld({ canSubscribe: false, canPublishData: false })).toBe(false); // in the lobby
    expect(mediaWithheld({ canSubscribe: true, canPublishData: true })).toBe(false);
    expect(mediaWithheld(undefined)).toBe(false);
  });

  it('reads LiveKit publish permissions', () => {
    expect(mayPublish({ canPublish: true, canPublishSources: [2] }, 1)).toBe(false);
    expect(mayPublish({ canPublish: true, canPublishSources: [1, 2] }, 1)).toBe(true);
    expect(mayPublish({ canPublish: true, canPublishSources: [] }, 1)).toBe(true);
    expect(mayPublish({ canPublish: false, canPublishSources: [1] }, 1)).toBe(false);
    expect(mayPublish(undefined, 1)).toBe(false);
  });

  it('overrides ICE servers only for a LiveKit on loopback', () => {
    expect(rtcConfigFor('ws://127.0.0.1:7880')).toEqual({ iceServers: [] });
    expect(rtcConfigFor('wss://video.example.gr')).toBeUndefined();
  });

  it('measures microphone loudness', () => {
    expect(levelOf(new Uint8Array([128, 128, 128]))).toBe(0);
    expect(levelOf(new Uint8Array([0, 255, 0, 255]))).toBe(1);
  });
});

describe('the identity check as each participant learns it', () => {
  it('has ended once verified, failed, aborted or (for a guest) just ended; its result is told to those who take part in it', () => {
    const all = ['not_started', 'running', 'verified', 'failed', 'aborted', 'ended'] as const;
    expect(all.filter(identityCheckEnded)).toEqual(['verified', 'failed', 'aborted', 'ended']);
    expect(all.map(identityResultOf)).toEqual([null, null, 'verified', 'failed', 'aborted', null]);
    expect(learnsIdentityResult('citizen', null)).toBe(true);
    expect(learnsIdentityResult('employee', null)).toBe(true);
    expect(learnsIdentityResult('interpreter', 'gsl')).toBe(true);
    expect(learnsIdentityResult('interpreter', null)).toBe(false);
    expect(learnsIdentityResult('third_person', 'gsl')).toBe(false);
  });

  it('is announced with its result to those who learn it (once the API told them), as ended to the others', () => {
    expect(identityAnnouncement('running', true)).toBe('running');
    expect(identityAnnouncement('ended', true)).toBeNull();
    expect(identityAnnouncement('failed', true)).toBe('failed');
    expect(identityAnnouncement('running', false)).toBe('running');
    expect(identityAnnouncement('ended', false)).toBe('ended');
    expect(identityAnnouncement('aborted', false)).toBe('ended');
  });
});
