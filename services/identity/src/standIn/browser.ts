/**
 * Plays the citizen's browser on the stand-in's sign-in page: loads the
 * authorize URL, submits the form as a person (or presses Cancel) and returns
 * where the stand-in redirects to. For tests of the sign-in flow in this and
 * other packages; it reads the page as a browser would (form action, hidden
 * fields) rather than knowing the stand-in's internals.
 */
export async function signInAtStandIn(authorizeUrl: string, choice: { taxId: string } | 'cancel'): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`sign-in page answered ${page.status}`);

  const form = readForm(html);
  const body = new URLSearchParams(form.fields);
  if (choice === 'cancel') {
    body.set('action', 'cancel');
  } else {
    body.set('action', 'approve');
    body.set('person', choice.taxId);
  }
  const submitted = await fetch(new URL(form.action, authorizeUrl), {
    method: 'POST',
    body,
    redirect: 'manual',
  });
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) throw new Error(`sign-in form answered ${submitted.status}`);
  return new URL(location, authorizeUrl);
}

/** The first form's action and hidden fields. Enough HTML reading for the stand-in's own markup. */
export function readForm(html: string): { action: string; fields: [string, string][] } {
  const action = /<form\b[^>]*\baction="([^"]*)"/i.exec(html)?.[1];
  if (action === undefined) throw new Error('no form on the page');
  const fields: [string, string][] = [];
  for (const input of html.matchAll(/<input\b[^>]*>/gi)) {
    const tag = input[0];
    if (!/\btype="hidden"/i.test(tag)) continue;
    const name = /\bname="([^"]*)"/i.exec(tag)?.[1];
    const value = /\bvalue="([^"]*)"/i.exec(tag)?.[1] ?? '';
    if (name !== undefined) fields.push([unescapeHtml(name), unescapeHtml(value)]);
  }
  return { action: unescapeHtml(action), fields };
}

function unescapeHtml(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
