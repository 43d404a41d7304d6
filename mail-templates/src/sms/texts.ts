/**
 * The texts (SMS) to the person served: confirmation, reminder, new time,
 * cancellation and the outcome staff recorded, in Greek or English as they booked. Each must fit in two
 * segments (see segments.ts): Greek is UCS-2, so 134 characters in all. The
 * short link is never cut. What gives way, in order: the topic is shortened
 * (with "…") down to MIN_TOPIC characters, then the reference (the link's
 * page shows it; but a caller booked at the desk is told to keep it, so it
 * outlasts the topic's tail), then the municipality's name takes its short form
 * ("Δ. Αθηναίων"), then the topic goes further, to nothing. The municipality
 * says who is writing (the sender ID names the service, not the municipality),
 * so its short form is cut only when nothing else is left to give.
 */
import { localTime, type LocalTime } from '../localTime';
import type { Lang } from '../types';
import { fitsSegments, MAX_SEGMENTS } from './segments';

export const SMS_KINDS = ['confirmation', 'reminder', 'rescheduled', 'cancelled', 'outcome'] as const;
export type SmsKind = (typeof SMS_KINDS)[number];

export const isSmsKind = (kind: string): kind is SmsKind => (SMS_KINDS as readonly string[]).includes(kind);

export interface SmsProps {
  lang: Lang;
  kind: SmsKind;
  municipality: { nameEl: string; nameEn: string; timeZone: string };
  topic: { nameEl: string; nameEn: string };
  mode: 'in_person' | 'phone' | 'video';
  start: Date;
  /** Booking reference, e.g. K7P-4XQ-92M. */
  reference: string;
  /** The short link to the person's own join or manage page (none in a cancellation); for an outcome, "My appointments". */
  link?: string;
  /** The outcome's headline (e.g. "Documents are needed"); its details are in the e-mail and on the link's page. */
  outcome?: string;
  /** The outcome corrects one sent before: the text says it replaces it. */
  corrected?: boolean;
}

const WEEKDAYS: Record<Lang, string[]> = {
  el: ['Δευ', 'Τρι', 'Τετ', 'Πεμ', 'Παρ', 'Σαβ', 'Κυρ'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const MODES: Record<Lang, Record<SmsProps['mode'], string>> = {
  el: { video: 'με βιντεοκλήση', phone: 'τηλεφωνικά', in_person: 'δια ζώσης' },
  en: { video: 'by video', phone: 'by phone', in_person: 'in person' },
};

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
/** "Τρι 24/11 10:30", in the municipality's zone. */
const when = (t: LocalTime, lang: Lang) => `${WEEKDAYS[lang][t.weekday - 1]} ${t.day}/${t.month} ${two(t.hour)}:${two(t.minute)}`;

interface Parts {
  municipality: string;
  topic: string;
  reference: string | null;
}

function compose(p: SmsProps, parts: Parts): string {
  const at = when(localTime(p.start, p.municipality.timeZone), p.lang);
  const mode = MODES[p.lang][p.mode];
  const topic = parts.topic ? ` ${p.lang === 'el' ? 'για' : 'for'} ${parts.topic}` : '';
  const ref = parts.reference ? ` ${p.lang === 'el' ? 'Κωδ.' : 'Ref.'} ${parts.reference}.` : '';
  const link = p.link ? ` ${p.link}` : '';
  const head = parts.municipality ? `${parts.municipality}: ` : '';
  if (p.lang === 'el') {
    switch (p.kind) {
      case 'confirmation':
        return `${head}ραντεβού ${at} ${mode}${topic}.${ref}${link}`;
      case 'reminder':
        return `${head}υπενθύμιση, ραντεβού ${at} ${mode}${topic}.${link}`;
      case 'rescheduled':
        return `${head}νέα ώρα ραντεβού ${at} ${mode}${topic}.${ref}${link}`;
      case 'cancelled':
        return `${head}ακυρώθηκε το ραντεβού ${at}${topic}.${ref}${link}`;
      case 'outcome':
        return `${head}ραντεβού ${at}${topic}: ${p.corrected ? 'διόρθωση, ' : ''}${p.outcome}. Λεπτομέρειες:${link}`;
    }
  }
  switch (p.kind) {
    case 'confirmation':
      return `${head}appointment ${at} ${mode}${topic}.${ref}${link}`;
    case 'reminder':
      return `${head}reminder, appointment ${at} ${mode}${topic}.${link}`;
    case 'rescheduled':
      return `${head}new time ${at} ${mode}${topic}.${ref}${link}`;
    case 'cancelled':
      return `${head}appointment ${at}${topic} cancelled.${ref}${link}`;
    case 'outcome':
      return `${head}appointment ${at}${topic}: ${p.corrected ? 'correction, ' : ''}${p.outcome}. Details:${link}`;
  }
}

/** `text` cut to `length` characters with "…" (whole code points; none cut when it fits). */
function cut(text: string, length: number): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  return length <= 0 ? '' : `${chars.slice(0, length - 1).join('').trimEnd()}…`;
}

/** The longest `cut(full, n)` for which `fits` holds (binary search over n), or '' when none. */
function longestFitting(full: string, fits: (s: string) => boolean): string {
  let lo = 0;
  let hi = [...full].length;
  if (fits(full)) return full;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(full, mid))) lo = mid;
    else hi = mid - 1;
  }
  // A topic of one letter and "…" tells nothing: leave it out.
  return lo >= 4 ? cut(full, lo) : '';
}

/** Thrown when even the bare text and the link do not fit (a PUBLIC_URL far too long): rendering again would not help. */
/** The topic keeps this many characters before the municipality's name is shortened. */
export const MIN_TOPIC = 20;

export class SmsTooLongError extends Error {
  override readonly name = 'SmsTooLongError';
}

/** How each language shortens a municipality's name: "Δήμος Αθηναίων" → "Δ. Αθηναίων", "Municipality of Athens" → "Athens". */
const SHORT_FORMS: Record<Lang, [RegExp, string][]> = {
  el: [[/^Δήμος\s+/u, 'Δ. ']],
  en: [[/^(?:Municipality|City) of\s+/iu, '']],
};

/** The municipality's name as it is written when space is short (the full name when it has no short form). */
export function shortMunicipalityName(name: string, lang: Lang): string {
  for (const [pattern, replacement] of SHORT_FORMS[lang]) if (pattern.test(name)) return name.replace(pattern, replacement);
  return name;
}

/** The text, within MAX_SEGMENTS segments. */
export function renderSms(p: SmsProps): string {
  const parts: Parts = {
    municipality: p.lang === 'el' ? p.municipality.nameEl : p.municipality.nameEn,
    topic: p.lang === 'el' ? p.topic.nameEl : p.topic.nameEn,
    reference: p.reference,
  };
  const fits = (q: Parts) => fitsSegments(compose(p, q), MAX_SEGMENTS);
  if (fits(parts)) return compose(p, parts);
  const topic = parts.topic;
  const shortenTopic = () => (parts.topic = longestFitting(topic, (t) => fits({ ...parts, topic: t })));
  const topicKept = () => [...parts.topic].length >= Math.min(MIN_TOPIC, [...topic].length);
  shortenTopic();
  if (fits(parts) && topicKept()) return compose(p, parts);
  parts.reference = null;
  shortenTopic();
  if (fits(parts) && topicKept()) return compose(p, parts);
  // The municipality's short form, and as much of the topic as then fits (none, if need be).
  parts.municipality = shortMunicipalityName(parts.municipality, p.lang);
  shortenTopic();
  if (fits(parts)) return compose(p, parts);
  // Nothing else left to give: the short form itself is cut.
  parts.municipality = longestFitting(parts.municipality, (municipality) => fits({ ...parts, municipality }));
  if (fits(parts)) return compose(p, parts);
  throw new SmsTooLongError(`the ${p.kind} text does not fit in ${MAX_SEGMENTS} segments even without topic, municipality and reference (link of ${p.link?.length ?? 0} characters)`);
}
