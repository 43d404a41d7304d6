import type { AppError } from '@muni/appointments';

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page a person sees for a short link that does not work: Greek first, English second, with the code of the refusal. */
export function shortLinkNotFoundPage(err: AppError, publicUrl: string): string {
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ο σύνδεσμος δεν ισχύει / This link is not valid</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1.5rem;color:#1b1b1b;line-height:1.5}
a{color:#0b4a8f}a:focus{outline:3px solid #f5a623;outline-offset:2px}
.code{color:#555;font-size:.9rem}
</style>
</head>
<body>
<main>
<h1>Ο σύνδεσμος δεν ισχύει</h1>
<p>${escapeHtml(err.messageEl)}</p>
<p><a href="${escapeHtml(publicUrl)}/">Αρχική σελίδα</a></p>
<section lang="en" aria-labelledby="en-title">
<h2 id="en-title">This link is not valid</h2>
<p>${escapeHtml(err.messageEn)}</p>
<p><a href="${escapeHtml(publicUrl)}/">Home page</a></p>
</section>
<p class="code">Κωδικός / Code: ${escapeHtml(err.code)}</p>
</main>
</body>
</html>`;
}
