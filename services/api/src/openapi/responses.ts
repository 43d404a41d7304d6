import { APPOINTMENT_STATUSES, INTERPRETATION_KINDS, type Mode, MODES, OUTCOME_KINDS } from '@muni/domain';
import { z } from 'zod';

// Shapes of the answers (presenters and route handlers), for readers and
// client generators: the web app's types (web/src/api/schema.gen.ts) are
// generated from them, so each must say what the server really sends.
// Request schemas are the routes' own zod schemas.

export const localizedText = z.object({ el: z.string(), en: z.string() }).meta({ id: 'LocalizedText', description: 'Greek first, English second.' });
export const instant = z.string().meta({ format: 'date-time', example: '2026-11-24T06:00:00.000Z' });
export const mode = z.enum(MODES).meta({ id: 'Mode' });
export const interpretation = z.enum(INTERPRETATION_KINDS).meta({ id: 'Interpretation' });

/** A time span in UTC. */
export const slot = z.object({ start: instant, end: instant }).meta({ id: 'Slot' });

export const municipalitySummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: localizedText,
    timeZone: z.string().meta({ example: 'Europe/Athens' }),
    modes: z.array(mode),
    allowThirdPerson: z.boolean(),
    thirdPersonInviteOnBooking: z
      .boolean()
      .meta({ description: "true: the third person's invitation is e-mailed when the appointment is booked; false: the employee sends it from the console." }),
    holdMinutes: z.number().int(),
  })
  .meta({ id: 'MunicipalitySummary' });

// One optional key per mode (a record over an enum loses its keys in generated types).
export const minutesByMode = z.object(Object.fromEntries(MODES.map((m) => [m, z.number().int().optional()])) as Record<Mode, z.ZodOptional<z.ZodNumber>>);

export const topic = z
  .object({
    id: z.uuid(),
    name: localizedText,
    modes: z.array(mode),
    durationMinutes: minutesByMode.meta({ description: 'Minutes per mode the topic is offered in.' }),
    requiredDocuments: z.array(localizedText),
  })
  .meta({ id: 'Topic' });

export const employeeOption = z.object({ id: z.uuid(), displayName: z.string() }).meta({ id: 'EmployeeOption', description: 'An employee a citizen may ask for (display name only).' });

export const slotList = z
  .object({
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    slots: z.array(slot),
  })
  .meta({ id: 'FreeSlots', description: 'Free start times in UTC; show them in timeZone.' });

export const hold = z.object({ id: z.uuid(), expiresAt: instant }).meta({ id: 'Hold' });

// Names and the company's details are null once the retention purge has run
// (commands/purgePersonalData.ts), as is the phone.
const onBehalfOf = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self') }),
  z.object({ kind: z.literal('other'), bookerFullName: z.string().nullable() }),
  z.object({ kind: z.literal('business'), companyTaxId: z.string().nullable(), companyName: z.string().nullable(), auth: z.enum(['company_credentials', 'declared']) }),
]);

export const outcome = z
  .object({
    kind: z.enum(OUTCOME_KINDS).meta({ id: 'OutcomeKind' }),
    text: z.string().meta({ description: 'For the citizen, in the employee\'s words (may be empty).' }),
    documents: z.array(z.string()).meta({ description: 'Documents the citizen is to send or bring.' }),
    followUpOn: z.string().nullable().meta({ format: 'date', description: 'A follow-up by this day (the municipality\'s calendar).' }),
    version: z.number().int().meta({ description: '1 when first recorded; each correction adds one.' }),
    recordedAt: instant,
    recordedBy: z.string().meta({ description: 'The employee who recorded this version, as the e-mails name employees.' }),
    editableUntil: instant.meta({ description: 'Corrections are accepted until then.' }),
  })
  .meta({ id: 'Outcome', description: 'What came of the appointment, as recorded by staff; the citizen is e-mailed it.' });

export const appointment = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ example: 'K7M-2PQ-9XR' }),
    // A hold is an appointment row until booked, but no answer shows one.
    status: z.enum(APPOINTMENT_STATUSES).exclude(['held']),
    version: z.number().int().meta({ description: 'Bumped by every change (reschedule, cancel, reassign).' }),
    municipality: z.object({
      id: z.uuid(),
      name: localizedText,
      timeZone: z.string(),
      phone: z.string().nullable().meta({ description: 'The municipality\'s public phone, if it gave one.' }),
      email: z.string().nullable().meta({ description: 'The municipality\'s public e-mail, if it gave one: the way to reach it for those who cannot ring.' }),
    }),
    topic: z.object({ id: z.uuid(), name: localizedText, requiredDocuments: z.array(localizedText) }),
    mode,
    start: instant,
    end: instant,
    employee: z.object({ id: z.uuid(), displayName: z.string() }),
    interpretation: interpretation.nullable(),
    thirdPerson: z.object({ fullName: z.string() }).nullable(),
    person: z.object({ fullName: z.string(), email: z.string().nullable().meta({ description: 'Null for a desk or phone booking without an e-mail.' }), phone: z.string().nullable().meta({ description: 'Null once the personal data are purged.' }), textsTo: z.string().nullable().meta({ description: 'The mobile (E.164) the confirmation, reminders and changes are also texted to, or instead of e-mail for a desk booking without one; null: no texts.' }), language: z.enum(['el', 'en']) }),
    onBehalfOf,
    office: z.object({ name: z.string(), address: z.string(), floor: z.string().nullable(), directions: z.string().nullable() }).nullable(),
    canChange: z.boolean(),
    changeDeadline: instant,
    outcome: outcome.nullable().meta({ description: 'What came of it; null until staff record it.' }),
    notes: z.string().nullable().optional().meta({ description: 'Staff answers only.' }),
    requestedEmployee: z.object({ id: z.uuid(), displayName: z.string() }).nullable().optional().meta({ description: 'Staff answers only: the employee the citizen asked for, if any.' }),
  })
  .meta({ id: 'Appointment' });

/** GET /appointments/{id}: staff also get the history and the e-mails (presenters/appointment.ts presentDetail). */
export const appointmentDetail = appointment
  .extend({
    history: z
      .array(
        z.object({
          at: instant,
          action: z.string().meta({ example: 'rescheduled' }),
          actor: z.object({ kind: z.enum(['citizen', 'employee', 'system']), id: z.uuid().nullable() }),
          version: z.number().int(),
          details: z.record(z.string(), z.unknown()),
        }),
      )
      .optional()
      .meta({ description: 'Staff answers only: what happened, by whom, at which version.' }),
    emails: z
      .array(
        z.object({
          kind: z.string().meta({ example: 'confirmation' }),
          recipient: z.string(),
          role: z.enum(['citizen', 'interpreter', 'third_person']).meta({ description: 'Whose e-mail: the person served, the interpreter or the third person.' }),
          status: z
            .enum(['pending', 'sent', 'failed', 'skipped', 'held_back'])
            .meta({ description: 'held_back: the address already got the most e-mails a day allows for an address that did not book; never sent.' }),
          attempts: z.number().int(),
          lastError: z.string().nullable(),
          due: instant,
          sentAt: instant.nullable(),
        }),
      )
      .optional()
      .meta({ description: 'Staff answers only: e-mails sent, waiting or failed for good.' }),
    interpreter: z
      .object({ name: z.string(), email: z.email() })
      .nullable()
      .optional()
      .meta({ description: 'Staff answers only: who interprets, to reach them (null without interpreting).' }),
  })
  .meta({ id: 'AppointmentDetail' });

export const myAppointments = z.object({ upcoming: z.array(appointment), past: z.array(appointment) }).meta({ id: 'MyAppointments' });

export const citizenUser = z
  .object({ kind: z.literal('citizen'), id: z.uuid(), firstName: z.string(), lastName: z.string(), taxId: z.string(), isCompany: z.boolean(), email: z.string().nullable(), phone: z.string().nullable(), platformAdmin: z.boolean(), actingAsPlatformAdmin: z.boolean().meta({ description: 'This session acts as platform administrator (POST /api/v1/platform/act-as-admin).' }) })
  .meta({ id: 'CitizenUser' });

export const employeeUser = z
  .object({
    kind: z.literal('employee'),
    taxId: z.string(),
    fullName: z.string(),
    memberships: z.array(z.object({ employeeId: z.uuid(), municipalityId: z.uuid(), municipalityName: localizedText, isAdmin: z.boolean() })),
    activeMunicipalityId: z.uuid().nullable(),
  })
  .meta({ id: 'EmployeeUser' });

export const session = z
  .object({
    csrfToken: z.string().meta({ description: 'Send it as X-CSRF-Token on every write.' }),
    user: z.union([citizenUser, employeeUser]).nullable(),
  })
  .meta({ id: 'Session' });

export const joinLink = z
  .object({
    role: z.enum(['citizen', 'employee']),
    path: z.string().meta({ example: '/join/3q2N…' }),
    url: z.string().meta({ description: 'The same path on the public site.' }),
  })
  .meta({ id: 'JoinLink', description: 'The caller\'s own join link: the citizen\'s for the owner, the employee\'s for staff.' });
