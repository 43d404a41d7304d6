// Shapes of the admin API (services/api/src/routes/admin/present.ts), kept
// here so the browser bundle does not import server code.
import type { LocalizedText, Mode } from '../../api/types';

export type { LocalizedText, Mode };
export type Interpretation = 'gsl' | 'lip_reading';
export type WeeklyHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { start: string; end: string }[]>>;

export const ALL_MODES: Mode[] = ['in_person', 'phone', 'video'];
export const ALL_KINDS: Interpretation[] = ['gsl', 'lip_reading'];

export interface Settings {
  id: string;
  slug: string;
  name: LocalizedText;
  timeZone: string;
  modes: Mode[];
  durations: Partial<Record<Mode, number>>;
  openingHours: WeeklyHours;
  bookingWindowDays: number;
  minLeadMinutes: number;
  bufferMinutes: number;
  holdMinutes: number;
  changeCutoffMinutes: number;
  allowThirdPerson: boolean;
  thirdPersonInviteOnBooking: boolean;
  reminderOffsetsMinutes: number[];
  publicHolidaysClosed: boolean;
  phone: string | null;
  email: string | null;
}

export interface Closure {
  id: string;
  date: string;
  recurringYearly: boolean;
  label: string;
}

export interface ClosedDay {
  date: string;
  kind: 'public_holiday' | 'closure';
  name: LocalizedText;
  closed: boolean;
  closureId: string | null;
  recurringYearly: boolean;
}

export interface HolidaysYear {
  year: number;
  publicHolidaysClosed: boolean;
  days: ClosedDay[];
}

export interface Office {
  id: string;
  name: string;
  address: string;
  floor: string | null;
  directions: string | null;
}

export interface AdminTopic {
  id: string;
  name: LocalizedText;
  modes: Mode[];
  durationMinutes: number | null;
  requiredDocuments: LocalizedText[];
  active: boolean;
  employeeIds: string[];
}

export interface AdminEmployee {
  id: string;
  taxId: string;
  fullName: string;
  email: string;
  officeId: string | null;
  modes: Mode[];
  workingHours: WeeklyHours | null;
  isAdmin: boolean;
  active: boolean;
  topicIds: string[];
}

export interface Absence {
  id: string;
  start: string;
  end: string;
  reason: string | null;
}

export interface Interpreter {
  id: string;
  fullName: string;
  email: string;
  kinds: Interpretation[];
  workingHours: WeeklyHours;
  timeZone: string;
  active: boolean;
}
