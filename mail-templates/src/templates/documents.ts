/** Required documents for the appointment: the topic's list plus the employee's own note. */
import { formatShort, greeting, personName, t, topicName } from '../format';
import type { Block } from '../layout';
import { detailFacts } from './sections';
import type { MailTemplate } from './template';

export const documents: MailTemplate = (p) => {
  const blocks: Block[] = [detailFacts(p)];
  blocks.push({ type: 'heading', text: t(p.lang, { el: 'Δικαιολογητικά που χρειάζεστε', en: 'Documents you need' }) });
  blocks.push(
    p.requiredDocuments.length > 0
      ? { type: 'list', items: p.requiredDocuments.map((d) => d[p.lang]) }
      : {
          type: 'paragraph',
          text: t(p.lang, {
            el: 'Για αυτό το θέμα δεν υπάρχει κατάλογος δικαιολογητικών.',
            en: 'There is no list of documents for this topic.',
          }),
        },
  );
  if (p.extraText?.trim()) {
    const from = p.employeeName ? ` (${personName(p.employeeName)})` : '';
    blocks.push(
      { type: 'heading', text: t(p.lang, { el: `Σημείωμα από τον δήμο${from}`, en: `Note from the municipality${from}` }) },
      { type: 'note', text: p.extraText.trim() },
    );
  }
  if (p.manageUrl) {
    blocks.push({
      type: 'link',
      label: t(p.lang, { el: 'Προβολή, αλλαγή ή ακύρωση του ραντεβού', en: 'View, change or cancel the appointment' }),
      url: p.manageUrl,
    });
  }
  return {
    content: {
      subject: t(p.lang, {
        el: `Δικαιολογητικά για το ραντεβού σας: ${topicName(p)}`,
        en: `Documents for your appointment: ${topicName(p)}`,
      }),
      preheader: t(p.lang, {
        el: `Ραντεβού ${formatShort(p.start, p.municipality.timeZone, p.lang)}, κωδικός ${p.reference}`,
        en: `Appointment ${formatShort(p.start, p.municipality.timeZone, p.lang)}, reference ${p.reference}`,
      }),
      heading: t(p.lang, { el: 'Τι να έχετε μαζί σας', en: 'What to have with you' }),
      greeting: greeting(p),
      intro: p.documentsChanged
        ? t(p.lang, {
            el: 'Ο δήμος άλλαξε τα δικαιολογητικά που χρειάζονται για αυτή την υπηρεσία. Για το ραντεβού σας θα χρειαστείτε πλέον τα παρακάτω.',
            en: 'The municipality has changed the documents needed for this service. For your appointment you will now need the following.',
          })
        : t(p.lang, {
            el: 'Για το ραντεβού σας θα χρειαστείτε τα παρακάτω.',
            en: 'You will need the following for your appointment.',
          }),
      blocks,
    },
  };
};
