// Shapes of the HTTP API as described in /work/briefs/api-contract.md.
// Kept here (not imported from @muni/domain) so the browser bundle stays free
// of server-side libraries.

export type Lang = 'el' | 'en';
export type LocalizedText = { el: string; en: string };
export type Mode = 'in_person' | 'phone' | 'video';
export type Interpretation = 'gsl' | 'lip_reading';

export interface CitizenUser {
  kind: 'citizen';
  id: string;
  firstName: string;
  lastName: string;
  taxId: string;
  isCompany: boolean;
  email: string | null;
  phone: string | null;
}

export interface EmployeeUser {
  kind: 'employee';
  taxId: string;
  fullName: string;
  memberships: { employeeId: string; municipalityId: string; municipalityName: LocalizedText; isAdmin: boolean }[];
  activeMunicipalityId: string | null;
}

export type SessionUser = CitizenUser | EmployeeUser;

export interface Session {
  csrfToken: string;
  user: SessionUser | null;
}

export interface Municipality {
  id: string;
  slug: string;
  name: LocalizedText;
  timeZone: string;
  modes: Mode[];
  allowThirdPerson: boolean;
  holdMinutes: number;
}

export interface Topic {
  id: string;
  name: LocalizedText;
  modes: Mode[];
  durationMinutes: Partial<Record<Mode, number>>;
  requiredDocuments: LocalizedText[];
}

export interface EmployeeOption {
  id: string;
  displayName: string;
}

export interface Slot {
  start: string;
  end: string;
}

export interface SlotsResponse {
  timeZone: string;
  slots: Slot[];
}

export interface Hold {
  id: string;
  expiresAt: string;
}

export type OnBehalfOf =
  | { kind: 'self' }
  | { kind: 'other'; bookerFullName: string }
  | { kind: 'business'; companyTaxId: string; companyName: string; auth: 'company_credentials' | 'declared' };

export interface PersonDetails {
  fullName: string;
  email: string;
  phone: string;
  language: Lang;
}

export interface BookingRequest {
  holdId?: string;
  municipalityId: string;
  topicId: string;
  mode: Mode;
  start: string;
  person: PersonDetails;
  onBehalfOf: OnBehalfOf;
  interpretation: Interpretation | null;
  thirdPerson: { fullName: string; email: string } | null;
  requestedEmployeeId: string | null;
  notes?: string;
  declarations: { dataTrue: true; privacyRead: true };
}

export type AppointmentStatus = 'booked' | 'completed' | 'no_show' | 'cancelled';

export interface Appointment {
  id: string;
  reference: string;
  status: AppointmentStatus;
  version: number;
  municipality: { id: string; name: LocalizedText; timeZone: string };
  topic: { id: string; name: LocalizedText; requiredDocuments: LocalizedText[] };
  mode: Mode;
  start: string;
  end: string;
  employee: { id: string; displayName: string } | null;
  interpretation: Interpretation | null;
  thirdPerson: { fullName: string } | null;
  person: PersonDetails;
  onBehalfOf: OnBehalfOf;
  office: { name: string; address: string; floor?: string | null; directions?: string | null } | null;
  canChange: boolean;
  changeDeadline: string | null;
}

export interface MyAppointments {
  upcoming: Appointment[];
  past: Appointment[];
}
