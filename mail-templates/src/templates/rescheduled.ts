/** The appointment moved: the new time and all details again (old video links stop working). */
import { formatShort, greeting, municipalityName, t, topicName } from '../format';
import { appointmentCalendar } from './calendar';
import { appointmentBlocks, changeReasonBlocks } from './sections';
import type { MailTemplate } from './template';

export const rescheduled: MailTemplate = (p) => {
  const short = formatShort(p.start, p.municipality.timeZone, p.lang);
  const blocks = appointmentBlocks(p, 'rescheduled');
  if (p.mode === 'video') {
    blocks.splice(1, 0, {
      type: 'note',
      text: t(p.lang, {
        el: 'Ο προηγούμενος σύνδεσμος της βιντεοκλήσης δεν ισχύει πια. Χρησιμοποιήστε τον σύνδεσμο αυτού του μηνύματος.',
        en: 'The previous video call link no longer works. Use the link in this message.',
      }),
    });
  }
  // Moved by the municipality itself (a closure, an absence): why, first.
  blocks.splice(1, 0, ...changeReasonBlocks(p, 'rescheduled'));
  return {
    content: {
      subject: t(p.lang, {
        el: `Νέα ώρα ραντεβού: ${topicName(p)}, ${short}`,
        en: `New appointment time: ${topicName(p)}, ${short}`,
      }),
      preheader: t(p.lang, {
        el: `${municipalityName(p)} – κωδικός ${p.reference}`,
        en: `${municipalityName(p)} – reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Το ραντεβού σας άλλαξε ώρα', en: 'Your appointment has a new time' }),
      greeting: greeting(p),
      intro: t(p.lang, {
        el: `Η νέα ημερομηνία και ώρα του ραντεβού σας είναι: ${short}. Ακολουθούν όλες οι λεπτομέρειες.`,
        en: `The new date and time of your appointment is: ${short}. All the details follow.`,
      }),
      blocks,
    },
    calendar: appointmentCalendar(p, 'REQUEST'),
  };
};
