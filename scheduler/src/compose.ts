/**
 * Builds the whole MIME message in memory before it goes to SMTP.
 *
 * Handing nodemailer the parts lets it stream each part's encoder straight
 * into the socket: dozens of small socket writes (system calls) per e-mail,
 * which cost more CPU than the encoding itself. Composed first, the message
 * leaves in one write. Same composer, same bytes; only the envelope is given
 * explicitly, as nodemailer does not read it back from a raw message.
 */
import type { RenderedMail } from '@muni/mail-templates';
import type { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { addressOf } from './mailProps';

export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  messageId: string;
  mail: RenderedMail;
}

export function composeMessage(m: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
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
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message)));
  });
}

/** Composes and sends; rejects with nodemailer's error (responseCode etc.) when the server refuses. */
export async function sendComposed(transport: Transporter, m: OutgoingMail): Promise<void> {
  const raw = await composeMessage(m);
  await transport.sendMail({ envelope: { from: addressOf(m.from), to: [m.to.address] }, raw });
}
