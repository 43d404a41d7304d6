/**
 * The development mail catcher: an SMTP server (no auth, no TLS) that keeps the
 * last 500 messages in memory, and a Koa middleware that shows them.
 */
import type { AddressInfo } from 'node:net';
import type { Middleware } from 'koa';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { messagePage, messagesPage } from './mailCatcherPages';
import type { ParsedMessage } from './parsedMessage';

export type { ParsedAttachment, ParsedMessage } from './parsedMessage';


export interface MailCatcher {
  port: number;
  /** Newest first. */
  messages(): ParsedMessage[];
  message(id: string): ParsedMessage | undefined;
  clear(): void;
  stop(): Promise<void>;
}

export interface MailCatcherOptions {
  port: number;
  host?: string;
  /** How many messages to keep (default 500). */
  keep?: number;
}

const addressText = (a: AddressObject | AddressObject[] | undefined): string | undefined =>
  a === undefined ? undefined : (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ');

/** A header with its original spelling, and its value decoded (=?UTF-8?B?…?= words) where mailparser did so. */
function headerEntry(h: { key: string; line: string }, decoded: unknown): { key: string; value: string } {
  const colon = h.line.indexOf(':');
  const raw = h.line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  let value = raw;
  if (typeof decoded === 'string') value = decoded;
  else if (decoded instanceof Date) value = decoded.toUTCString();
  else if (decoded && typeof decoded === 'object' && 'text' in decoded && typeof decoded.text === 'string') value = decoded.text;
  return { key: h.line.slice(0, colon).trim() || h.key, value };
}

export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const keep = opts.keep ?? 500;
  const store: ParsedMessage[] = []; // oldest first
  let sequence = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: 25 * 1024 * 1024,
    banner: 'muni mail catcher',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          sequence += 1;
          store.push({
            id: String(sequence),
            receivedAt: new Date(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            messageId: parsed.messageId,
            from: addressText(parsed.from),
            to: addressText(parsed.to),
            subject: parsed.subject,
            date: parsed.date,
            headers: parsed.headerLines.map((h) => headerEntry(h, parsed.headers.get(h.key))),
            html: parsed.html === false ? undefined : parsed.html,
            text: parsed.text,
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              size: a.size,
              content: a.content,
            })),
          });
          if (store.length > keep) store.splice(0, store.length - keep);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // After start-up, log and keep serving (a client's bad command must not stop the catcher).
  server.on('error', (err) => console.error('[mail catcher]', err.message));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages: () => store.slice().reverse(),
    message: (id) => store.find((m) => m.id === id),
    clear: () => {
      store.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Koa middleware: `${basePath}` lists messages, `${basePath}/:id` shows one,
 * `${basePath}/:id/attachments/:n` downloads an attachment and
 * `${basePath}/api/messages` returns them as JSON. Development only.
 */
export function mailCatcherMiddleware(catcher: Pick<MailCatcher, 'messages' | 'message'>, basePath = '/dev/mail'): Middleware {
  const base = basePath.replace(/\/+$/, '');
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const path = ctx.path.replace(/\/+$/, '') || '/';
    if (path !== base && !path.startsWith(`${base}/`)) return next();
    const rest = path.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (rest.length === 0) {
      return html(ctx, messagesPage(catcher.messages(), base));
    }
    if (rest.length === 2 && rest[0] === 'api' && rest[1] === 'messages') {
      ctx.type = 'application/json';
      ctx.body = catcher.messages().map(({ attachments, ...m }) => ({
        ...m,
        attachments: attachments.map(({ content: _content, ...a }) => a),
      }));
      return;
    }
    const message = rest[0] ? catcher.message(rest[0]) : undefined;
    if (!message) return next();
    if (rest.length === 1) return html(ctx, messagePage(message, base));
    const attachment = rest[1] === 'attachments' && rest.length === 3 ? message.attachments[Number(rest[2])] : undefined;
    if (!attachment) return next();
    ctx.type = attachment.contentType;
    ctx.attachment(attachment.filename ?? `attachment-${rest[2]}`);
    ctx.body = attachment.content;
  };
}

function html(ctx: Parameters<Middleware>[0], body: string): void {
  ctx.type = 'text/html; charset=utf-8';
  // The message HTML sits in a sandboxed srcdoc iframe: no scripts, no forms.
  ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; frame-ancestors 'self'");
  ctx.body = body;
}
