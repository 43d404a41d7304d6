/** The outbox row the API writes (table `notifications`), as PostgreSQL returns it. */
export const NOTIFICATION_KINDS = [
  'confirmation',
  'reminder',
  'documents',
  'rescheduled',
  'cancelled',
  'invite_third_person',
  'invite_interpreter',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'skipped';

export interface NotificationRow {
  id: string;
  appointment_id: string;
  appointment_version: number;
  kind: NotificationKind;
  recipient_email: string;
  recipient_name: string;
  language: 'el' | 'en';
  send_after: Date;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  payload: { text?: string } & Record<string, unknown>;
  sent_at: Date | null;
  /** Worker holding the row while it sends it (see claim.ts). */
  claimed_by: string | null;
  claimed_at: Date | null;
}

/** What one delivery attempt came to. */
export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed';
