/** The outbox row the API writes (table `notifications`), as PostgreSQL returns it. */
import type { Outcome } from '@muni/domain';
import type { ChangeReason } from '@muni/mail-templates';

export const NOTIFICATION_KINDS = [
  'confirmation',
  'reminder',
  'documents',
  'rescheduled',
  'cancelled',
  'invite_third_person',
  'invite_interpreter',
  'outcome',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** held_back: over the daily bound of e-mails to an address that did not book; never claimed, never sent. */
export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'skipped' | 'held_back';

/** Whose e-mail it is: decides the join link and the wording (never the kind). */
export type RecipientRole = 'citizen' | 'interpreter' | 'third_person';

export interface NotificationRow {
  id: string;
  appointment_id: string;
  appointment_version: number;
  kind: NotificationKind;
  recipient_role: RecipientRole;
  /** email, or sms: a text to recipient_phone (see sms/deliverSms.ts). */
  channel: 'email' | 'sms';
  /** The e-mail's address; null on texts, which never reach the e-mail path. */
  recipient_email: string;
  /** A text's mobile, E.164. */
  recipient_phone: string | null;
  recipient_name: string;
  language: 'el' | 'en';
  send_after: Date;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  /**
   * text: the employee's note (documents); withdrawn, startsAt, endsAt: a participant's part cancelled (see mailProps);
   * reason, previousStartsAt, noFreeTime: why the municipality itself moved or cancelled it (a closure, an absence);
   * outcome, corrected: the outcome as recorded (commands/recordOutcome.ts).
   */
  payload: {
    text?: string;
    withdrawn?: boolean;
    startsAt?: string;
    endsAt?: string;
    reason?: ChangeReason['kind'];
    previousStartsAt?: string;
    noFreeTime?: boolean;
    outcome?: Outcome;
    corrected?: boolean;
  } & Record<string, unknown>;
  sent_at: Date | null;
  /** Worker holding the row while it sends it (see claim.ts). */
  claimed_by: string | null;
  claimed_at: Date | null;
}

/** What one delivery attempt came to. */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed';
