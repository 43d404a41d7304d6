/**
 * The interpreter's e-mails (sign language or lip reading in a video call):
 * the time, the kind of interpretation and their own link; nothing about the
 * citizen (no name, contact details, notes, reference or manage link).
 */
import { municipalityName, t, topicName } from '../format';
import { participantMail, type ParticipantWords } from './participant';
import { when } from './sections';

const KIND = {
  gsl: { el: 'Ελληνική Νοηματική Γλώσσα (ΕΝΓ)', en: 'Greek Sign Language (GSL)' },
  lip_reading: { el: 'Χειλεανάγνωση', en: 'Lip reading' },
} as const;

const words: ParticipantWords = {
  template: 'interpreter',
  facts: (p) => {
    // Interpreters are invited by the municipality, which the next row names: "Invited by" only for someone else.
    const rows = [
      ...(p.inviterName ? [{ label: t(p.lang, { el: 'Πρόσκληση από', en: 'Invited by' }), value: p.inviterName }] : []),
      { label: t(p.lang, { el: 'Δήμος', en: 'Municipality' }), value: municipalityName(p) },
      { label: t(p.lang, { el: 'Θέμα', en: 'Topic' }), value: topicName(p) },
      { label: t(p.lang, { el: 'Ημερομηνία και ώρα', en: 'Date and time' }), value: when(p) },
    ];
    if (p.interpretation) {
      rows.splice(1, 0, { label: t(p.lang, { el: 'Διερμηνεία', en: 'Interpretation' }), value: t(p.lang, KIND[p.interpretation]) });
    }
    return rows;
  },
  preheader: (p) => ({ el: `${municipalityName(p)} – ${topicName(p)}`, en: `${municipalityName(p)} – ${topicName(p)}` }),
  subject: (p, event, short) => {
    switch (event) {
      case 'invitation':
        return { el: `Πρόσκληση διερμηνέα σε βιντεοκλήση, ${short}`, en: `Interpreter invitation to a video call, ${short}` };
      case 'reminder':
        return { el: `Υπενθύμιση: διερμηνεία σε βιντεοκλήση, ${short}`, en: `Reminder: interpreting in a video call, ${short}` };
      case 'rescheduled':
        return { el: `Νέα ώρα διερμηνείας σε βιντεοκλήση: ${short}`, en: `New time for interpreting in a video call: ${short}` };
      case 'cancelled':
        return p.withdrawn
          ? { el: `Η διερμηνεία σας δεν χρειάζεται πια: ${short}`, en: `Your interpreting is no longer needed: ${short}` }
          : { el: `Ακύρωση διερμηνείας σε βιντεοκλήση: ${short}`, en: `Interpreting in a video call cancelled: ${short}` };
    }
  },
  heading: (p, event) => {
    switch (event) {
      case 'invitation':
        return { el: 'Πρόσκληση για διερμηνεία', en: 'Invitation to interpret' };
      case 'reminder':
        return { el: 'Υπενθύμιση διερμηνείας', en: 'Interpreting reminder' };
      case 'rescheduled':
        return { el: 'Η βιντεοκλήση άλλαξε ώρα', en: 'The video call has a new time' };
      case 'cancelled':
        return p.withdrawn
          ? { el: 'Η συμμετοχή σας ακυρώθηκε', en: 'Your part is cancelled' }
          : { el: 'Η διερμηνεία ακυρώθηκε', en: 'The interpreting is cancelled' };
    }
  },
  intro: (p, event, short) => {
    switch (event) {
      case 'invitation':
        return {
          el: `Σας προσκαλούμε να διερμηνεύσετε σε ραντεβού με βιντεοκλήση.`,
          en: `You are invited to interpret in a video appointment.`,
        };
      case 'reminder':
        return {
          el: `Σας υπενθυμίζουμε τη βιντεοκλήση στην οποία θα διερμηνεύσετε.`,
          en: `This is a reminder of the video call you will interpret in.`,
        };
      case 'rescheduled':
        return {
          el: `Η βιντεοκλήση στην οποία θα διερμηνεύσετε μεταφέρθηκε: ${short}. Ακολουθεί ο νέος σας σύνδεσμος.`,
          en: `The video call you will interpret in has moved to ${short}. Your new link follows.`,
        };
      case 'cancelled':
        return p.withdrawn
          ? {
              el: `Το ραντεβού της ${short} άλλαξε και η διερμηνεία σας δεν χρειάζεται πια: θα την αναλάβει συνάδελφός σας.`,
              en: `The appointment of ${short} has changed and your interpreting is no longer needed: another interpreter will take it on.`,
            }
          : {
              el: `Το ραντεβού της ${short}, στο οποίο θα διερμηνεύατε, ακυρώθηκε και δεν θα πραγματοποιηθεί.`,
              en: `The appointment of ${short} you were to interpret in has been cancelled and will not take place.`,
            };
    }
  },
  linkNote: {
    el: 'Ο σύνδεσμος είναι προσωπικός για εσάς: μην τον προωθήσετε. Η κάμερά σας μένει ανοιχτή σε όλη την κλήση, και αν αυτή συνεχιστεί μόνο με ήχο.',
    en: 'This link is personal to you: do not forward it. Your camera stays on for the whole call, even if the call continues audio-only.',
  },
};

export const interpreterInvitation = participantMail(words, 'invitation');
export const interpreterReminder = participantMail(words, 'reminder');
export const interpreterRescheduled = participantMail(words, 'rescheduled');
export const interpreterCancelled = participantMail(words, 'cancelled');
