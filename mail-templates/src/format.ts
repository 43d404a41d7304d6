/** Dates in the municipality's zone (luxon) and the small bilingual labels. */
import { DateTime } from 'luxon';
import type { AppointmentMailProps, Lang } from './types';

/** Greek first, English second: every user-facing string is written as a pair. */
export type Text = { el: string; en: string };

export const t = (lang: Lang, text: Text): string => text[lang];

export const municipalityName = (p: AppointmentMailProps): string =>
  p.lang === 'el' ? p.municipality.nameEl : p.municipality.nameEn;

export const topicName = (p: AppointmentMailProps): string => (p.lang === 'el' ? p.topic.nameEl : p.topic.nameEn);

const ZONE_NAMES: Record<string, Text> = {
  'Europe/Athens': { el: 'ώρα Ελλάδας', en: 'Greek time' },
};

/** "ώρα Ελλάδας" for Athens, otherwise the zone's generic name from Intl, e.g. "Central European Time". */
export function zoneLabel(timeZone: string, lang: Lang): string {
  const known = ZONE_NAMES[timeZone];
  if (known) return known[lang];
  const part = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((x) => x.type === 'timeZoneName');
  return part ? (lang === 'el' ? `ώρα: ${part.value}` : part.value) : timeZone;
}

function local(date: Date, timeZone: string, lang: Lang): DateTime {
  const dt = DateTime.fromJSDate(date, { zone: timeZone }).setLocale(lang);
  if (!dt.isValid) throw new Error(`cannot show ${date.toISOString()} in time zone ${timeZone}`);
  return dt;
}

/**
 * "Τρίτη 24 Νοεμβρίου 2026, 10:30–11:00 (ώρα Ελλάδας)".
 * The end gets its own date only when the appointment crosses midnight.
 */
export function formatWhen(start: Date, end: Date, timeZone: string, lang: Lang): string {
  const s = local(start, timeZone, lang);
  const e = local(end, timeZone, lang);
  const day = 'cccc d MMMM yyyy';
  const endText = s.hasSame(e, 'day') ? e.toFormat('HH:mm') : e.toFormat(`${day}, HH:mm`);
  return `${s.toFormat(`${day}, HH:mm`)}–${endText} (${zoneLabel(timeZone, lang)})`;
}

/** Short form for subjects: "24 Νοεμβρίου 2026, 10:30". */
export function formatShort(start: Date, timeZone: string, lang: Lang): string {
  return local(start, timeZone, lang).toFormat('d MMMM yyyy, HH:mm');
}

export const MODE_LABELS: Record<AppointmentMailProps['mode'], Text> = {
  in_person: { el: 'Αυτοπρόσωπα, στο γραφείο του δήμου', en: 'In person, at the municipal office' },
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
