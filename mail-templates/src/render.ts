/** renderMail: template name → subject, HTML, plain text and, where it belongs, an .ics. */
import { municipalityName, t } from './format';
import { buildIcs } from './ics';
import { type Frame, renderHtml, renderText } from './layout';
import { cancelled } from './templates/cancelled';
import { confirmation } from './templates/confirmation';
import { documents } from './templates/documents';
import { inviteInterpreter } from './templates/inviteInterpreter';
import { inviteThirdPerson } from './templates/inviteThirdPerson';
import { reminder } from './templates/reminder';
import { rescheduled } from './templates/rescheduled';
import type { MailTemplate, TemplateProps } from './templates/template';
import type { RenderedMail, TemplateName } from './types';

const TEMPLATES: Record<TemplateName, MailTemplate> = {
  confirmation,
  reminder,
  rescheduled,
  cancelled,
  documents,
  invite_third_person: inviteThirdPerson,
  invite_interpreter: inviteInterpreter,
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** Used when the caller passes no organizer; the scheduler should pass its real sending address. */
export const DEFAULT_ORGANIZER_EMAIL = 'no-reply@appointments.invalid';

function frame(p: TemplateProps): Frame {
  const footer: string[] = [];
  if (p.municipality.phone) {
    footer.push(
      t(p.lang, {
        el: `Για απορίες: τηλέφωνο δήμου ${p.municipality.phone}`,
        en: `Questions: municipality phone ${p.municipality.phone}`,
      }),
    );
  }
  footer.push(
    t(p.lang, {
      el: 'Το μήνυμα στάλθηκε αυτόματα από την υπηρεσία ραντεβού του δήμου. Μην απαντήσετε σε αυτό.',
      en: 'This message was sent automatically by the municipal appointment service. Please do not reply to it.',
    }),
  );
  return { lang: p.lang, sender: municipalityName(p), footer };
}

/** A UID that stays the same for every mail about one appointment. */
export const defaultUid = (reference: string): string =>
  `${reference.toLowerCase().replace(/[^a-z0-9-]/g, '')}@appointments.invalid`;

export async function renderMail(name: TemplateName, props: TemplateProps): Promise<RenderedMail> {
  const template = TEMPLATES[name];
  if (!template) throw new Error(`unknown mail template: ${name}`);
  const { content, calendar } = template(props);
  const f = frame(props);
  const mail: RenderedMail = { subject: content.subject, html: await renderHtml(f, content), text: renderText(f, content) };
  if (calendar) {
    const icsText = buildIcs({
      ...calendar,
      uid: props.uid ?? defaultUid(props.reference),
      sequence: props.sequence ?? 0,
      start: props.start,
      end: props.end,
      organizer: props.organizer ?? { name: municipalityName(props), email: DEFAULT_ORGANIZER_EMAIL },
      attendee: props.recipientEmail ? { name: props.recipientName, email: props.recipientEmail } : undefined,
      stamp: props.now,
    });
    const filename = `${calendar.method === 'CANCEL' ? 'cancel' : 'invite'}-${props.reference.replace(/[^A-Za-z0-9-]/g, '')}.ics`;
    mail.ics = { filename, content: icsText, method: calendar.method };
  }
  return mail;
}
