/** The SMTP transport: pooled connections, timeouts that fail fast enough to retry later. */
import nodemailer, { type Transporter } from 'nodemailer';

export interface TransportOptions {
  /** Parallel SMTP connections (default 5); match the scheduler's concurrency. */
  maxConnections?: number;
}

/** `smtp://user:pass@host:587` or `smtps://…`; plain `smtp://host:1025` for the mail catcher. */
export function createTransport(smtpUrl: string, opts: TransportOptions = {}): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: opts.maxConnections ?? 5,
    maxMessages: 500,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });
}
