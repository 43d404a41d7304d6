/** Cancellation notice, with an .ics CANCEL so calendars drop the event. */
import { formatShort, greeting, municipalityName, t, topicName } from '../format';
import { appointmentCalendar } from './calendar';
import { changeReasonBlocks, detailFacts } from './sections';
import type { MailTemplate } from './template';

export const cancelled: MailTemplate = (p) => {
  const short = formatShort(p.start, p.municipality.timeZone, p.lang);
  return {
    content: {
      subject: t(p.lang, {
        el: `Ακύρωση ραντεβού: ${topicName(p)}, ${short}`,
        en: `Appointment cancelled: ${topicName(p)}, ${short}`,
      }),
      preheader: t(p.lang, {
        el: `${municipalityName(p)} – κωδικός ${p.reference}`,
        en: `${municipalityName(p)} – reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Το ραντεβού σας ακυρώθηκε', en: 'Your appointment has been cancelled' }),
      greeting: greeting(p),
      intro: t(p.lang, {
        el: `Το παρακάτω ραντεβού ακυρώθηκε και δεν θα πραγματοποιηθεί.`,
        en: `The appointment below has been cancelled and will not take place.`,
      }),
      blocks: [
        detailFacts(p),
        ...changeReasonBlocks(p, 'cancelled'),
        {
          type: 'paragraph',
          text: t(p.lang, {
            el: 'Οι σύνδεσμοι αυτού του ραντεβού δεν ισχύουν πια. Αν χρειάζεστε ακόμη εξυπηρέτηση, κλείστε νέο ραντεβού.',
            en: 'The links of this appointment no longer work. If you still need help, please book a new appointment.',
          }),
        },
      ],
    },
    calendar: appointmentCalendar(p, 'CANCEL'),
  };
};
