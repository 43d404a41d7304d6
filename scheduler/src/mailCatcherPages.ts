/** HTML pages of the mail catcher (Greek first, English second). */
import type { ParsedMessage } from './parsedMessage';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const time = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc;vertical-align:top}
a{color:#0b4a8f}a:focus{outline:3px solid #f5a623;outline-offset:2px}
iframe{width:100%;height:36rem;border:1px solid #888}pre{white-space:pre-wrap;background:#f4f4f4;padding:.8rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0;word-break:break-all}
</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;
}

export function messagesPage(messages: ParsedMessage[], base: string): string {
  const rows = messages
    .map(
      (m) => `<tr>
<td><time datetime="${m.receivedAt.toISOString()}">${time(m.receivedAt)}</time></td>
<td>${escapeHtml(m.to ?? m.envelope.to.join(', '))}</td>
<td><a href="${escapeHtml(`${base}/${m.id}`)}">${escapeHtml(m.subject || '(χωρίς θέμα / no subject)')}</a></td>
</tr>`,
    )
    .join('\n');
  const body = messages.length
    ? `<table>
<caption>${messages.length} μηνύματα, νεότερα πρώτα / ${messages.length} messages, newest first</caption>
<thead><tr><th scope="col">Ώρα / Time</th><th scope="col">Προς / To</th><th scope="col">Θέμα / Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Δεν έχουν φτάσει μηνύματα ακόμη. / No messages yet.</p>';
  return page('Αλληλογραφία δοκιμών / Test mail', `<h1>Αλληλογραφία δοκιμών / Test mail</h1>\n${body}`);
}

export function messagePage(m: ParsedMessage, base: string): string {
  const subject = m.subject || '(χωρίς θέμα / no subject)';
  const headers = m.headers.map((h) => `<dt>${escapeHtml(h.key)}</dt><dd>${escapeHtml(h.value)}</dd>`).join('\n');
  const attachments = m.attachments.length
    ? `<ul>${m.attachments
        .map(
          (a, i) =>
            `<li><a href="${escapeHtml(`${base}/${m.id}/attachments/${i}`)}">${escapeHtml(a.filename ?? `attachment-${i}`)}</a> (${escapeHtml(a.contentType)}, ${a.size} bytes)</li>`,
        )
        .join('')}</ul>`
    : '<p>Κανένα / None</p>';
  const htmlPart = m.html
    ? `<iframe title="Μήνυμα HTML / HTML message" sandbox="" srcdoc="${escapeHtml(m.html)}"></iframe>`
    : '<p>Χωρίς μέρος HTML / No HTML part</p>';
  return page(
    `${subject} — Αλληλογραφία δοκιμών / Test mail`,
    `<p><a href="${escapeHtml(base)}">← Όλα τα μηνύματα / All messages</a></p>
<h1>${escapeHtml(subject)}</h1>
<section aria-labelledby="h-headers"><h2 id="h-headers">Κεφαλίδες / Headers</h2>
<dl>
<dt>Φάκελος: από / Envelope from</dt><dd>${escapeHtml(m.envelope.from ?? '')}</dd>
<dt>Φάκελος: προς / Envelope to</dt><dd>${escapeHtml(m.envelope.to.join(', '))}</dd>
${headers}
</dl></section>
<section aria-labelledby="h-html"><h2 id="h-html">HTML</h2>${htmlPart}</section>
<section aria-labelledby="h-text"><h2 id="h-text">Κείμενο / Text</h2><pre>${escapeHtml(m.text ?? '')}</pre></section>
<section aria-labelledby="h-att"><h2 id="h-att">Συνημμένα / Attachments</h2>${attachments}</section>`,
  );
}
