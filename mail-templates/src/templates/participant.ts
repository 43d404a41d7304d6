/**
 * The e-mails of a participant who did not book: the interpreter or the third
 * person. Only what they need: when, where (their own link), who invited them.
 * Never the citizen's reference, documents, contact details or manage page.
 * Each role gives its own words (interpreter.ts, thirdPerson.ts).
 */
import { formatShort, greeting, t, type Text } from '../format';
import type { Block } from '../layout';
import { inviteCalendar, inviteCancelCalendar } from './calendar';
import { changeReasonBlocks, devicePreparation, joinButton, requireJoinUrl } from './sections';
import type { MailTemplate, TemplateProps } from './template';

export type ParticipantEvent = 'invitation' | 'reminder' | 'rescheduled' | 'cancelled';

export interface ParticipantWords {
  /** Named in errors. */
  template: string;
  facts(p: TemplateProps): { label: string; value: string }[];
  preheader(p: TemplateProps): Text;
  /** `short` is the time in subject form, e.g. "24 Νοεμβρίου 2026, 10:30". */
  subject(p: TemplateProps, event: ParticipantEvent, short: string): Text;
  heading(p: TemplateProps, event: ParticipantEvent): Text;
  intro(p: TemplateProps, event: ParticipantEvent, short: string): Text;
  /** Under the button: the link is theirs alone. */
  linkNote: Text;
}

const PREVIOUS_LINK: Text = {
  el: 'Ο σύνδεσμος που σας είχαμε στείλει πριν δεν ισχύει πια. Χρησιμοποιήστε τον σύνδεσμο αυτού του μηνύματος.',
  en: 'The link we sent you before no longer works. Use the link in this message.',
};

const NOTHING_TO_JOIN: Text = {
  el: 'Ο σύνδεσμος που σας είχαμε στείλει δεν ισχύει πια. Δεν χρειάζεται να κάνετε τίποτε άλλο.',
  en: 'The link we sent you no longer works. You do not need to do anything else.',
};

export function participantMail(w: ParticipantWords, event: ParticipantEvent): MailTemplate {
  return (p) => {
    const short = formatShort(p.start, p.municipality.timeZone, p.lang);
    const facts: Block = { type: 'facts', rows: w.facts(p) };
    const content = {
      subject: t(p.lang, w.subject(p, event, short)),
      preheader: t(p.lang, w.preheader(p)),
      heading: t(p.lang, w.heading(p, event)),
      greeting: greeting(p),
      intro: t(p.lang, w.intro(p, event, short)),
    };
    if (event === 'cancelled') {
      // Nothing to join: no link at all, in the text or in the calendar entry.
      return { content: { ...content, blocks: [facts, ...changeReasonBlocks(p, 'cancelled'), { type: 'paragraph', text: t(p.lang, NOTHING_TO_JOIN) }] }, calendar: inviteCancelCalendar(p) };
    }
    const joinUrl = requireJoinUrl(p, w.template);
    const blocks: Block[] = [
      facts,
      joinButton(p, joinUrl),
      { type: 'paragraph', text: t(p.lang, w.linkNote) },
      ...devicePreparation(p, false),
    ];
    if (event === 'rescheduled') blocks.unshift({ type: 'note', text: t(p.lang, PREVIOUS_LINK) });
    if (event === 'rescheduled') blocks.unshift(...changeReasonBlocks(p, 'rescheduled'));
    return { content: { ...content, blocks }, calendar: inviteCalendar(p, joinUrl) };
  };
}
