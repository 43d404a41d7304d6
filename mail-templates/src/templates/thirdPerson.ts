/**
 * The third person's e-mails (someone the citizen asked to join the video
 * call): who invited them, when, their own link. No reference, documents,
 * manage link or contact details of the citizen. The inviter's name is the one
 * thing they see of the citizen: without it an invitation from a stranger
 * could not be told from a fake.
 */
import { municipalityName, personName, t, topicName } from '../format';
import { participantMail, type ParticipantWords } from './participant';
import { when } from './sections';
import type { TemplateProps } from './template';

const inviterOf = (p: TemplateProps): string => (p.inviterName ? personName(p.inviterName) : t(p.lang, { el: 'Ένας πολίτης', en: 'A citizen' }));

const words: ParticipantWords = {
  template: 'third_person',
  facts: (p) => [
    { label: t(p.lang, { el: 'Πρόσκληση από', en: 'Invited by' }), value: inviterOf(p) },
    { label: t(p.lang, { el: 'Δήμος', en: 'Municipality' }), value: municipalityName(p) },
    { label: t(p.lang, { el: 'Θέμα', en: 'Topic' }), value: topicName(p) },
    { label: t(p.lang, { el: 'Ημερομηνία και ώρα', en: 'Date and time' }), value: when(p) },
  ],
  preheader: (p) => ({ el: `Πρόσκληση από: ${inviterOf(p)}`, en: `Invited by: ${inviterOf(p)}` }),
  subject: (p, event, short) => {
    const m = municipalityName(p);
    switch (event) {
      case 'invitation':
        return { el: `Πρόσκληση σε βιντεοκλήση – ${m}, ${short}`, en: `Invitation to a video call – ${m}, ${short}` };
      case 'reminder':
        return { el: `Υπενθύμιση: βιντεοκλήση – ${m}, ${short}`, en: `Reminder: video call – ${m}, ${short}` };
      case 'rescheduled':
        return { el: `Νέα ώρα βιντεοκλήσης – ${m}, ${short}`, en: `New time for the video call – ${m}, ${short}` };
      case 'cancelled':
        return { el: `Ακύρωση βιντεοκλήσης – ${m}, ${short}`, en: `Video call cancelled – ${m}, ${short}` };
    }
  },
  heading: (p, event) => {
    switch (event) {
      case 'invitation':
        return { el: 'Πρόσκληση σε βιντεοκλήση', en: 'Invitation to a video call' };
      case 'reminder':
        return { el: 'Υπενθύμιση βιντεοκλήσης', en: 'Video call reminder' };
      case 'rescheduled':
        return { el: 'Η βιντεοκλήση άλλαξε ώρα', en: 'The video call has a new time' };
      case 'cancelled':
        return p.withdrawn
          ? { el: 'Η συμμετοχή σας ακυρώθηκε', en: 'Your part is cancelled' }
          : { el: 'Η βιντεοκλήση ακυρώθηκε', en: 'The video call is cancelled' };
    }
  },
  intro: (p, event, short) => {
    const inviter = inviterOf(p);
    switch (event) {
      case 'invitation':
        return {
          el: `Σας προσκαλούμε, μετά από αίτημα του προσώπου που αναφέρεται παρακάτω, να συμμετάσχετε σε βιντεοκλήση με τον δήμο.`,
          en: `${inviter} invites you to take part in their video call with the municipality.`,
        };
      case 'reminder':
        return {
          el: `Σας υπενθυμίζουμε τη βιντεοκλήση με τον δήμο στην οποία έχετε προσκληθεί.`,
          en: `This is a reminder of the video call with the municipality that ${inviter} invited you to.`,
        };
      case 'rescheduled':
        return {
          el: `Η βιντεοκλήση με τον δήμο στην οποία έχετε προσκληθεί μεταφέρθηκε: ${short}. Ακολουθεί ο νέος σας σύνδεσμος.`,
          en: `The video call with the municipality that ${inviter} invited you to has moved to ${short}. Your new link follows.`,
        };
      case 'cancelled':
        return p.withdrawn
          ? {
              el: `Η συμμετοχή σας στη βιντεοκλήση της ${short} δεν χρειάζεται πια.`,
              en: `Your part in the video call of ${short} is no longer needed.`,
            }
          : {
              el: `Η βιντεοκλήση της ${short} με τον δήμο, στην οποία είχατε προσκληθεί, ακυρώθηκε.`,
              en: `The video call of ${short} with the municipality that ${inviter} invited you to has been cancelled.`,
            };
    }
  },
  linkNote: {
    el: 'Ο σύνδεσμος είναι προσωπικός για εσάς: μην τον προωθήσετε. Αν σας ζητηθεί να επιβεβαιώσετε την ταυτότητά σας, έχετε μαζί σας το δελτίο ταυτότητας ή το διαβατήριό σας.',
    en: 'This link is personal to you: do not forward it. If you are asked to confirm your identity, have your identity card or passport with you.',
  },
};

export const thirdPersonInvitation = participantMail(words, 'invitation');
export const thirdPersonReminder = participantMail(words, 'reminder');
export const thirdPersonRescheduled = participantMail(words, 'rescheduled');
export const thirdPersonCancelled = participantMail(words, 'cancelled');
