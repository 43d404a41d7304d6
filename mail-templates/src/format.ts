/** Dates in the municipality's zone and the small bilingual labels. */
import { nameForDisplay } from '@muni/domain';
import { clock, dayMonthYear, fullDate, localTime, sameDay } from './localTime';
import type { AppointmentMailProps, Lang } from './types';

/** Greek first, English second: every user-facing string is written as a pair. */
export type Text = { el: string; en: string };

export const t = (lang: Lang, text: Text): string => text[lang];

export const municipalityName = (p: AppointmentMailProps): string =>
  p.lang === 'el' ? p.municipality.nameEl : p.municipality.nameEn;

export const topicName = (p: AppointmentMailProps): string => (p.lang === 'el' ? p.topic.nameEl : p.topic.nameEn);

/** A person's name as GSIS gave it, shown readably (capitals-only names title-cased). */
export const personName = (name: string): string => nameForDisplay(name);

/**
 * The salutation, a line of its own. Greek: "Χαίρετε," — right for any name
 * and either gender. A vocative needs the gender and the declined name
 * ("Αγαπητέ Γιώργο"), which we do not have: "Αγαπητέ/ή Γιώργος" is wrong Greek.
 * English: "Dear <name>,".
 */
export const greeting = (p: Pick<AppointmentMailProps, 'lang' | 'recipientName'>): string =>
  p.lang === 'el' ? 'Χαίρετε,' : `Dear ${personName(p.recipientName)},`;

const ZONE_NAMES: Record<string, Text> = {
  'Europe/Athens': { el: 'ώρα Ελλάδας', en: 'Greek time' },
};

const zoneLabels = new Map<string, string>();

/** "ώρα Ελλάδας" for Athens, otherwise the zone's generic name from Intl, e.g. "Central European Time". */
export function zoneLabel(timeZone: string, lang: Lang): string {
  const known = ZONE_NAMES[timeZone];
  if (known) return known[lang];
  const key = `${lang}|${timeZone}`;
  let label = zoneLabels.get(key);
  if (label === undefined) {
    const part = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((x) => x.type === 'timeZoneName');
    label = part ? (lang === 'el' ? `ώρα: ${part.value}` : part.value) : timeZone;
    zoneLabels.set(key, label);
  }
  return label;
}

/**
 * Every appointment e-mail shows its time twice (the facts and the .ics
 * description): remember the last few texts instead of formatting again.
 */
const MAX_REMEMBERED = 512;
const remembered = new Map<string, string>();

function remember(key: string, make: () => string): string {
  let text = remembered.get(key);
  if (text === undefined) {
    text = make();
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, text);
  }
  return text;
}

/**
 * "Τρίτη 24 Νοεμβρίου 2026, 10:30–11:00 (ώρα Ελλάδας)".
 * The end gets its own date only when the appointment crosses midnight.
 */
export function formatWhen(start: Date, end: Date, timeZone: string, lang: Lang): string {
  return remember(`w|${start.getTime()}|${end.getTime()}|${timeZone}|${lang}`, () => {
    const s = localTime(start, timeZone);
    const e = localTime(end, timeZone);
    const endText = sameDay(s, e) ? clock(e) : `${fullDate(e, lang)}, ${clock(e)}`;
    return `${fullDate(s, lang)}, ${clock(s)}–${endText} (${zoneLabel(timeZone, lang)})`;
  });
}

/** Short form for subjects: "24 Νοεμβρίου 2026, 10:30". */
export function formatShort(start: Date, timeZone: string, lang: Lang): string {
  return remember(`s|${start.getTime()}|${timeZone}|${lang}`, () => {
    const s = localTime(start, timeZone);
    return `${dayMonthYear(s, lang)}, ${clock(s)}`;
  });
}

export const MODE_LABELS: Record<AppointmentMailProps['mode'], Text> = {
  in_person: { el: 'Δια ζώσης, στο γραφείο του δήμου', en: 'In person, at the municipal office' }, // the web app's own word
  phone: { el: 'Τηλεφωνικά', en: 'By phone' },
  video: { el: 'Με βιντεοκλήση', en: 'By video call' },
};

export const INTERPRETATION_NOTES: Record<'gsl' | 'lip_reading', Text> = {
  gsl: {
    el: 'Έχει κανονιστεί διερμηνεία στην Ελληνική Νοηματική Γλώσσα (ΕΝΓ). Ο/Η διερμηνέας θα συμμετέχει στο ραντεβού.',
    en: 'Greek Sign Language (GSL) interpretation has been arranged. The interpreter will take part in the appointment.',
  },
  lip_reading: {
    el: 'Έχει κανονιστεί υποστήριξη χειλεανάγνωσης. Ο/Η διερμηνέας θα συμμετέχει στο ραντεβού με την κάμερα ανοιχτή.',
    en: 'Lip-reading support has been arranged. The interpreter will take part in the appointment with their camera on.',
  },
};
