import { describe, expect, it } from 'vitest';
import { canRecordOutcome, draftOf, outcomeLocked, outcomeProblems, toOutcomeRequest } from './outcomeForm';

const now = new Date('2026-11-24T10:00:00Z');

describe('the outcome form', () => {
  it('is offered once the appointment started, unless it was cancelled or missed', () => {
    expect(canRecordOutcome({ status: 'booked', start: '2026-11-24T09:30:00Z' }, now)).toBe(true);
    expect(canRecordOutcome({ status: 'booked', start: '2026-11-24T10:30:00Z' }, now)).toBe(false);
    expect(canRecordOutcome({ status: 'completed', start: '2026-11-20T09:30:00Z' }, now)).toBe(true);
    expect(canRecordOutcome({ status: 'no_show', start: '2026-11-24T09:30:00Z' }, now)).toBe(false);
    expect(canRecordOutcome({ status: 'cancelled', start: '2026-11-24T09:30:00Z' }, now)).toBe(false);
    expect(outcomeLocked({ editableUntil: '2026-11-24T09:59:00Z' }, now)).toBe(true);
    expect(outcomeLocked(null, now)).toBe(false);
  });

  it('names what is missing, on its field', () => {
    expect(outcomeProblems(draftOf(null))).toEqual([{ field: 'kind', key: 'outcome.errors.kind' }]);
    expect(outcomeProblems({ kind: 'needs_documents', text: '', documents: ' \n ', followUpOn: '' })).toEqual([{ field: 'documents', key: 'outcome.errors.documents' }]);
    expect(outcomeProblems({ kind: 'referred', text: ' ', documents: '', followUpOn: '' })).toEqual([{ field: 'text', key: 'outcome.errors.referredText' }]);
  });

  it('sends one document a line, trimmed, and no empty date', () => {
    expect(toOutcomeRequest({ kind: 'needs_documents', text: ' Σημείωμα ', documents: 'Βεβαίωση\n\n  Λογαριασμός ΔΕΚΟ ', followUpOn: '' })).toEqual({
      kind: 'needs_documents',
      text: 'Σημείωμα',
      documents: ['Βεβαίωση', 'Λογαριασμός ΔΕΚΟ'],
      followUpOn: null,
    });
    const saved = { kind: 'follow_up' as const, text: 'x', documents: ['a', 'b'], followUpOn: '2026-12-01', version: 1, recordedAt: '', recordedBy: '', editableUntil: '' };
    expect(toOutcomeRequest(draftOf(saved))).toEqual({ kind: 'follow_up', text: 'x', documents: ['a', 'b'], followUpOn: '2026-12-01' });
  });
});
