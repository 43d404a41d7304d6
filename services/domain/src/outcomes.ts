// The outcome of an appointment as the municipality tells it to the citizen
// (the municipalities' documents ask that the citizen is told the result).
// Pure: the e-mail, the SMS and the pages all word it from here.

export const OUTCOME_KINDS = ['resolved', 'needs_documents', 'follow_up', 'referred'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The text for the citizen: a few paragraphs at most. */
export const OUTCOME_TEXT_MAX = 2000;
export const OUTCOME_DOCUMENTS_MAX = 20;
export const OUTCOME_DOCUMENT_MAX = 200;
/**
 * The outcome may be corrected for this many days after it was first
 * recorded; later it stands as recorded (the citizen has acted on it).
 */
export const OUTCOME_EDIT_DAYS = 7;

/** What the employee records; the same shape is what the citizen is told. */
export interface Outcome {
  kind: OutcomeKind;
  /** For the citizen, in the employee's words (may be empty). */
  text: string;
  /** Documents the citizen is to send or bring. */
  documents: string[];
  /** A follow-up by this day (YYYY-MM-DD, the municipality's calendar), if any. */
  followUpOn: string | null;
}

type Lang = 'el' | 'en';

export const OUTCOME_LABELS: Record<OutcomeKind, { el: string; en: string }> = {
  resolved: { el: 'Το αίτημά σας διεκπεραιώθηκε', en: 'Your request was dealt with' },
  needs_documents: { el: 'Χρειάζονται δικαιολογητικά', en: 'Documents are needed' },
  follow_up: { el: 'Χρειάζεται νέα επικοινωνία', en: 'A follow-up is needed' },
  referred: { el: 'Παραπέμφθηκε σε άλλη υπηρεσία', en: 'Referred elsewhere' },
};

/** 2026-12-03 → 3/12/2026 in Greek, 3 December 2026 in English; no time zone involved (a calendar day). */
export function formatFollowUp(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'el') return `${d}/${m}/${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

/** The lines that say the outcome, without greeting or links: for an SMS, the e-mail's body and the pages. */
export function outcomeLines(o: Outcome, lang: Lang): string[] {
  const lines = [`${lang === 'el' ? 'Αποτέλεσμα' : 'Outcome'}: ${OUTCOME_LABELS[o.kind][lang]}.`];
  if (o.text.trim()) lines.push(o.text.trim());
  if (o.documents.length > 0) {
    lines.push(`${lang === 'el' ? 'Δικαιολογητικά που χρειάζονται' : 'Documents needed'}: ${o.documents.join('; ')}.`);
  }
  if (o.followUpOn) {
    const day = formatFollowUp(o.followUpOn, lang);
    lines.push(lang === 'el' ? `Επόμενη επικοινωνία έως ${day}.` : `Follow-up by ${day}.`);
  }
  return lines;
}

/**
 * The outcome as one plain text (e.g. an SMS): the municipality and topic
 * named first so it reads on its own.
 */
export function outcomeMessage(o: Outcome, about: { municipality: string; topic: string }, lang: Lang): string {
  return [`${about.municipality} – ${about.topic}`, ...outcomeLines(o, lang)].join('\n');
}
