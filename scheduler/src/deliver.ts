/**
 * Delivers claimed outbox rows (see claim.ts for the claim protocol).
 *
 * A row is marked right after the SMTP server accepted it, in one statement,
 * so a notification is sent once: only a crash between the acceptance and the
 * mark leaves it pending (its claim then runs out and another worker resends
 * it), and the resend carries the same Message-ID, which lets the receiving
 * side drop it.
 */
import { renderMail } from '@muni/mail-templates';
import type { Transporter } from 'nodemailer';
import { retryDelayMs } from './backoff';
import { isDatabaseUnavailable } from '@muni/db';
import { type ClaimDeps, type ClaimedNotification, claimDue, DEFAULT_LEASE_MS, releaseClaims, workerIdOf } from './claim';
import { sendComposed } from './compose';
import { deliverSmsClaimed, type SmsDelivery } from './sms/deliverSms';
import { mailProps, messageIdOf, skipReason } from './mailProps';
import type { DeliveryOutcome } from './notificationRow';
import { type MarkSent, writeSentMarks } from './sentMarks';
import { classifySmtpError, redact } from './smtpErrors';

export interface DeliverDeps extends ClaimDeps {
  transport: Transporter;
  publicUrl: string;
  linkSecret: string;
  from: string;
  /** After this many transient failures the row becomes `failed` (default 40, about 8 hours). */
  maxAttempts?: number;
  /** Texts (rows with channel 'sms'); absent: texts are off and their rows are skipped. */
  sms?: SmsDelivery;
  /** While true, a database that is away is not waited for (see markSentThroughOutage). */
  isStopping?: () => boolean;
  /** Writes an e-mail's 'sent' mark (a dispatch groups its lanes' marks); default: one UPDATE of its own. */
  markSent?: MarkSent;
}

const DEFAULT_MAX_ATTEMPTS = 40;

/**
 * Delivers the notification `notificationId` if it is pending and due.
 * 'skipped' also when another worker holds it or it is no longer pending;
 * 'retry' also when it is not due yet.
 */
export async function deliverNotification(deps: DeliverDeps, notificationId: string): Promise<DeliveryOutcome> {
  const [claimed] = await claimDue(deps, { limit: 1, id: notificationId });
  if (!claimed) {
    const row = await deps.knex('notifications').where({ id: notificationId }).first('status', 'send_after');
    return row?.status === 'pending' && row.send_after.getTime() > deps.now().getTime() ? 'retry' : 'skipped';
  }
  return deliverOrRelease(deps, claimed);
}

/**
 * Claims the earliest due pending notification that no other worker holds and
 * delivers it. Resolves to null when nothing is due.
 */
export async function deliverNextDue(deps: DeliverDeps): Promise<{ id: string; outcome: DeliveryOutcome } | null> {
  const [claimed] = await claimDue(deps, { limit: 1 });
  if (!claimed) return null;
  return { id: claimed.row.id, outcome: await deliverOrRelease(deps, claimed) };
}

/** deliverClaimed, handing the claim back when it throws (a database error) so the row is not stuck until the lease ends. */
export async function deliverOrRelease(deps: DeliverDeps, claimed: ClaimedNotification): Promise<DeliveryOutcome> {
  try {
    return await deliverClaimed(deps, claimed);
  } catch (err) {
    await releaseClaims(deps, [claimed.row.id]).catch(() => undefined);
    throw err;
  }
}

/** Sends one row this worker has claimed and marks the outcome. */
export async function deliverClaimed(deps: DeliverDeps, { row, appointment }: ClaimedNotification): Promise<DeliveryOutcome> {
  const now = deps.now();
  const released = { claimed_by: null, claimed_at: null, updated_at: deps.knex.fn.now() };
  // Outcomes other than 'sent' apply only while the claim is still ours.
  const mark = (fields: Record<string, unknown>) =>
    deps.knex('notifications')
      .where({ id: row.id, claimed_by: workerIdOf(deps), status: 'pending' })
      .update({ ...fields, ...released });

  const reason = appointment ? skipReason(row, appointment, now) : 'skipped: appointment not found';
  if (reason || !appointment) {
    await mark({ status: 'skipped', last_error: reason });
    return 'skipped';
  }
  if (row.channel === 'sms') {
    // Accepted by the gateway: it is sent, whoever holds the claim by now (as for e-mails below).
    const markSent = (fields: Record<string, unknown>) => deps.knex('notifications').where({ id: row.id, status: 'pending' }).update({ ...fields, ...released });
    return deliverSmsClaimed({ ...deps, maxAttempts: deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS }, row, appointment, now, mark, markSent);
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
    await sendComposed(deps.transport, {
      from: deps.from,
      to: { name: row.recipient_name, address: row.recipient_email },
      messageId: messageIdOf(row.id, deps.publicUrl),
      mail,
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
  // Accepted: it is sent, whoever holds the claim by now.
  const sent = { id: row.id, attempts, sentAt: now };
  await markSentThroughOutage(deps, () => (deps.markSent ? deps.markSent(sent) : writeSentMarks(deps.knex, [sent])));
  return 'sent';
}

/**
 * The mark after the SMTP server accepted a message, tried again while the
 * database is away (a restart takes seconds) for up to half the claim's
 * lease, unless stopping: giving up leaves the row pending, and it would be
 * sent a second time once its claim runs out.
 */
export async function markSentThroughOutage(deps: Pick<DeliverDeps, 'leaseMs' | 'isStopping'>, write: () => Promise<unknown>): Promise<void> {
  const giveUpAt = Date.now() + (deps.leaseMs ?? DEFAULT_LEASE_MS) / 2;
  for (;;) {
    try {
      await write();
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err) || deps.isStopping?.() || Date.now() >= giveUpAt) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
