/**
 * Builds the whole MIME message in memory before it goes to SMTP.
 *
 * The message is the one nodemailer's MailComposer makes of our options
 * (composerOptions), byte for byte. MailComposer builds a tree of six nodes,
 * each with its own header builder, and streams every part through encoder
 * streams: in a burst of reminders that was the scheduler's largest cost. Our
 * e-mails have one shape and their parts are strings, so composeMessage writes
 * the parts itself and leaves to nodemailer only what needs its care: the
 * root's headers (addresses and subject in encoded words, Date, Message-ID).
 * Only the envelope is given explicitly, as nodemailer does not read it back
 * from a raw message.
 */
import { randomBytes } from 'node:crypto';
import type { RenderedMail } from '@muni/mail-templates';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import * as mimeFuncs from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';
import { addressOf } from './mailProps';

export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  messageId: string;
  mail: RenderedMail;
}

// Boundaries need only be unique within a message and absent from its parts
// (base64 and these headers never contain "--_NmP-"): one random stem per
// process and a counter spare a random draw per e-mail.
const BOUNDARY_STEM = randomBytes(4).toString('hex');
let boundaryCounter = 0;
const nextBaseBoundary = () => `${BOUNDARY_STEM}${(boundaryCounter++ % 0x1_0000_0000).toString(16).padStart(8, '0')}`;

/** The options handed to MailComposer; `extra` only for the test that compares with build(). */
export function composerOptions(m: OutgoingMail, extra: Partial<Mail.Options> & { baseBoundary?: string } = {}): Mail.Options & { baseBoundary: string } {
  return {
    from: m.from,
    to: m.to,
    subject: m.mail.subject,
    html: m.mail.html,
    text: m.mail.text,
    messageId: m.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
    // Greek text is mostly non-ASCII: base64 is smaller than quoted-printable and skips the scan.
    textEncoding: 'base64',
    // nodemailer adds it both as a text/calendar alternative and as an .ics attachment.
    icalEvent: m.mail.ics ? { method: m.mail.ics.method, filename: m.mail.ics.filename, content: m.mail.ics.content } : undefined,
    baseBoundary: nextBaseBoundary(),
    ...extra,
  };
}

/** Base64 in lines of 76 characters, as nodemailer's base64 Encoder writes it (its wrap() is a slower regex). */
function base64Lines(content: string | Buffer): string {
  const encoded = (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
  const lines: string[] = [];
  for (let from = 0; from < encoded.length; from += 76) lines.push(encoded.slice(from, from + 76));
  return lines.join('\r\n');
}

/** A leaf part: its header lines, then its content in the encoding nodemailer would choose for it. */
function leaf(out: string[], headers: string[], content: string, text: boolean, encoded?: string): void {
  // nodemailer writes text that is plain ASCII in lines of at most 76 characters as it is (7bit).
  const plain = text && mimeFuncs.isPlainText(content) && !mimeFuncs.hasLongerLines(content, 76);
  out.push(`${headers.join('\r\n')}\r\nContent-Transfer-Encoding: ${plain ? '7bit' : 'base64'}\r\n\r\n`, plain ? content : (encoded ?? base64Lines(content)));
}

/** A parameter value as nodemailer writes it in `name=`: quoted when it holds a special character. */
const paramValue = (value: string) => (/[\s'"\\;:/=(),<>@[\]?]|^-/.test(value) ? JSON.stringify(value) : value);

/**
 * The whole message, written directly for the one tree our e-mails have:
 * multipart/mixed of (multipart/alternative of text, HTML and the calendar)
 * and the .ics attachment, or the alternative alone without a calendar. Only
 * the root's headers (addresses and subject in encoded words, Date,
 * Message-ID) go through nodemailer's MimeNode; compose.test.ts checks every
 * kind, role and language byte for byte against MailComposer#build().
 */
export function composeMessage(m: OutgoingMail, fixed: { baseBoundary: string; date: Date } | undefined = undefined): Buffer {
  const { ics } = m.mail;
  if (ics && !mimeFuncs.isPlainText(ics.filename)) throw new Error('calendar file names are ASCII');
  const options = composerOptions(m, fixed);
  const root = new MimeNode(ics ? 'multipart/mixed' : 'multipart/alternative', { baseBoundary: options.baseBoundary, textEncoding: 'base64' });
  root.addHeader(options.headers as Record<string, string>);
  root.setHeader('From', options.from);
  root.setHeader('To', options.to);
  root.setHeader('Subject', options.subject);
  root.setHeader('Message-ID', options.messageId);
  if (fixed) root.setHeader('Date', fixed.date);
  const out: string[] = [`${root.buildHeaders()}\r\n\r\n`];
  // nodemailer numbers a tree's nodes from 1 in creation order: the root, then the alternative.
  const boundary = (node: number) => `--_NmP-${options.baseBoundary}-Part_${node}`;
  const outer = boundary(1);
  const inner = ics ? boundary(2) : outer;
  if (ics) out.push(`--${outer}\r\n${mimeFuncs.foldLines(`Content-Type: multipart/alternative; boundary="${inner}"`, 76)}\r\n\r\n`);
  out.push(`--${inner}\r\n`);
  leaf(out, ['Content-Type: text/plain; charset=utf-8'], m.mail.text, true);
  out.push(`\r\n--${inner}\r\n`);
  leaf(out, ['Content-Type: text/html; charset=utf-8'], m.mail.html, true);
  if (ics) {
    out.push(`\r\n--${inner}\r\n`);
    // The calendar goes out twice (an alternative and an attachment): encoded once.
    const encoded = base64Lines(ics.content);
    leaf(out, [`Content-Type: text/calendar; charset=utf-8; method=${ics.method.toUpperCase()}`], ics.content, true, encoded);
    out.push(`\r\n--${inner}--\r\n\r\n--${outer}\r\n`);
    const name = paramValue(ics.filename);
    leaf(out, [`Content-Type: application/ics; name=${name}`, `Content-Disposition: attachment; filename=${name}`], ics.content, false, encoded);
  }
  out.push(`\r\n--${outer}--\r\n`);
  return Buffer.from(out.join(''), 'utf8');
}

/** Composes and sends; rejects with nodemailer's error (responseCode etc.) when the server refuses. */
export async function sendComposed(transport: Transporter, m: OutgoingMail): Promise<void> {
  const raw = composeMessage(m);
  // The Message-ID given spares nodemailer drawing a random one it would not use (the raw message has its own).
  await transport.sendMail({ envelope: { from: addressOf(m.from), to: [m.to.address] }, raw, messageId: m.messageId });
}
