// How a person's name from GSIS is shown. GSIS writes names in capitals without
// accents ("ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"); the name is stored exactly so, and only its
// display is title-cased, letter by letter: "Νικολαος Παπαδοπουλος".
//
// What the rule does: the first letter of every word stays a capital and the
// rest become small letters; a word ends at anything that is not a letter (a
// space, hyphen, apostrophe or full stop), so "ΜΑΡΙΑ-ΕΛΕΝΗ" is "Μαρια-Ελενη" and
// "D'ANGELO" is "D'Angelo"; a small sigma ending a word is the final ς
// ("ΒΑΣΙΛΕΙΟΣ" → "Βασιλειος", "ΣΑΣ" → "Σας"); accents GSIS did send are kept
// ("ΆΝΝΑ" → "Άννα"); runs of spaces become one.
//
// What it cannot do: put back the accents (τόνοι) GSIS leaves out. The stress of
// "Παπαδόπουλος" is not in "ΠΑΠΑΔΟΠΟΥΛΟΣ", so the display reads "Παπαδοπουλος"
// (correct letters, no accent) rather than guessing. Nor does it know capitals
// inside a word ("MCDONALD" → "Mcdonald") or lower-case particles ("DE LA" →
// "De La"). A name that already has a small letter was written with care and is
// shown as given. Company names are not persons' names (legal forms such as
// "ΙΚΕ" or "Α.Ε." must stay capitals): show them as given, not through this rule.

const WORD_CHAR = /[\p{L}\p{M}]/u;
const SMALL_LETTER = /\p{Ll}/u;

/** One name (first, last, father's…) for display; see the rule above. */
export function nameForDisplay(name: string): string {
  const collapsed = name.trim().replace(/\s+/gu, ' ');
  if (SMALL_LETTER.test(collapsed)) return collapsed;
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
    const small = char.toLowerCase();
    const endsWord = i + 1 === chars.length || !WORD_CHAR.test(chars[i + 1]!);
    out += small === 'σ' && endsWord ? 'ς' : small;
  }
  return out;
}

/** A person's first and last name for display, e.g. "Σοφια Βασιλειου"; either may be empty. */
export function personNameForDisplay(person: { firstName: string; lastName: string }): string {
  return [person.firstName, person.lastName].map(nameForDisplay).filter(Boolean).join(' ');
}
