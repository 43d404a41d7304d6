/**
 * Where texts (SMS) go: a provider takes one text and resolves once it is
 * accepted, or rejects with an SmsSendError saying whether trying again later
 * may work. Two providers: the generic HTTP gateway (httpGateway.ts) and the
 * development catcher (catcher.ts, shown at /dev/sms).
 */

export interface OutgoingSms {
  /** The outbox row's id: the same for a resend, so a gateway that takes a client reference can drop duplicates. */
  id: string;
  /** E.164, e.g. +306912345678. */
  to: string;
  /** Sender name or number (SMS_FROM). */
  from: string;
  text: string;
}

export interface SmsProvider {
  /** For the start-up log: which provider, never its credentials. */
  readonly description: string;
  send(sms: OutgoingSms): Promise<void>;
}

export class SmsSendError extends Error {
  override readonly name = 'SmsSendError';
  constructor(
    message: string,
    /** True when the gateway refused the text itself (4xx): sending it again would be refused again. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const PHONE = /\+?\d[\d ()-]{8,}\d/g;

/** A gateway's answer or error without phone numbers or control characters, bounded (it goes to last_error and the console). */
export function redactSms(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- control characters are stripped on purpose
  const clean = text.replace(PHONE, '<number>').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
