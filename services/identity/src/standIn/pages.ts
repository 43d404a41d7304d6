import type { AuthorizeRequest } from './authorizeRequest';
import type { DemoPerson } from './demoPeople';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
  h1 { font-size: 1.6rem; margin-bottom: 0; }
  .subtitle { margin-top: 0.25rem; color: #444; }
  .notice { background: #fff4ce; border-left: 4px solid #8a6d00; padding: 0.5rem 1rem; }
  fieldset { border: 1px solid #767676; border-radius: 4px; padding: 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.5rem 0; }
  .choice input { width: 1.25rem; height: 1.25rem; margin-top: 0.2rem; }
  .meta { display: block; color: #444; font-size: 0.95rem; }
  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: 0.6rem 1.2rem; border-radius: 4px; border: 2px solid #003476; cursor: pointer; }
  button.primary { background: #003476; color: #fff; }
  button.secondary { background: #fff; color: #003476; }
  :focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  [role="alert"] { color: #b00020; font-weight: 600; }
`;

function layout(title: string, heading: string, body: string): string {
  return `<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} — ${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function personLabel(person: DemoPerson): { name: string; meta: string } {
  if (person.kind === 'company') {
    return { name: person.lastName, meta: `ΑΦΜ ${escapeHtml(person.taxId)} · Νομικό πρόσωπο / <span lang="en">Legal entity</span>` };
  }
  const born = person.birthYear === null ? '' : ` · γενν. ${person.birthYear} / <span lang="en">born ${person.birthYear}</span>`;
  return {
    name: `${person.firstName} ${person.lastName}`,
    meta: `ΑΦΜ ${escapeHtml(person.taxId)} · πατρώνυμο ${escapeHtml(person.fatherName)}${born}`,
  };
}

/** The page a citizen sees at the authorize endpoint: pick a demo person, sign in or cancel. */
export function renderSignInPage(input: {
  title: string;
  action: string;
  request: AuthorizeRequest;
  people: readonly DemoPerson[];
  showPersonMissing?: boolean;
}): string {
  const { request } = input;
  const hidden: [string, string | undefined][] = [
    ['response_type', 'code'],
    ['client_id', request.client.clientId],
    ['redirect_uri', request.redirectUri],
    ['scope', request.scope],
    ['state', request.state],
    ['code_challenge', request.codeChallenge],
    ['code_challenge_method', request.codeChallenge === undefined ? undefined : 'S256'],
  ];
  const hiddenInputs = hidden
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('\n');
  const choices = input.people
    .map((person, index) => {
      const id = `person-${index}`;
      const { name, meta } = personLabel(person);
      return `<div class="choice">
<input type="radio" id="${id}" name="person" value="${escapeHtml(person.taxId)}" required>
<label for="${id}">${escapeHtml(name)}<span class="meta">${meta}</span></label>
</div>`;
    })
    .join('\n');
  const missing = input.showPersonMissing
    ? '<p role="alert" id="person-error">Επιλέξτε ένα πρόσωπο για να συνεχίσετε. / <span lang="en">Choose a person to continue.</span></p>'
    : '';

  const body = `<h1>${escapeHtml(input.title)}</h1>
<p class="subtitle">Σύνδεση με κωδικούς Taxisnet / <span lang="en">Sign in with Taxisnet credentials</span></p>
<p class="notice">Τοπικό υποκατάστατο για δοκιμές: δεν ζητά κωδικούς και δεν επικοινωνεί με τη ΓΓΠΣ.<br>
<span lang="en">Local stand-in for testing: it asks for no password and does not contact GSIS.</span></p>
<p>Η εφαρμογή <strong>${escapeHtml(request.client.clientId)}</strong> ζητά τα στοιχεία μητρώου σας
(ΑΦΜ, ονοματεπώνυμο, πατρώνυμο, μητρώνυμο, έτος γέννησης).<br>
<span lang="en">The application requests your registry details (tax id, name, father's and mother's name, year of birth).</span></p>
<form method="post" action="${escapeHtml(input.action)}">
${hiddenInputs}
<fieldset${input.showPersonMissing ? ' aria-describedby="person-error"' : ''}>
<legend>Επιλέξτε πρόσωπο επίδειξης / <span lang="en">Choose a demo person</span></legend>
${missing}
${choices}
</fieldset>
<div class="actions">
<button type="submit" class="primary" name="action" value="approve">Σύνδεση / <span lang="en">Sign in</span></button>
<button type="submit" class="secondary" name="action" value="cancel" formnovalidate>Άκυρο / <span lang="en">Cancel</span></button>
</div>
</form>`;
  return layout(input.title, 'Σύνδεση / Sign in', body);
}

export function renderErrorPage(input: { title: string; messageEl: string; messageEn: string }): string {
  const body = `<h1>Μη έγκυρο αίτημα σύνδεσης</h1>
<p class="subtitle" lang="en">Invalid sign-in request</p>
<p role="alert">${escapeHtml(input.messageEl)}<br><span lang="en">${escapeHtml(input.messageEn)}</span></p>
<p>Επιστρέψτε στην εφαρμογή και δοκιμάστε ξανά. / <span lang="en">Go back to the application and try again.</span></p>`;
  return layout(input.title, 'Σφάλμα / Error', body);
}
