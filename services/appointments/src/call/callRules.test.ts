import { describe, expect, it } from 'vitest';
import { checklistProblem, identityCheckPhase, identityCheckSeenBy, joinWindow, keepsVideo, roomMetadata, seesIdentityDocument, statusAfterCheck } from './callRules';

describe('call rules', () => {
  const start = new Date('2026-03-29T07:00:00Z'); // the morning clocks go forward in Athens: instants, not local times
  const end = new Date('2026-03-29T07:20:00Z');
  const s = { opensMinutesBefore: 15, graceMinutes: 30 };

  it('opens a link from 15 minutes before the start until 30 minutes after the end, inclusive', () => {
    expect(joinWindow(start, end, new Date('2026-03-29T06:44:59Z'), s).status).toBe('early');
    expect(joinWindow(start, end, new Date('2026-03-29T06:45:00Z'), s).status).toBe('open');
    expect(joinWindow(start, end, new Date('2026-03-29T07:50:00Z'), s).status).toBe('open');
    expect(joinWindow(start, end, new Date('2026-03-29T07:50:01Z'), s)).toMatchObject({ status: 'ended', closesAt: new Date('2026-03-29T07:50:00Z') });
  });

  it('keeps video for the interpreter always and for the citizen only when interpreted', () => {
    expect([keepsVideo('interpreter', false), keepsVideo('citizen', false), keepsVideo('citizen', true), keepsVideo('employee', true), keepsVideo('third_person', true)]).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(roomMetadata({ audioOnly: true, identityCheck: 'running' }, true)).toEqual({ v: 2, audioOnly: true, identityCheck: 'running', keepVideoRoles: ['citizen', 'interpreter'] });
  });

  it('tells every client the identity step\'s phase, never its result', () => {
    expect((['not_started', 'running', 'verified', 'failed', 'aborted'] as const).map(identityCheckPhase)).toEqual(['not_started', 'running', 'ended', 'ended', 'ended']);
    for (const identityCheck of ['verified', 'failed', 'aborted'] as const) {
      expect(roomMetadata({ audioOnly: false, identityCheck }, false)).toEqual({ v: 2, audioOnly: false, identityCheck: 'ended', keepVideoRoles: [] });
    }
  });

  it('tells the result to those who see the document, the phase to everyone else', () => {
    expect(identityCheckSeenBy('employee', null, 'failed')).toBe('failed');
    expect(identityCheckSeenBy('citizen', null, 'verified')).toBe('verified');
    expect(identityCheckSeenBy('interpreter', 'gsl', 'aborted')).toBe('aborted');
    expect(identityCheckSeenBy('interpreter', null, 'verified')).toBe('ended');
    expect(identityCheckSeenBy('third_person', 'lip_reading', 'verified')).toBe('ended');
    expect(identityCheckSeenBy('third_person', null, 'running')).toBe('running');
  });

  it('shows the identity document to the employee and the citizen; to the interpreter only when the citizen is interpreted; never to the third person', () => {
    for (const interpretation of ['gsl', 'lip_reading', null]) {
      expect(seesIdentityDocument('employee', interpretation)).toBe(true);
      expect(seesIdentityDocument('citizen', interpretation)).toBe(true);
      expect(seesIdentityDocument('third_person', interpretation)).toBe(false);
    }
    expect(seesIdentityDocument('interpreter', 'gsl')).toBe(true);
    expect(seesIdentityDocument('interpreter', 'lip_reading')).toBe(true);
    expect(seesIdentityDocument('interpreter', null)).toBe(false);
  });

  it('verifies only with a complete checklist; an abort for poor quality reads "aborted"', () => {
    const all = { front: true, back: true, securityFeatures: true, faceMatch: true };
    expect(checklistProblem('verified', all)).toBeNull();
    expect(checklistProblem('verified', { ...all, back: false, faceMatch: false })).toBe('back, faceMatch');
    expect(checklistProblem('failed', { ...all, back: false })).toBeNull();
    expect(statusAfterCheck('aborted_poor_quality')).toBe('aborted');
  });

  it('for a business representative verifies only with the proof of representation; "not proven" needs the document checked and reads "failed"', () => {
    const document = { front: true, back: true, securityFeatures: true, faceMatch: true };
    const business = { representation: true };
    expect(checklistProblem('verified', document, business)).toBe('representation');
    expect(checklistProblem('verified', { ...document, representation: false }, business)).toBe('representation');
    expect(checklistProblem('verified', { ...document, representation: true }, business)).toBeNull();
    expect(checklistProblem('representation_not_proven', { ...document, representation: false }, business)).toBeNull();
    expect(checklistProblem('representation_not_proven', { ...document, faceMatch: false }, business)).toBe('faceMatch');
    // A person booking for themselves is not asked for it.
    expect(checklistProblem('verified', { ...document, representation: false })).toBeNull();
    expect(statusAfterCheck('representation_not_proven')).toBe('failed');
  });
});
