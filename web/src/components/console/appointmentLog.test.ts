import { describe, expect, it } from 'vitest';
import { actionKey, type EmailEntry, emailKindKey, emailRoleKey, emailTime, failedEmails, type HistoryEntry, historyDetail } from './appointmentLog';

const entry = (action: string, details: Record<string, unknown> = {}): HistoryEntry => ({
  at: '2026-11-24T08:00:00.000Z',
  action,
  actor: { kind: 'employee', id: 'e1' },
  version: 2,
  details,
});

const email = (over: Partial<EmailEntry>): EmailEntry => ({
  kind: 'confirmation',
  recipient: 'maria@example.gr',
  status: 'sent',
  attempts: 1,
  lastError: null,
  due: '2026-11-20T10:00:00.000Z',
  sentAt: '2026-11-20T10:00:05.000Z',
  ...over,
});

describe("an appointment's history in words", () => {
  it('names the known actions and leaves newer ones as their code', () => {
    expect(actionKey('rescheduled')).toBe('console.log.actions.rescheduled');
    expect(actionKey('something_new')).toBeNull();
    expect(emailKindKey('invite_third_person')).toBe('console.log.kinds.invite_third_person');
    expect(emailKindKey('newsletter')).toBeNull();
    expect(actionKey('outcome_corrected')).toBe('console.log.actions.outcome_corrected');
    expect(emailKindKey('outcome')).toBe('console.log.kinds.outcome');
  });

  it('adds the new time, the reason, the outcome or the colleague when the entry carries them', () => {
    expect(historyDetail(entry('rescheduled', { from: '2026-11-24T08:00:00.000Z', to: '2026-11-25T09:00:00.000Z' }))).toEqual({
      kind: 'moved',
      from: '2026-11-24T08:00:00.000Z',
      to: '2026-11-25T09:00:00.000Z',
    });
    expect(historyDetail(entry('cancelled', { reason: 'Ασθένεια' }))).toEqual({ kind: 'reason', text: 'Ασθένεια' });
    expect(historyDetail(entry('identity_check', { outcome: 'verified', documentType: 'id_card' }))).toEqual({
      kind: 'identity',
      outcomeKey: 'console.log.identity.verified',
    });
    expect(historyDetail(entry('reassigned', { from: 'e1', to: 'e2' }))).toEqual({ kind: 'reassigned', toEmployeeId: 'e2' });
    expect(historyDetail(entry('no_show', { reason: 'citizen_never_joined' }))).toEqual({ kind: 'neverJoined' });
  });

  it('adds nothing when there is nothing worth saying', () => {
    expect(historyDetail(entry('created', { mode: 'video' }))).toBeNull();
    expect(historyDetail(entry('cancelled'))).toBeNull();
    expect(historyDetail(entry('identity_check', { outcome: 'odd' }))).toBeNull();
    expect(historyDetail({ ...entry('cancelled'), details: null })).toBeNull();
  });
});

describe("an appointment's e-mails", () => {
  it('picks out the failed ones, which the clerk must follow up by phone', () => {
    const bad = email({ status: 'failed', lastError: '550 mailbox unavailable', sentAt: null, attempts: 5 });
    expect(failedEmails([email({}), bad, email({ status: 'pending', sentAt: null })])).toEqual([bad]);
  });

  it('shows when a sent e-mail went, and when any other is or was due', () => {
    expect(emailTime(email({}))).toBe('2026-11-20T10:00:05.000Z');
    expect(emailTime(email({ status: 'pending', sentAt: null }))).toBe('2026-11-20T10:00:00.000Z');
    expect(emailTime(email({ status: 'failed', sentAt: null }))).toBe('2026-11-20T10:00:00.000Z');
  });
});

describe('whose e-mail', () => {
  it('names the recipient\'s role, and leaves an unknown one out', () => {
    expect(emailRoleKey('third_person')).toBe('console.log.roles.third_person');
    expect(emailRoleKey('interpreter')).toBe('console.log.roles.interpreter');
    expect(emailRoleKey(undefined)).toBeNull();
    expect(emailRoleKey('booker')).toBeNull();
  });
});
