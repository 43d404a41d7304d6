/** The outcome of the appointment, as the employee recorded it: the citizen is told the result and what comes next. */
import { formatFollowUp, OUTCOME_LABELS } from '@muni/domain';
import { formatShort, greeting, t, topicName } from '../format';
import type { Block } from '../layout';
import { detailFacts } from './sections';
import type { MailTemplate } from './template';

export const outcome: MailTemplate = (p) => {
  if (!p.outcome) throw new Error('outcome: the outcome is required');
  const { outcome: o, corrected } = p.outcome;
  const blocks: Block[] = [
    detailFacts(p),
    { type: 'heading', text: t(p.lang, { el: 'Αποτέλεσμα', en: 'Outcome' }) },
    { type: 'paragraph', text: OUTCOME_LABELS[o.kind][p.lang] },
  ];
  if (o.text.trim()) blocks.push({ type: 'note', text: o.text.trim() });
  if (o.documents.length > 0) {
    blocks.push(
      { type: 'heading', text: t(p.lang, { el: 'Δικαιολογητικά που χρειάζονται', en: 'Documents needed' }) },
      { type: 'list', items: o.documents },
    );
  }
  if (o.followUpOn) {
    const day = formatFollowUp(o.followUpOn, p.lang);
    blocks.push(
      { type: 'heading', text: t(p.lang, { el: 'Επόμενο βήμα', en: 'Next step' }) },
      { type: 'paragraph', text: t(p.lang, { el: `Επόμενη επικοινωνία έως ${day}.`, en: `Follow-up by ${day}.` }) },
    );
  }
  blocks.push({
    type: 'paragraph',
    text: t(p.lang, {
      el: 'Το αποτέλεσμα φαίνεται και στα «Τα ραντεβού μου», αν συνδεθείτε με τους κωδικούς Taxisnet.',
      en: 'The outcome is also shown in "My appointments" when you sign in with your Taxisnet credentials.',
    }),
  });
  const topic = topicName(p);
  return {
    content: {
      subject: corrected
        ? t(p.lang, { el: `Διόρθωση αποτελέσματος του ραντεβού σας: ${topic}`, en: `Corrected outcome of your appointment: ${topic}` })
        : t(p.lang, { el: `Το αποτέλεσμα του ραντεβού σας: ${topic}`, en: `The outcome of your appointment: ${topic}` }),
      preheader: t(p.lang, {
        el: `Ραντεβού ${formatShort(p.start, p.municipality.timeZone, p.lang)}, κωδικός ${p.reference}`,
        en: `Appointment ${formatShort(p.start, p.municipality.timeZone, p.lang)}, reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Το αποτέλεσμα του ραντεβού σας', en: 'The outcome of your appointment' }),
      greeting: greeting(p),
      intro: corrected
        ? t(p.lang, {
            el: 'Ο δήμος διόρθωσε το αποτέλεσμα του ραντεβού σας. Ισχύει αυτό το μήνυμα και όχι το προηγούμενο.',
            en: 'The municipality has corrected the outcome of your appointment. This message replaces the previous one.',
          })
        : t(p.lang, { el: 'Ο δήμος κατέγραψε το αποτέλεσμα του ραντεβού σας.', en: 'The municipality has recorded the outcome of your appointment.' }),
      blocks,
    },
  };
};
