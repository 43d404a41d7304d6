/**
 * Delivers one outbox row. The row stays locked (FOR UPDATE SKIP LOCKED) in a
 * transaction from the claim until it is marked: the SMTP server's acceptance
 * and the `sent` mark are as close as they can be, so a notification is sent
 * once. Only a crash between the two leaves the row pending; the resend then
 * carries the same Message-ID, which lets the receiving side drop it.
 */
import { renderMail } from '@muni/mail-templates';
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import { loadAppointmentContext } from './appointmentContext';
import { retryDelayMs } from './backoff';
import { mailProps, messageIdOf, skipReason } from './mailProps';
import type { DeliveryOutcome, NotificationRow } from './notificationRow';
import { classifySmtpError, redact } from './smtpErrors';

export interface DeliverDeps {
  knex: Knex;
  transport: Transporter;
  publicUrl: string;
  linkSecret: string;
  from: string;
  now: () => Date;
  /** After this many transient failures the row becomes `failed` (default 40, about 8 hours). */
  maxAttempts?: number;
}

const DEFAULT_MAX_ATTEMPTS = 40;

/**
 * Delivers the notification `notificationId` if it is pending and due.
 * 'skipped' also when another worker holds it or it is no longer pending;
 * 'retry' also when it is not due yet.
 */
export async function deliverNotification(deps: DeliverDeps, notificationId: string): Promise<DeliveryOutcome> {
  return deps.knex.transaction(async (trx) => {
    const row: NotificationRow | undefined = await trx('notifications').where({ id: notificationId }).forUpdate().skipLocked().first();
    if (row?.status !== 'pending') return 'skipped';
    if (row.send_after.getTime() > deps.now().getTime()) return 'retry';
    return deliverLocked(deps, trx, row);
  });
}

/**
 * Claims the earliest due pending notification that no other worker holds and
 * delivers it. Resolves to null when nothing is due.
 */
export async function deliverNextDue(deps: DeliverDeps): Promise<{ id: string; outcome: DeliveryOutcome } | null> {
  return deps.knex.transaction(async (trx) => {
    const row: NotificationRow | undefined = await trx('notifications')
      .where('status', 'pending')
      .andWhere('send_after', '<=', deps.now())
      .orderBy('send_after')
      .forUpdate()
      .skipLocked()
      .first();
    if (!row) return null;
    return { id: row.id, outcome: await deliverLocked(deps, trx, row) };
  });
}

async function deliverLocked(deps: DeliverDeps, trx: Knex.Transaction, row: NotificationRow): Promise<DeliveryOutcome> {
  const now = deps.now();
  const mark = (fields: Record<string, unknown>) =>
    trx('notifications')
      .where({ id: row.id })
      .update({ ...fields, updated_at: trx.fn.now() });

  const appointment = await loadAppointmentContext(trx, row.appointment_id);
  const reason = appointment ? skipReason(row, appointment, now) : 'skipped: appointment not found';
  if (reason || !appointment) {
    await mark({ status: 'skipped', last_error: reason });
    return 'skipped';
  }

  let mail: Awaited<ReturnType<typeof renderMail>>;
  try {
    mail = await renderMail(row.kind, mailProps(row, appointment, deps, now));
  } catch (err) {
    // Rendering is deterministic: trying again would fail the same way.
    await mark({ status: 'failed', attempts: row.attempts + 1, last_error: redact(`render: ${(err as Error)?.message ?? err}`) });
    return 'failed';
  }

  const attempts = row.attempts + 1;
  try {
    await deps.transport.sendMail({
      from: deps.from,
      to: { name: row.recipient_name, address: row.recipient_email },
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: messageIdOf(row.id, deps.publicUrl),
      headers: { 'Auto-Submitted': 'auto-generated' },
      // Greek text is mostly non-ASCII: base64 is smaller than quoted-printable and skips the scan.
      textEncoding: 'base64',
      // nodemailer adds it both as a text/calendar alternative and as an .ics attachment.
      icalEvent: mail.ics ? { method: mail.ics.method, filename: mail.ics.filename, content: mail.ics.content } : undefined,
    });
  } catch (err) {
    const error = classifySmtpError(err);
    if (error.permanent || attempts >= (deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
      await mark({ status: 'failed', attempts, last_error: error.message });
      return 'failed';
    }
    await mark({ attempts, last_error: error.message, send_after: new Date(now.getTime() + retryDelayMs(attempts)) });
    return 'retry';
  }
  await mark({ status: 'sent', attempts, sent_at: now, last_error: null });
  return 'sent';
}
