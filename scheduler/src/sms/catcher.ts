/**
 * The development SMS catcher: a provider that keeps the last texts in memory
 * instead of sending them, and a Koa middleware showing them at /dev/sms (and
 * as JSON at /dev/sms/api/messages), like the mail catcher at /dev/mail.
 * `npm start` uses it when no SMS_GATEWAY_URL is set; production never does.
 */
import { formatGreekMobile } from '@muni/domain';
import type { Middleware } from 'koa';
import { escapeHtml } from '../mailCatcherPages';
import { countSegments, type SegmentCount } from '@muni/mail-templates';
import type { OutgoingSms, SmsProvider } from './provider';

export interface CaughtSms extends OutgoingSms {
  /** Sequence number as text, unique per catcher. */
  seq: string;
  receivedAt: Date;
  segments: SegmentCount;
}

export interface SmsCatcher extends SmsProvider {
  /** Newest first. */
  messages(): CaughtSms[];
  clear(): void;
}

export function createSmsCatcher(opts: { keep?: number } = {}): SmsCatcher {
  const keep = opts.keep ?? 500;
  const store: CaughtSms[] = []; // oldest first
  let seq = 0;
  return {
    description: 'local SMS catcher (development)',
    async send(sms) {
      seq += 1;
      store.push({ ...sms, seq: String(seq), receivedAt: new Date(), segments: countSegments(sms.text) });
      if (store.length > keep) store.splice(0, store.length - keep);
    },
    messages: () => store.slice().reverse(),
    clear: () => {
      store.length = 0;
    },
  };
}

export function smsCatcherMiddleware(catcher: Pick<SmsCatcher, 'messages'>, basePath = '/dev/sms'): Middleware {
  const base = basePath.replace(/\/+$/, '');
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const path = ctx.path.replace(/\/+$/, '') || '/';
    if (path !== base && path !== `${base}/api/messages`) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (path === base) {
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'");
      ctx.body = messagesPage(catcher.messages());
      return;
    }
    ctx.type = 'application/json';
    ctx.body = catcher.messages();
  };
}

const time = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);
// Links in the texts are made clickable; everything else is shown as text.
const linked = (text: string) => escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function messagesPage(messages: CaughtSms[]): string {
  const rows = messages
    .map(
      (m) => `<tr>
<td><time datetime="${m.receivedAt.toISOString()}">${time(m.receivedAt)}</time></td>
<td>${escapeHtml(formatGreekMobile(m.to))}</td>
<td>${escapeHtml(m.from)}</td>
<td>${linked(m.text)}</td>
<td>${m.segments.units} ${m.segments.encoding}, ${m.segments.segments}</td>
</tr>`,
    )
    .join('\n');
  const body = messages.length
    ? `<table>
<caption>${messages.length} μηνύματα SMS, νεότερα πρώτα / ${messages.length} texts, newest first</caption>
<thead><tr><th scope="col">Ώρα / Time</th><th scope="col">Προς / To</th><th scope="col">Από / From</th><th scope="col">Κείμενο / Text</th><th scope="col">Χαρακτήρες, τμήματα / Characters, segments</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Δεν έχουν σταλεί SMS ακόμη. / No texts yet.</p>';
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMS δοκιμών / Test texts</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
td:nth-child(4){white-space:pre-wrap;word-break:break-word}
a{color:#0b4a8f}a:focus{outline:3px solid #f5a623;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>SMS δοκιμών / Test texts</h1>
${body}
</main>
</body>
</html>`;
}
