/** Reminder shortly before the appointment: by decree it repeats the confirmation's content. */
import { formatShort, greeting, municipalityName, t, topicName } from '../format';
import { appointmentCalendar } from './calendar';
import { appointmentBlocks } from './sections';
import type { MailTemplate } from './template';

export const reminder: MailTemplate = (p) => {
  const short = formatShort(p.start, p.municipality.timeZone, p.lang);
  return {
    content: {
      subject: t(p.lang, {
        el: `Υπενθύμιση: ραντεβού ${topicName(p)}, ${short}`,
        en: `Reminder: appointment ${topicName(p)}, ${short}`,
      }),
      preheader: t(p.lang, {
        el: `${municipalityName(p)} – κωδικός ${p.reference}`,
        en: `${municipalityName(p)} – reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Υπενθύμιση ραντεβού', en: 'Appointment reminder' }),
      greeting: greeting(p),
      intro: t(p.lang, {
        el: `Σας υπενθυμίζουμε το ραντεβού σας με τον δήμο.`,
        en: `This is a reminder of your appointment with the municipality.`,
      }),
      blocks: appointmentBlocks(p, 'reminder'),
    },
    calendar: appointmentCalendar(p, 'REQUEST'),
  };
};
