// The web's names for the admin API's answers (services/api/src/routes/admin).
// Each is taken from schema.gen.ts, generated from the server's OpenAPI
// document (`npm run api:types`), so a change on the server that the admin
// pages do not follow fails the type check. Type-only: no server code reaches
// the browser bundle.
import type { components } from '../../api/schema.gen';
import type { Interpretation, LocalizedText, Mode } from '../../api/types';

type Schemas = components['schemas'];

export type { Interpretation, LocalizedText, Mode };
export type WeeklyHours = Schemas['WeeklyHours'];

// Client-side: every choice in the order the forms show it (a type has no
// values to list); typed by the API's enums, so no value can be foreign.
export const ALL_MODES: Mode[] = ['in_person', 'phone', 'video'];
export const ALL_KINDS: Interpretation[] = ['gsl', 'lip_reading'];

export type Settings = Schemas['MunicipalitySettings'];
export type Closure = Schemas['Closure'];
/** POST of a closure: the closure and what became of the appointments booked on it. */
export type ClosureCreated = Schemas['ClosureCreated'];
/** A booked appointment a new closure or absence would cover (409 appointments_affected). */
export type AffectedAppointment = Schemas['AffectedAppointment'];
export type AffectedOutcome = Schemas['AffectedOutcome'];
export type ClosedDay = Schemas['ClosedDay'];
export type HolidaysYear = Schemas['ClosedDays'];
export type Office = Schemas['Office'];
export type AdminTopic = Schemas['AdminTopic'];
export type AdminEmployee = Schemas['AdminEmployee'];
export type Absence = Schemas['Absence'];
/** POST of an absence: the absence and what became of the employee's appointments booked inside it. */
export type AbsenceCreated = Schemas['AbsenceCreated'];
export type Interpreter = Schemas['Interpreter'];
