/**
 * Invitation of an interpreter (sign language or lip reading) into a video call.
 * The interpreter needs the time, the kind of interpretation and their own link;
 * nothing else about the citizen (no reference, documents or manage link).
 */
import { formatShort, municipalityName, t, topicName } from '../format';
import { inviteCalendar } from './calendar';
import { devicePreparation, joinButton, requireJoinUrl, when } from './sections';
import type { MailTemplate } from './template';

const KIND = {
  gsl: { el: 'Ελληνική Νοηματική Γλώσσα (ΕΝΓ)', en: 'Greek Sign Language (GSL)' },
  lip_reading: { el: 'Χειλεανάγνωση', en: 'Lip reading' },
} as const;

export const inviteInterpreter: MailTemplate = (p) => {
  const joinUrl = requireJoinUrl(p, 'invite_interpreter');
  const inviter = p.inviterName ?? municipalityName(p);
  const rows = [
    { label: t(p.lang, { el: 'Πρόσκληση από', en: 'Invited by' }), value: inviter },
    { label: t(p.lang, { el: 'Δήμος', en: 'Municipality' }), value: municipalityName(p) },
    { label: t(p.lang, { el: 'Θέμα', en: 'Topic' }), value: topicName(p) },
    { label: t(p.lang, { el: 'Ημερομηνία και ώρα', en: 'Date and time' }), value: when(p) },
  ];
  if (p.interpretation) {
    rows.splice(1, 0, { label: t(p.lang, { el: 'Διερμηνεία', en: 'Interpretation' }), value: t(p.lang, KIND[p.interpretation]) });
  }
  return {
    content: {
      subject: t(p.lang, {
        el: `Πρόσκληση διερμηνέα σε βιντεοκλήση, ${formatShort(p.start, p.municipality.timeZone, p.lang)}`,
        en: `Interpreter invitation to a video call, ${formatShort(p.start, p.municipality.timeZone, p.lang)}`,
      }),
      preheader: t(p.lang, { el: `${municipalityName(p)} – ${topicName(p)}`, en: `${municipalityName(p)} – ${topicName(p)}` }),
      heading: t(p.lang, { el: 'Πρόσκληση για διερμηνεία', en: 'Invitation to interpret' }),
      intro: t(p.lang, {
        el: `Αγαπητέ/ή ${p.recipientName}, σας προσκαλούμε να διερμηνεύσετε σε ραντεβού με βιντεοκλήση.`,
        en: `Dear ${p.recipientName}, you are invited to interpret in a video appointment.`,
      }),
      blocks: [
        { type: 'facts', rows },
        joinButton(p, joinUrl),
        {
          type: 'paragraph',
          text: t(p.lang, {
            el: 'Ο σύνδεσμος είναι προσωπικός για εσάς: μην τον προωθήσετε. Η κάμερά σας μένει ανοιχτή σε όλη την κλήση, και αν αυτή συνεχιστεί μόνο με ήχο.',
            en: 'This link is personal to you: do not forward it. Your camera stays on for the whole call, even if the call continues audio-only.',
          }),
        },
        ...devicePreparation(p, false),
      ],
    },
    calendar: inviteCalendar(p, joinUrl),
  };
};
