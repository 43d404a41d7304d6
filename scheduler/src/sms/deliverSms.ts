/**
 * Delivering one claimed text (an outbox row with channel 'sms'): the same
 * claim, version checks, retries with back-off and marks as e-mails (see
 * deliver.ts), with the provider instead of SMTP. The text carries a short
 * link to the person's own join link (a video call) or manage link, made here
 * and stored as a hash; a resend makes the same link.
 */
import { callRoles, hashToken, OUTCOME_LABELS, shortLinkCode, shortPath, type ShortLinkTarget } from '@muni/domain';
import { isSmsKind, renderSms } from '@muni/mail-templates';
import type { Knex } from 'knex';
import type { AppointmentContext } from '../appointmentContext';
import { retryDelayMs } from '../backoff';
import type { DeliveryOutcome, NotificationRow } from '../notificationRow';
import { redactSms, SmsSendError, type SmsProvider } from './provider';

export interface SmsDelivery {
  /** null: texts are off (no gateway configured); their rows are skipped, saying so. */
  provider: SmsProvider | null;
  /** Sender name or number. */
  from: string;
  /** How long after the end a join link still works (JOIN_GRACE_MINUTES): a short link to it lasts as long. */
  joinGraceMinutes: number;
}

export interface SmsDeliverDeps {
  knex: Knex;
  publicUrl: string;
  linkSecret: string;
  sms?: SmsDelivery;
  maxAttempts: number;
}

export const SMS_OFF = 'skipped: texts are off (no SMS_GATEWAY_URL)';

type Mark = (fields: Record<string, unknown>) => Promise<unknown>;

/**
 * Where the text's link leads: a call's join link when the person joins one,
 * else the manage page; a cancellation has none. An outcome leads to the
 * manage page too, which shows it: the call's links no longer work, and a
 * caller booked at the desk with a mobile only has no "My appointments".
 */
export function smsLinkTarget(n: Pick<NotificationRow, 'kind'>, a: Pick<AppointmentContext, 'mode' | 'interpretation'>): ShortLinkTarget | null {
  if (n.kind === 'cancelled') return null;
  if (n.kind === 'outcome') return 'manage';
  return callRoles(a).includes('citizen') ? 'join' : 'manage';
}

/** How long an outcome's link works after it is sent: time to gather the documents it asks for. */
export const OUTCOME_LINK_DAYS = 60;

/**
 * The short link for this recipient and version, stored with its expiry: the
 * end of the join link's grace, or the end for the manage page; an outcome's
 * lasts OUTCOME_LINK_DAYS from `now` (the same code as the confirmation's
 * manage link: its expiry is lengthened, never shortened).
 */
export async function shortLinkFor(deps: Pick<SmsDeliverDeps, 'knex' | 'publicUrl' | 'linkSecret' | 'sms'>, row: NotificationRow, a: AppointmentContext, target: ShortLinkTarget, now: Date): Promise<string> {
  const code = shortLinkCode(deps.linkSecret, a.id, row.recipient_role, target, a.version);
  const graceMs = target === 'join' ? (deps.sms?.joinGraceMinutes ?? 30) * 60_000 : 0;
  const expiresAt = row.kind === 'outcome' ? new Date(Math.max(a.endsAt.getTime(), now.getTime() + OUTCOME_LINK_DAYS * 86_400_000)) : new Date(a.endsAt.getTime() + graceMs);
  await deps.knex('short_links')
    .insert({ code_hash: hashToken(code), target, appointment_id: a.id, role: row.recipient_role, appointment_version: a.version, expires_at: expiresAt })
    .onConflict('code_hash')
    .merge({ expires_at: deps.knex.raw('greatest(short_links.expires_at, excluded.expires_at)') });
  return `${deps.publicUrl.replace(/\/+$/, '')}${shortPath(code)}`;
}

/** The outcome's headline from the row's payload (what recordOutcome stored). */
function outcomeHeadline(row: NotificationRow, lang: 'el' | 'en'): string {
  const kind = (row.payload as { outcome?: { kind?: string } } | null)?.outcome?.kind;
  return kind && kind in OUTCOME_LABELS ? OUTCOME_LABELS[kind as keyof typeof OUTCOME_LABELS][lang] : lang === 'el' ? 'καταγράφηκε το αποτέλεσμα' : 'its outcome was recorded';
}

/** Renders, sends and marks one claimed text (its skip checks passed); `mark` applies only while the claim is ours. */
export async function deliverSmsClaimed(deps: SmsDeliverDeps, row: NotificationRow, a: AppointmentContext, now: Date, mark: Mark, markSent: Mark): Promise<DeliveryOutcome> {
  if (!isSmsKind(row.kind)) {
    await mark({ status: 'skipped', last_error: `skipped: no text for ${row.kind}` });
    return 'skipped';
  }
  const provider = deps.sms?.provider;
  if (!provider || !row.recipient_phone) {
    await mark({ status: 'skipped', last_error: SMS_OFF });
    return 'skipped';
  }
  const attempts = row.attempts + 1;
  let text: string;
  try {
    const target = smsLinkTarget(row, a);
    text = renderSms({
      lang: row.language === 'en' ? 'en' : 'el',
      kind: row.kind,
      municipality: a.municipality,
      topic: a.topic,
      mode: a.mode,
      start: a.startsAt,
      reference: a.reference ?? a.id.slice(0, 8).toUpperCase(),
      link: target ? await shortLinkFor(deps, row, a, target, now) : undefined,
      outcome: row.kind === 'outcome' ? outcomeHeadline(row, row.language === 'en' ? 'en' : 'el') : undefined,
      corrected: row.kind === 'outcome' && (row.payload as { corrected?: boolean } | null)?.corrected === true,
    });
  } catch (err) {
    // Rendering is deterministic (and a database error is thrown on, to release the claim).
    if (!(err instanceof Error) || err.name !== 'SmsTooLongError') throw err;
    await mark({ status: 'failed', attempts, last_error: `render: ${err.message}` });
    return 'failed';
  }

  try {
    await provider.send({ id: row.id, to: row.recipient_phone, from: deps.sms!.from, text });
  } catch (err) {
    const error = err instanceof SmsSendError ? err : new SmsSendError(redactSms(String((err as Error)?.message ?? err)), false);
    if (error.permanent || attempts >= deps.maxAttempts) {
      await mark({ status: 'failed', attempts, last_error: error.message });
      return 'failed';
    }
    await mark({ attempts, last_error: error.message, send_after: new Date(now.getTime() + retryDelayMs(attempts)) });
    return 'retry';
  }
  await markSent({ status: 'sent', attempts, sent_at: now, last_error: null });
  return 'sent';
}
