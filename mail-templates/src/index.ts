/** @muni/mail-templates: typed appointment e-mails (Greek and English) with .ics attachments. */
export { buildIcs, foldLine, localStamp, vtimezoneLines } from './ics';
export type { IcsOptions } from './ics';
export { countSegments, fitsSegments, isSmsKind, MAX_SEGMENTS, renderSms, type SegmentCount, SMS_KINDS, type SmsKind, type SmsProps, SmsTooLongError } from './sms';
export { CITIZEN_ONLY_TEMPLATES, DEFAULT_ORGANIZER_EMAIL, defaultUid, RECIPIENT_ROLES, renderCalendar, renderMail, TEMPLATE_NAMES } from './render';
export type {
  AppointmentMailProps,
  ChangeReason,
  IcsMethod,
  Lang,
  RecipientRole,
  RenderedMail,
  RenderMailProps,
  TemplateName,
} from './types';
export { CHANGE_REASONS } from './types';
