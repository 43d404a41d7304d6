// How a person's name is shown. GSIS writes names in capitals without accents
// ("ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"), and people often type them so too.
//
// A Greek name in capitals is shown in capitals: in Greek, capitals are written
// without accents, but small letters need them, and the stress of
// "Παπαδόπουλος" is not in "ΠΑΠΑΔΟΠΟΥΛΟΣ": "Παπαδοπουλος" would be misspelt.
// A name in Latin capitals is title-cased ("JOHN SMITH" → "John Smith"; a word
// ends at anything that is not a letter, so "D'ANGELO" is "D'Angelo"), without
// knowing capitals inside a word ("MCDONALD" → "Mcdonald"). A name that already
// has a small letter was written with care and is shown as given. Runs of
// spaces become one. Company names are not persons' names (legal forms such as
// "ΙΚΕ" or "Α.Ε." must stay capitals): show them as given, not through this rule.

const WORD_CHAR = /[\p{L}\p{M}]/u;
const SMALL_LETTER = /\p{Ll}/u;
const GREEK = /\p{Script=Greek}/u;

/** One name (first, last, father's…) for display; see the rule above. */
export function nameForDisplay(name: string): string {
  const collapsed = name.trim().replace(/\s+/gu, ' ');
  if (SMALL_LETTER.test(collapsed) || GREEK.test(collapsed)) return collapsed;
  const chars = [...collapsed];
  let out = '';
  let inWord = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!WORD_CHAR.test(char)) {
      out += char;
      inWord = false;
      continue;
    }
    if (!inWord) {
      out += char;
      inWord = true;
      continue;
    }
    out += char.toLowerCase();
  }
  return out;
}

/** A person's first and last name for display, e.g. "ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ" or "John Smith"; either may be empty. */
export function personNameForDisplay(person: { firstName: string; lastName: string }): string {
  return [person.firstName, person.lastName].map(nameForDisplay).filter(Boolean).join(' ');
}

/**
 * Whether two typed names are the same person's name as people write it:
 * regardless of capitals, accents and spaces ("ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ" = "Σοφία  Βασιλείου").
 */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('el').replace(/ς/g, 'σ').trim().replace(/\s+/gu, ' ');
  return key(a) !== '' && key(a) === key(b);
}
