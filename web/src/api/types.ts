// The web app's names for the shapes of the HTTP API. Each is taken from
// schema.gen.ts, generated from the server's OpenAPI document (`npm run
// api:types`), so a change on the server that the web does not follow fails
// the type check. Type-only: nothing of the server reaches the browser bundle.
import type { components, paths } from './schema.gen';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/**
 * The interface language. A client-side notion (the i18n setting, the URL
 * prefix), not a shape the API sends, so it is written here; the API's
 * `language` fields use the same two codes.
 */
export type Lang = 'el' | 'en';

export type LocalizedText = Schemas['LocalizedText'];
export type Mode = Schemas['Mode'];
export type Interpretation = Schemas['Interpretation'];

export type Session = Schemas['Session'];
export type CitizenUser = Schemas['CitizenUser'];
export type EmployeeUser = Schemas['EmployeeUser'];
export type SessionUser = NonNullable<Session['user']>;

export type Municipality = Schemas['MunicipalitySummary'];
export type Topic = Schemas['Topic'];
export type EmployeeOption = Schemas['EmployeeOption'];
export type Slot = Schemas['Slot'];
export type SlotsResponse = Schemas['FreeSlots'];
export type Hold = Schemas['Hold'];

/** What POST /api/v1/appointments (and the console's booking on behalf) accepts. */
export type BookingRequest = JsonBody<paths['/api/v1/appointments']['post']['requestBody']>;
/** The person's details as the booking forms send them (language always given). */
export type PersonDetails = Required<Omit<BookingRequest['person'], 'smsConsent'>> & Pick<BookingRequest['person'], 'smsConsent'>;
/** On whose behalf a booking is made, as the booking forms send it. */
export type OnBehalfOf = NonNullable<BookingRequest['onBehalfOf']>;
/** The holds request: the chosen time before the form is filled in. */
export type HoldRequest = JsonBody<paths['/api/v1/holds']['post']['requestBody']>;
/** Moving an appointment: the new time, and whether another employee may take it. */
export type RescheduleRequest = JsonBody<paths['/api/v1/appointments/{id}/reschedule']['post']['requestBody']>;

export type Appointment = Schemas['Appointment'];
export type AppointmentStatus = Appointment['status'];
export type AppointmentDetail = Schemas['AppointmentDetail'];
export type MyAppointments = Schemas['MyAppointments'];
