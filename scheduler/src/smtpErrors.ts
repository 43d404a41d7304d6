/**
 * Sorting SMTP failures into "try again later" and "give up", and turning them
 * into a last_error text without personal data (servers often echo the
 * recipient's address in their replies).
 */

export interface ClassifiedError {
  permanent: boolean;
  /** Safe to store: no e-mail addresses, bounded length. */
  message: string;
}

interface MailerError {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const EMAIL = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+/g;

/** Removes e-mail addresses and control characters, and bounds the length. */
export function redact(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex -- control characters are stripped on purpose
  const clean = text.replace(EMAIL, '<address>').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function classifySmtpError(err: unknown): ClassifiedError {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as MailerError;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const reply = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : '';
  const label = [responseCode ? `SMTP ${responseCode}` : undefined, code].filter(Boolean).join(' ') || 'error';
  // 5xx is a permanent refusal (RFC 5321 §4.2.1); everything else — 4xx,
  // timeouts, refused or dropped connections — may work later.
  const permanent = responseCode !== undefined && responseCode >= 500 && responseCode < 600;
  return { permanent, message: redact(`${label}: ${reply}`) };
}
