/**
 * Invitation of a third person into a video call. Only what they need to join:
 * who invited them, when, their own link. No reference, documents, manage link
 * or other data of the citizen.
 */
import { formatShort, municipalityName, t, topicName } from '../format';
import { inviteCalendar } from './calendar';
import { devicePreparation, joinButton, requireJoinUrl, when } from './sections';
import type { MailTemplate } from './template';

export const inviteThirdPerson: MailTemplate = (p) => {
  const joinUrl = requireJoinUrl(p, 'invite_third_person');
  const inviter = p.inviterName ?? t(p.lang, { el: 'Ένας πολίτης', en: 'A citizen' });
  return {
    content: {
      subject: t(p.lang, {
        el: `Πρόσκληση σε βιντεοκλήση – ${municipalityName(p)}, ${formatShort(p.start, p.municipality.timeZone, p.lang)}`,
        en: `Invitation to a video call – ${municipalityName(p)}, ${formatShort(p.start, p.municipality.timeZone, p.lang)}`,
      }),
      preheader: t(p.lang, { el: `Πρόσκληση από: ${inviter}`, en: `Invited by: ${inviter}` }),
      heading: t(p.lang, { el: 'Πρόσκληση σε βιντεοκλήση', en: 'Invitation to a video call' }),
      intro: t(p.lang, {
        el: `Αγαπητέ/ή ${p.recipientName}, ο/η ${inviter} σας προσκαλεί να συμμετάσχετε στη βιντεοκλήση του/της με τον δήμο.`,
        en: `Dear ${p.recipientName}, ${inviter} invites you to take part in their video call with the municipality.`,
      }),
      blocks: [
        {
          type: 'facts',
          rows: [
            { label: t(p.lang, { el: 'Πρόσκληση από', en: 'Invited by' }), value: inviter },
            { label: t(p.lang, { el: 'Δήμος', en: 'Municipality' }), value: municipalityName(p) },
            { label: t(p.lang, { el: 'Θέμα', en: 'Topic' }), value: topicName(p) },
            { label: t(p.lang, { el: 'Ημερομηνία και ώρα', en: 'Date and time' }), value: when(p) },
          ],
        },
        joinButton(p, joinUrl),
        {
          type: 'paragraph',
          text: t(p.lang, {
            el: 'Ο σύνδεσμος είναι προσωπικός για εσάς: μην τον προωθήσετε. Αν σας ζητηθεί να επιβεβαιώσετε την ταυτότητά σας, έχετε μαζί σας το δελτίο ταυτότητας ή το διαβατήριό σας.',
            en: 'This link is personal to you: do not forward it. If you are asked to confirm your identity, have your identity card or passport with you.',
          }),
        },
        ...devicePreparation(p, false),
      ],
    },
    calendar: inviteCalendar(p, joinUrl),
  };
};
