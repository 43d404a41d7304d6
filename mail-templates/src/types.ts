/** Public types of @muni/mail-templates. */
import type { Outcome } from '@muni/domain';

export type Lang = 'el' | 'en';

export interface AppointmentMailProps {
  lang: Lang;
  recipientName: string;
  /** Booking reference, e.g. K7P-4XQ-92M. */
  reference: string;
  municipality: { nameEl: string; nameEn: string; timeZone: string; phone?: string; email?: string };
  topic: { nameEl: string; nameEn: string };
  mode: 'in_person' | 'phone' | 'video';
  /** Instants; shown in municipality.timeZone. */
  start: Date;
  end: Date;
  /** In-person appointments. */
  office?: { address: string; floor?: string; directions?: string };
  /** Phone appointments: e.g. "the municipality will call you at +30…". */
  phoneArrangement?: string;
  employeeName?: string;
  requiredDocuments: { el: string; en: string }[];
  /** The recipient's own join link; video appointments only, never in a cancellation. */
  joinUrl?: string;
  /**
   * The person served's own manage page (their link, bound to the appointment's
   * version): see, change the time or cancel (GET shows it and changes nothing;
   * changes are confirmed and POSTed). Only the citizen's e-mails carry it.
   */
  manageUrl?: string;
  interpretation?: 'gsl' | 'lip_reading' | null;
  /**
   * Booked on behalf of a business whose link is only declared (decree, article
   * 3§1): the citizen's e-mails say what proof of representation to have ready.
   */
  representation?: { companyName: string };
  /** The person served's e-mails say for whom it was booked, when not for oneself: the company, or who booked it. */
  onBehalf?: { kind: 'business'; companyName: string; companyTaxId: string } | { kind: 'other'; bookerName: string };
  /** Free text from the employee (documents e-mail). */
  extraText?: string;
  /** Why the municipality moved or cancelled the appointment itself (new time and cancellation e-mails). */
  changeReason?: ChangeReason;
  /** Documents e-mail: sent because the topic's list of documents changed. */
  documentsChanged?: boolean;
  /** Outcome e-mail: what came of the appointment as recorded; `corrected` when it replaces one sent before. */
  outcome?: { outcome: Outcome; corrected: boolean };
}

/** Why the municipality itself moved or cancelled an appointment: each has its sentence in the e-mail. */
export const CHANGE_REASONS = ['municipality_closed', 'employee_absent', 'hours_changed'] as const;

/**
 * The municipality closed the day, the employee will be away or the opening
 * hours changed: the appointment was moved to the nearest free time
 * (`previousStart` is the time it had), or cancelled (`noFreeTime`: none was
 * free within the booking window).
 */
export interface ChangeReason {
  kind: (typeof CHANGE_REASONS)[number];
  previousStart?: Date;
  noFreeTime?: boolean;
}

export type TemplateName =
  | 'confirmation'
  | 'reminder'
  | 'rescheduled'
  | 'cancelled'
  | 'documents'
  | 'invite_third_person'
  | 'invite_interpreter'
  | 'outcome';

export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  ics?: { filename: string; content: string; method: IcsMethod };
}

/**
 * Whose e-mail it is: the person served (or the company's representative), the
 * interpreter or the third person. It decides the wording, the link and what
 * the e-mail may show: only the citizen's carry the reference, the documents
 * and the page to change or cancel.
 */
export type RecipientRole = 'citizen' | 'interpreter' | 'third_person';

export interface RenderMailProps extends AppointmentMailProps {
  recipientRole: RecipientRole;
  /**
   * Cancellations: only the recipient's part is cancelled (an interpreter
   * replaced after a change of time); start and end are the time they had.
   */
  withdrawn?: boolean;
  /** iCalendar SEQUENCE; bump on every change of the appointment (default 0). */
  sequence?: number;
  /** Stable iCalendar UID of the appointment (default derived from the reference). */
  uid?: string;
  /** Invites: who invited the recipient. */
  inviterName?: string;
  /** ORGANIZER of the .ics: the sending address (default: the municipality, no-reply). */
  organizer?: { name: string; email: string };
  /** Recipient's address, written as ATTENDEE in the .ics when given. */
  recipientEmail?: string;
  /** DTSTAMP of the .ics (default now); fixed in tests and previews. */
  now?: Date;
}
