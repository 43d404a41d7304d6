// An appointment's history and e-mails as staff see them (GET /appointments/:id
// adds both for staff). Pure wording decisions; the page renders them.

export interface HistoryEntry {
  at: string;
  action: string;
  actor: { kind: 'citizen' | 'employee' | 'system' | string; id: string | null };
  version: number;
  details: Record<string, unknown> | null;
}

/** held_back: too many e-mails to an address that did not book within a day; never sent. */
export type EmailStatus = 'pending' | 'sent' | 'failed' | 'skipped' | 'held_back';

export const EMAIL_ROLES = ['citizen', 'interpreter', 'third_person'] as const;

export interface EmailEntry {
  kind: string;
  recipient: string;
  /** Whose e-mail it is. */
  role?: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  due: string;
  sentAt: string | null;
}

/** Actions and e-mail kinds with their own words; anything newer is shown by its code. */
export const HISTORY_ACTIONS = ['created', 'rescheduled', 'cancelled', 'completed', 'no_show', 'reassigned', 'identity_check', 'call_taken_over', 'outcome_recorded', 'outcome_corrected'] as const;
export const EMAIL_KINDS = ['confirmation', 'reminder', 'documents', 'rescheduled', 'cancelled', 'invite_third_person', 'invite_interpreter', 'outcome'] as const;
export const IDENTITY_OUTCOMES = ['verified', 'failed', 'aborted_poor_quality', 'representation_not_proven'] as const;

const known = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/** i18n key (under console.log) for an action or e-mail kind, or null to show the raw code. */
export function actionKey(action: string): string | null {
  return known(HISTORY_ACTIONS, action) ? `console.log.actions.${action}` : null;
}
export function emailKindKey(kind: string): string | null {
  return known(EMAIL_KINDS, kind) ? `console.log.kinds.${kind}` : null;
}
export function emailRoleKey(role: string | undefined): string | null {
  return known(EMAIL_ROLES, role) ? `console.log.roles.${role}` : null;
}

/**
 * The extra line of a history entry: the new time of a reschedule, the reason of
 * a cancellation, the outcome of an identity check, whom it was reassigned to.
 * Times stay ISO here; the page formats them in the municipality's zone.
 */
export type HistoryDetail =
  | { kind: 'moved'; from: string; to: string }
  | { kind: 'reason'; text: string }
  | { kind: 'identity'; outcomeKey: string }
  | { kind: 'reassigned'; toEmployeeId: string }
  | { kind: 'neverJoined' };

export function historyDetail(e: HistoryEntry): HistoryDetail | null {
  const d = e.details ?? {};
  const str = (k: string) => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : null);
  switch (e.action) {
    case 'rescheduled': {
      const from = str('from');
      const to = str('to');
      return from && to ? { kind: 'moved', from, to } : null;
    }
    case 'cancelled': {
      const text = str('reason');
      return text ? { kind: 'reason', text } : null;
    }
    case 'identity_check':
      return known(IDENTITY_OUTCOMES, d.outcome) ? { kind: 'identity', outcomeKey: `console.log.identity.${d.outcome}` } : null;
    case 'reassigned': {
      const to = str('to');
      return to ? { kind: 'reassigned', toEmployeeId: to } : null;
    }
    case 'no_show':
      return d.reason === 'citizen_never_joined' ? { kind: 'neverJoined' } : null;
    default:
      return null;
  }
}

/** E-mails that failed for good (e.g. a bad address): the clerk has to phone the citizen. */
export function failedEmails(emails: EmailEntry[]): EmailEntry[] {
  return emails.filter((m) => m.status === 'failed');
}

/** When an e-mail went or is due, whichever applies to its status. */
export function emailTime(m: EmailEntry): string {
  return m.status === 'sent' && m.sentAt ? m.sentAt : m.due;
}
