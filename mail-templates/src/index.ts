/** @muni/mail-templates: typed appointment e-mails (Greek and English) with .ics attachments. */
export { buildIcs, foldLine } from './ics';
export type { IcsOptions } from './ics';
export { DEFAULT_ORGANIZER_EMAIL, defaultUid, RECIPIENT_ROLES, renderMail, TEMPLATE_NAMES } from './render';
export type {
  AppointmentMailProps,
  IcsMethod,
  Lang,
  RecipientRole,
  RenderedMail,
  RenderMailProps,
  TemplateName,
} from './types';
