/** renderMail: template name → subject, HTML, plain text and, where it belongs, an .ics. */
import { municipalityName, t } from './format';
import { buildIcs } from './ics';
import { type Frame, renderHtml, renderText } from './layout';
import { cancelled } from './templates/cancelled';
import { confirmation } from './templates/confirmation';
import { documents } from './templates/documents';
import { outcome } from './templates/outcome';
import { interpreterCancelled, interpreterInvitation, interpreterReminder, interpreterRescheduled } from './templates/interpreter';
import { reminder } from './templates/reminder';
import { rescheduled } from './templates/rescheduled';
import { thirdPersonCancelled, thirdPersonInvitation, thirdPersonReminder, thirdPersonRescheduled } from './templates/thirdPerson';
import type { CalendarEntry, MailTemplate, TemplateProps } from './templates/template';
import type { RecipientRole, RenderedMail, TemplateName } from './types';

const notForThem = (role: RecipientRole, name: string): MailTemplate => () => {
  throw new Error(`${name}: this e-mail is for the person served, not the ${role}`);
};

/**
 * The template for a kind of e-mail and the recipient's role. The kind says
 * what happened (booked, reminder, new time, cancelled, documents); the role
 * alone decides the wording and what the mail may show. An invitation kind
 * written to the citizen is their confirmation.
 */
const TEMPLATES: Record<RecipientRole, Record<TemplateName, MailTemplate>> = {
  citizen: {
    confirmation,
    reminder,
    rescheduled,
    cancelled,
    documents,
    invite_third_person: confirmation,
    invite_interpreter: confirmation,
    outcome,
  },
  interpreter: {
    confirmation: interpreterInvitation,
    reminder: interpreterReminder,
    rescheduled: interpreterRescheduled,
    cancelled: interpreterCancelled,
    documents: notForThem('interpreter', 'documents'),
    invite_third_person: interpreterInvitation,
    invite_interpreter: interpreterInvitation,
    outcome: notForThem('interpreter', 'outcome'),
  },
  third_person: {
    confirmation: thirdPersonInvitation,
    reminder: thirdPersonReminder,
    rescheduled: thirdPersonRescheduled,
    cancelled: thirdPersonCancelled,
    documents: notForThem('third_person', 'documents'),
    invite_third_person: thirdPersonInvitation,
    invite_interpreter: thirdPersonInvitation,
    outcome: notForThem('third_person', 'outcome'),
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES.citizen) as TemplateName[];
export const RECIPIENT_ROLES = Object.keys(TEMPLATES) as RecipientRole[];
/** The person served's own matters: never rendered for the interpreter or the third person. */
export const CITIZEN_ONLY_TEMPLATES: readonly TemplateName[] = ['documents', 'outcome'];

/** Used when the caller passes no organizer; the scheduler should pass its real sending address. */
export const DEFAULT_ORGANIZER_EMAIL = 'no-reply@appointments.invalid';

function frame(p: TemplateProps): Frame {
  const footer: string[] = [];
  // By e-mail as well as by phone: a deaf person cannot ring.
  const { phone, email } = p.municipality;
  if (phone || email) {
    const el = [phone && `τηλέφωνο δήμου ${phone}`, email && `email ${email}`].filter(Boolean).join(' ή ');
    const en = [phone && `municipality phone ${phone}`, email && `e-mail ${email}`].filter(Boolean).join(' or ');
    footer.push(t(p.lang, { el: `Για απορίες: ${el}`, en: `Questions: ${en}` }));
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

/**
 * The .ics a mail of this kind carries for this recipient, or undefined. The
 * citizen's calendar download is the same event (same UID, SEQUENCE, text and
 * links): the API renders it with this too.
 */
export function renderCalendar(name: TemplateName, props: TemplateProps): RenderedMail['ics'] {
  return calendarOf(templateOf(name, props)(props).calendar, props);
}

function templateOf(name: TemplateName, props: TemplateProps): MailTemplate {
  const template = TEMPLATES[props.recipientRole]?.[name];
  if (!template) throw new Error(`unknown mail template: ${name} for ${props.recipientRole}`);
  return template;
}

function calendarOf(calendar: CalendarEntry | undefined, props: TemplateProps): RenderedMail['ics'] {
  if (!calendar) return undefined;
  const content = buildIcs({
    ...calendar,
    uid: props.uid ?? defaultUid(props.reference),
    sequence: props.sequence ?? 0,
    start: props.start,
    end: props.end,
    timeZone: props.municipality.timeZone,
    organizer: props.organizer ?? { name: municipalityName(props), email: DEFAULT_ORGANIZER_EMAIL },
    attendee: props.recipientEmail ? { name: props.recipientName, email: props.recipientEmail } : undefined,
    stamp: props.now,
  });
  // The reference is the citizen's: the others' attachments are named without it.
  const stem = calendar.method === 'CANCEL' ? 'cancel' : 'invite';
  const filename = props.recipientRole === 'citizen' ? `${stem}-${props.reference.replace(/[^A-Za-z0-9-]/g, '')}.ics` : `${stem}.ics`;
  return { filename, content, method: calendar.method };
}

export async function renderMail(name: TemplateName, props: TemplateProps): Promise<RenderedMail> {
  const { content, calendar } = templateOf(name, props)(props);
  const f = frame(props);
  const mail: RenderedMail = { subject: content.subject, html: await renderHtml(f, content), text: renderText(f, content) };
  const ics = calendarOf(calendar, props);
  if (ics) mail.ics = ics;
  return mail;
}
