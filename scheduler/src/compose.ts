/**
 * Builds the whole MIME message in memory before it goes to SMTP.
 *
 * nodemailer's MailComposer decides the tree (multipart/mixed with the text,
 * HTML and calendar alternatives and the .ics attachment), the headers and
 * their encoding. Its own build() streams every part through encoder streams,
 * a pipeline and a setImmediate per part: about a millisecond of CPU per
 * e-mail, the largest share of a reminder. The parts here are strings already,
 * so serializeMime writes the same tree synchronously with nodemailer's own
 * header builder and base64 functions; compose.test.ts checks the bytes equal
 * build()'s. Anything else (a stream, quoted-printable) goes through build().
 * Only the envelope is given explicitly, as nodemailer does not read it back
 * from a raw message.
 */
import { randomBytes } from 'node:crypto';
import type { RenderedMail } from '@muni/mail-templates';
import type { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type MimeNode from 'nodemailer/lib/mime-node';
import { addressOf } from './mailProps';

export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  messageId: string;
  mail: RenderedMail;
}

/** The fields of a compiled MimeNode serializeMime reads (nodemailer's typings leave them out). */
interface TreeNode {
  multipart: string | false;
  boundary: string | false;
  childNodes: TreeNode[];
  content?: unknown;
  _raw?: unknown;
  buildHeaders(): string;
  getTransferEncoding(): string | false;
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

/**
 * The bytes MimeNode#build() gives for a tree whose parts are strings or
 * Buffers in base64 or 7bit, or null when the tree holds anything else.
 */
export function serializeMime(root: MimeNode): Buffer | null {
  const out: (string | Buffer)[] = [];
  const write = (node: TreeNode): boolean => {
    if (node._raw) return false;
    const encoding = node.getTransferEncoding();
    out.push(`${node.buildHeaders()}\r\n\r\n`);
    const content = node.content;
    if (content) {
      if (typeof content !== 'string' && !Buffer.isBuffer(content)) return false;
      if (encoding === 'base64') out.push(base64Lines(content));
      else if (encoding === '7bit' || encoding === '8bit') out.push(content);
      else return false;
    }
    if (node.multipart) {
      for (let i = 0; i < node.childNodes.length; i++) {
        out.push(`${i > 0 ? '\r\n' : ''}--${node.boundary}\r\n`);
        if (!write(node.childNodes[i]!)) return false;
      }
      out.push(`\r\n--${node.boundary}--\r\n`);
    }
    return true;
  };
  if (!write(root as unknown as TreeNode)) return null;
  const message = Buffer.concat(out.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
  // build() ends every message with a line break (its LastNewline stage).
  const last = message.length ? message[message.length - 1] : undefined;
  if (last === 0x0a) return message;
  return Buffer.concat([message, Buffer.from(last === 0x0d ? '\n' : '\r\n')]);
}

export function composeMessage(m: OutgoingMail): Promise<Buffer> {
  const root = new MailComposer(composerOptions(m)).compile();
  const message = serializeMime(root);
  if (message) return Promise.resolve(message);
  return new Promise((resolve, reject) => {
    root.build((err, built) => (err ? reject(err) : resolve(built)));
  });
}

/** Composes and sends; rejects with nodemailer's error (responseCode etc.) when the server refuses. */
export async function sendComposed(transport: Transporter, m: OutgoingMail): Promise<void> {
  const raw = await composeMessage(m);
  // The Message-ID given spares nodemailer drawing a random one it would not use (the raw message has its own).
  await transport.sendMail({ envelope: { from: addressOf(m.from), to: [m.to.address] }, raw, messageId: m.messageId });
}
