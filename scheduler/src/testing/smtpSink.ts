/**
 * A real SMTP server for tests and the benchmark: records each accepted
 * message (Message-ID, envelope, raw text, time of acceptance) and can answer
 * with an error code or slowly, to play a troubled mail server.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  messageId: string | undefined;
  to: string[];
  raw: string;
  acceptedAt: number;
}

export interface SmtpSinkOptions {
  /** Called per DATA with the 1-based number of the attempt; a code ≥ 400 refuses it. */
  reply?: (attempt: number, to: string[]) => number | undefined;
  /** Wait this long before accepting each message. */
  delayMs?: number;
  /** Keep the raw message (default true; the benchmark only counts). */
  keepRaw?: boolean;
}

export interface SmtpSink {
  port: number;
  url: string;
  accepted: SinkMessage[];
  attempts: number;
  stop(): Promise<void>;
}

export async function startSmtpSink(opts: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const sink: SmtpSink = { port: 0, url: '', accepted: [], attempts: 0, stop: async () => undefined };
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        sink.attempts += 1;
        const to = session.envelope.rcptTo.map((r) => r.address);
        const code = opts.reply?.(sink.attempts, to);
        const finish = () => {
          if (code && code >= 400) {
            const err = Object.assign(new Error(code >= 500 ? `5.1.1 <${to.join(', ')}>: mailbox unavailable` : '4.3.0 try again later'), { responseCode: code });
            callback(err);
            return;
          }
          const message = Buffer.concat(chunks);
          // Only the header block is decoded to find the Message-ID (the benchmark keeps no body).
          const headEnd = message.indexOf('\r\n\r\n');
          const head = message.toString('utf8', 0, headEnd < 0 ? message.length : headEnd + 2);
          const messageId = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1];
          sink.accepted.push({ messageId, to, raw: opts.keepRaw === false ? '' : message.toString('utf8'), acceptedAt: Date.now() });
          callback();
        };
        if (opts.delayMs) setTimeout(finish, opts.delayMs);
        else finish();
      });
    },
  });
  server.on('error', () => undefined); // dropped client connections (e.g. a killed worker)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** Polls `check` until it is true or the deadline passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, stepMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
