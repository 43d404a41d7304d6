import { WEEKDAYS, type Weekday } from '@muni/domain';
import { z } from 'zod';
import { instant, interpretation, localizedText, minutesByMode, mode } from './responses';

// Answers of the admin API: the presenters of routes/admin/present.ts and the
// admin queries and commands they pass through. The web's admin types are
// generated from these (web/src/components/admin/types.ts names them), so each
// must say exactly what the server sends; answers.test.ts checks real answers.

export const timeRange = z.object({ start: z.string().meta({ example: '09:00' }), end: z.string().meta({ example: '14:30' }) }).meta({ id: 'TimeRange', description: 'Local wall-clock times HH:mm, start before end.' });

// One optional key per ISO weekday (a record over an enum loses its keys in generated types).
export const weeklyHours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(timeRange).optional()])) as Record<Weekday, z.ZodOptional<z.ZodArray<typeof timeRange>>>)
  .meta({ id: 'WeeklyHours', description: 'Hours per ISO weekday, "1" = Monday … "7" = Sunday, in the municipality\'s time zone; a missing or empty day is closed.' });

export const municipalitySettings = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: localizedText,
    timeZone: z.string(),
    modes: z.array(mode),
    durations: minutesByMode.meta({ description: 'Default minutes per mode (a topic may set its own).' }),
    openingHours: weeklyHours,
    bookingWindowDays: z.number().int(),
    minLeadMinutes: z.number().int(),
    bufferMinutes: z.number().int(),
    holdMinutes: z.number().int(),
    changeCutoffMinutes: z.number().int(),
    allowThirdPerson: z.boolean(),
    thirdPersonInviteOnBooking: z.boolean(),
    reminderOffsetsMinutes: z.array(z.number().int()).meta({ description: 'Minutes before the start, largest first.' }),
    publicHolidaysClosed: z.boolean(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .meta({ id: 'MunicipalitySettings' });

export const closure = z
  .object({
    id: z.uuid(),
    date: z.string().meta({ format: 'date', example: '2026-11-30', description: 'For a yearly closure only the month and day count.' }),
    recurringYearly: z.boolean(),
    label: z.string(),
  })
  .meta({ id: 'Closure' });

const span = () => z.object({ start: instant, end: instant });

/** What became of one booked appointment inside a new closure or absence. */
export const affectedOutcome = z
  .object({
    id: z.uuid(),
    reference: z.string().nullable(),
    outcome: z.enum(['moved', 'cancelled']),
    from: span().meta({ description: 'The time it had.' }),
    to: span().nullable().meta({ description: 'The new time (moved); null when cancelled.' }),
    employeeChanged: z.boolean().meta({ description: 'Moved to another employee: its own had no free time within the booking window.' }),
  })
  .meta({ id: 'AffectedOutcome', description: 'Everyone concerned (the person served, the interpreter, an invited third person) gets an e-mail saying why.' });

const affectedOutcomes = z
  .array(affectedOutcome)
  .meta({ description: 'The booked appointments it covered, moved or cancelled as the request said (affectedAppointments); empty when it covered none.' });

export const closureCreated = closure.extend({ affectedAppointments: affectedOutcomes }).meta({ id: 'ClosureCreated' });
export const settingsSaved = municipalitySettings.extend({ affectedAppointments: affectedOutcomes }).meta({ id: 'SettingsSaved' });

export const closedDay = z
  .object({
    date: z.string().meta({ format: 'date' }),
    kind: z.enum(['public_holiday', 'closure']),
    name: localizedText,
    closed: z.boolean().meta({ description: 'A public holiday is listed even when the municipality stays open on it.' }),
    closureId: z.uuid().nullable(),
    recurringYearly: z.boolean(),
  })
  .meta({ id: 'ClosedDay', description: 'A closure has its label as both names.' });

export const closedDays = z.object({ year: z.number().int(), publicHolidaysClosed: z.boolean(), days: z.array(closedDay) }).meta({ id: 'ClosedDays', description: 'Public holidays and closures of a year, by date.' });

export const office = z
  .object({ id: z.uuid(), name: z.string(), address: z.string(), floor: z.string().nullable(), directions: z.string().nullable() })
  .meta({ id: 'Office' });

export const adminTopic = z
  .object({
    id: z.uuid(),
    name: localizedText,
    modes: z.array(mode),
    durations: minutesByMode.meta({ description: 'The topic\'s own minutes per mode; a mode left out takes the municipality\'s length.' }),
    requiredDocuments: z.array(localizedText),
    active: z.boolean(),
    employeeIds: z.array(z.uuid()).meta({ description: 'The employees who handle the topic.' }),
  })
  .meta({ id: 'AdminTopic' });

export const adminEmployee = z
  .object({
    id: z.uuid(),
    taxId: z.string(),
    fullName: z.string(),
    email: z.string(),
    officeId: z.uuid().nullable(),
    modes: z.array(mode),
    workingHours: weeklyHours.nullable().meta({ description: 'Null: the municipality\'s opening hours.' }),
    isAdmin: z.boolean(),
    active: z.boolean(),
    topicIds: z.array(z.uuid()),
  })
  .meta({ id: 'AdminEmployee' });

export const absence = z.object({ id: z.uuid(), start: instant, end: instant, reason: z.string().nullable() }).meta({ id: 'Absence' });

export const absenceCreated = absence
  .extend({
    overlappingAppointments: z.number().int().meta({ description: 'How many of the employee\'s booked appointments were inside the absence (now moved or cancelled, see affectedAppointments).' }),
    affectedAppointments: affectedOutcomes,
  })
  .meta({ id: 'AbsenceCreated' });

export const interpreter = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    email: z.string(),
    kinds: z.array(interpretation),
    workingHours: weeklyHours,
    timeZone: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'Interpreter' });

export const municipalityCreated = z.object({ municipality: municipalitySettings, admin: adminEmployee }).meta({ id: 'MunicipalityCreated' });

export const actingAsPlatformAdmin = z.object({ actingAsPlatformAdmin: z.boolean() }).meta({ id: 'ActingAsPlatformAdmin' });
