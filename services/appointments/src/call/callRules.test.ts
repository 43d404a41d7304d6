import { describe, expect, it } from 'vitest';
import { checklistProblem, joinWindow, keepsVideo, roomMetadata, seesIdentityDocument, statusAfterCheck } from './callRules';

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
    expect(roomMetadata({ audioOnly: true, identityCheck: 'verified' }, true)).toEqual({ v: 1, audioOnly: true, identityCheck: 'verified', keepVideoRoles: ['citizen', 'interpreter'] });
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
