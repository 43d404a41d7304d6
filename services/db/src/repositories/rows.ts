import type { Mode, ParticipantRole, WeeklyHours } from '@muni/domain';

// Row shapes as PostgreSQL returns them (snake_case), one per table we read.

export interface MunicipalityRow {
  id: string;
  slug: string;
  name_el: string;
  name_en: string;
  time_zone: string;
  modes: Mode[];
  durations: Partial<Record<Mode, number>>;
  opening_hours: WeeklyHours;
  booking_window_days: number;
  min_lead_minutes: number;
  buffer_minutes: number;
  hold_minutes: number;
  change_cutoff_minutes: number;
  allow_third_person: boolean;
  third_person_invite_on_booking: boolean;
  reminder_offsets_minutes: number[];
  public_holidays_closed: boolean;
  phone: string | null;
  email: string | null;
  /** At most this many future booked appointments per citizen (and one per topic). */
  max_future_per_citizen: number;
  /** A citizen may hold one future appointment per topic. */
  one_per_topic: boolean;
  /** The joining flow: only an active municipality is shown to citizens and takes new bookings. */
  status: MunicipalityStatus;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: string | null;
  /** The platform admin's reason when the joining form was sent back. */
  review_comment: string | null;
  /** Who the platform speaks to about the municipality's joining (not shown to citizens). */
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

export const MUNICIPALITY_STATUSES = ['draft', 'submitted', 'active', 'deactivated'] as const;
export type MunicipalityStatus = (typeof MUNICIPALITY_STATUSES)[number];

export interface TopicRow {
  id: string;
  municipality_id: string;
  name_el: string;
  name_en: string;
  modes: Mode[];
  /** Minutes per mode; a mode left out takes the municipality's length. */
  durations: Partial<Record<Mode, number>>;
  required_documents: { el: string; en: string }[];
  active: boolean;
}

export interface EmployeeRow {
  id: string;
  municipality_id: string;
  tax_id: string;
  full_name: string;
  email: string;
  office_id: string | null;
  modes: Mode[];
  working_hours: WeeklyHours | null;
  is_admin: boolean;
  active: boolean;
  last_assigned_at: Date | null;
}

export interface InterpreterRow {
  id: string;
  municipality_id: string | null;
  full_name: string;
  email: string;
  kinds: string[];
  working_hours: WeeklyHours;
  time_zone: string;
  active: boolean;
  last_assigned_at: Date | null;
  /** Who the interpreter is across municipalities: their e-mail, lower-cased (kept by a trigger). */
  person_key: string;
}

export interface OfficeRow {
  id: string;
  municipality_id: string;
  name: string;
  address: string;
  floor: string | null;
  directions: string | null;
}

export interface AppointmentRow {
  id: string;
  reference: string | null;
  municipality_id: string;
  topic_id: string;
  mode: Mode;
  status: 'held' | 'booked' | 'completed' | 'no_show' | 'cancelled';
  version: number;
  employee_id: string;
  interpreter_id: string | null;
  /** The employee's tax id and the interpreter's person key, kept by a trigger: one timeline per person (013_person_timeline). */
  employee_person: string | null;
  interpreter_person: string | null;
  interpretation: 'gsl' | 'lip_reading' | null;
  starts_at: Date;
  ends_at: Date;
  busy_until: Date;
  hold_expires_at: Date | null;
  holder_key: string | null;
  user_id: string | null;
  booked_by_employee_id: string | null;
  requested_employee_id: string | null;
  person_full_name: string | null;
  person_email: string | null;
  person_phone: string | null;
  /** The mobile (E.164) the person agreed to get texts on, and when they agreed (017_sms); both or neither. */
  sms_phone: string | null;
  sms_consent_at: Date | null;
  language: 'el' | 'en';
  on_behalf_kind: 'self' | 'other' | 'business';
  booker_full_name: string | null;
  company_tax_id: string | null;
  company_name: string | null;
  business_auth: 'company_credentials' | 'declared' | null;
  third_person_name: string | null;
  third_person_email: string | null;
  notes: string | null;
  declared_true_at: Date | null;
  privacy_read_at: Date | null;
  actor_key: string | null;
  idempotency_key: string | null;
  cancelled_at: Date | null;
  room_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A join link of one participant and appointment version (only the token's hash is stored). */
export interface JoinLinkRow {
  token_hash: string;
  appointment_id: string;
  role: ParticipantRole;
  appointment_version: number;
  identity: string;
  display_name: string;
  created_at: Date;
}

/** An outbox e-mail (the scheduler narrows kind and status). */
export interface NotificationRow {
  id: string;
  appointment_id: string;
  appointment_version: number;
  kind: string;
  /** Whose e-mail it is: decides the join link and the wording. */
  recipient_role: 'citizen' | 'interpreter' | 'third_person';
  /** email, or sms (a text to recipient_phone). */
  channel: 'email' | 'sms';
  /** Set for e-mails. */
  recipient_email: string | null;
  /** The mobile (E.164) of a text. */
  recipient_phone: string | null;
  recipient_name: string;
  language: 'el' | 'en';
  send_after: Date;
  /** held_back: over the daily bound of e-mails to an address that did not book; never sent. */
  status: 'pending' | 'sent' | 'failed' | 'skipped' | 'held_back';
  attempts: number;
  last_error: string | null;
  payload: Record<string, unknown>;
  sent_at: Date | null;
  claimed_by: string | null;
  claimed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** One line of an appointment's history. */
export interface AppointmentEventRow {
  id: string; // bigint: node-postgres returns it as a string
  appointment_id: string;
  at: Date;
  action: string;
  actor_kind: 'citizen' | 'employee' | 'system';
  actor_id: string | null;
  version: number;
  details: Record<string, unknown>;
}

export interface UserRow {
  id: string;
  tax_id: string;
  first_name: string;
  last_name: string;
  kind: 'person' | 'company';
  email: string | null;
  phone: string | null;
  language: 'el' | 'en';
  platform_admin: boolean;
}

/** A short link in a text (/s/CODE): one recipient's own join or manage link of one appointment version (017_sms). */
export interface ShortLinkRow {
  code_hash: string;
  target: 'join' | 'manage';
  appointment_id: string;
  role: 'citizen' | 'interpreter' | 'third_person';
  appointment_version: number;
  expires_at: Date;
  created_at: Date;
}

/** One saved version of an appointment's outcome (019_outcomes); the highest version is the outcome. */
export interface AppointmentOutcomeRow {
  id: string;
  appointment_id: string;
  municipality_id: string;
  version: number;
  kind: 'resolved' | 'needs_documents' | 'follow_up' | 'referred';
  citizen_text: string;
  documents: string[];
  /** A calendar day, YYYY-MM-DD: read it as `follow_up_on::text` (node-postgres would make a local-midnight Date). */
  follow_up_on: string | null;
  recorded_by: string;
  recorded_at: Date;
}
