/** Booking confirmation: everything about the appointment, with an .ics (REQUEST). */
import { formatShort, greeting, municipalityName, t, topicName } from '../format';
import { appointmentCalendar } from './calendar';
import { appointmentBlocks } from './sections';
import type { MailTemplate } from './template';

export const confirmation: MailTemplate = (p) => {
  const short = formatShort(p.start, p.municipality.timeZone, p.lang);
  return {
    content: {
      subject: t(p.lang, {
        el: `Επιβεβαίωση ραντεβού: ${topicName(p)}, ${short}`,
        en: `Appointment confirmed: ${topicName(p)}, ${short}`,
      }),
      preheader: t(p.lang, {
        el: `${municipalityName(p)} – κωδικός ${p.reference}`,
        en: `${municipalityName(p)} – reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Το ραντεβού σας κλείστηκε', en: 'Your appointment is booked' }),
      greeting: greeting(p),
      intro: t(p.lang, {
        el: `Το ραντεβού σας με τον δήμο επιβεβαιώθηκε. Θα λάβετε και υπενθύμιση λίγο πριν.`,
        en: `Your appointment with the municipality is confirmed. You will also get a reminder shortly before.`,
      }),
      blocks: appointmentBlocks(p, 'confirmation'),
    },
    calendar: appointmentCalendar(p, 'REQUEST'),
  };
};
