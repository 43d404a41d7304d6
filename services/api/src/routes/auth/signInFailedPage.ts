import type { HttpError } from '../../lib/httpError';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What a person sees in the browser when signing in fails: what happened, in
 * Greek and English, a "try again" link that starts a new sign-in, and the way
 * home. Server-rendered (no script) so it shows even when the app cannot load.
 */
export function signInFailedPage(err: HttpError, tryAgainHref: string): string {
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Η σύνδεση δεν ολοκληρώθηκε · Sign-in not completed</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; font-size: 1.125rem; }
  h1 { font-size: 1.6rem; }
  section + section { border-top: 1px solid #ccc; margin-top: 1.5rem; padding-top: 1rem; }
  a.button { display: inline-block; background: #003476; color: #fff; padding: 0.75rem 1.25rem; border-radius: 4px; text-decoration: none; font-weight: 600; margin-right: 1rem; }
  a.button:focus { outline: 3px solid #ffbf47; }
  .code { color: #555; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<section lang="el">
  <h1>Η σύνδεση δεν ολοκληρώθηκε</h1>
  <p>${escape(err.messageEl)}</p>
  <p><a class="button" href="${escape(tryAgainHref)}">Δοκιμάστε ξανά</a> <a href="/">Αρχική σελίδα</a></p>
</section>
<section lang="en">
  <h2>Sign-in was not completed</h2>
  <p>${escape(err.messageEn)}</p>
  <p><a class="button" href="${escape(tryAgainHref)}">Try again</a> <a href="/">Home page</a></p>
</section>
<p class="code">${escape(err.code)}</p>
</main>
</body>
</html>
`;
}
