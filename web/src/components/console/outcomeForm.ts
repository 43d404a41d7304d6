// The outcome form's rules, pure: when it is offered, what is missing before
// sending, and the request it sends. The API enforces the same rules.
import type { Appointment } from '../../api/types';
import type { Problem } from '../admin/hours';
import { hasStarted } from './appointmentActions';

export type Outcome = NonNullable<Appointment['outcome']>;
export type OutcomeKind = Outcome['kind'];
export const OUTCOME_KINDS: readonly OutcomeKind[] = ['resolved', 'needs_documents', 'follow_up', 'referred'];

export interface OutcomeDraft {
  kind: OutcomeKind | '';
  text: string;
  /** One document a line, as typed. */
  documents: string;
  /** YYYY-MM-DD or empty. */
  followUpOn: string;
}

export interface OutcomeRequest {
  kind: OutcomeKind;
  text: string;
  documents: string[];
  followUpOn: string | null;
}

/** Recorded once the appointment has started, unless it was cancelled or missed. */
export function canRecordOutcome(a: Pick<Appointment, 'status' | 'start'>, now: Date): boolean {
  return a.status === 'completed' || (a.status === 'booked' && hasStarted(a, now));
}

/** Corrections close a week after the first recording. */
export function outcomeLocked(o: Pick<Outcome, 'editableUntil'> | null, now: Date): boolean {
  return o !== null && Date.parse(o.editableUntil) < now.getTime();
}

export function draftOf(o: Outcome | null): OutcomeDraft {
  return o ? { kind: o.kind, text: o.text, documents: o.documents.join('\n'), followUpOn: o.followUpOn ?? '' } : { kind: '', text: '', documents: '', followUpOn: '' };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function outcomeProblems(d: OutcomeDraft): Problem[] {
  const problems: Problem[] = [];
  if (!d.kind) problems.push({ field: 'kind', key: 'outcome.errors.kind' });
  if (d.kind === 'needs_documents' && lines(d.documents).length === 0) problems.push({ field: 'documents', key: 'outcome.errors.documents' });
  if (d.kind === 'referred' && !d.text.trim()) problems.push({ field: 'text', key: 'outcome.errors.referredText' });
  return problems;
}

export function toOutcomeRequest(d: OutcomeDraft): OutcomeRequest {
  if (!d.kind) throw new Error('outcome: no kind chosen');
  return { kind: d.kind, text: d.text.trim(), documents: lines(d.documents), followUpOn: d.followUpOn || null };
}
