import { APPOINTMENT_STATUSES, INTERPRETATION_KINDS, MODES } from '@muni/domain';
import { z } from 'zod';

// Shapes of the answers (presenters and route handlers), for readers and
// client generators. Request schemas are the routes' own zod schemas.

const bilingual = z.object({ el: z.string(), en: z.string() });
const instant = z.string().meta({ format: 'date-time', example: '2026-11-24T06:00:00.000Z' });

export const municipalitySummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: bilingual,
    timeZone: z.string().meta({ example: 'Europe/Athens' }),
    modes: z.array(z.enum(MODES)),
    allowThirdPerson: z.boolean(),
    holdMinutes: z.number().int(),
  })
  .meta({ id: 'MunicipalitySummary' });

export const topic = z
  .object({
    id: z.uuid(),
    name: bilingual,
    modes: z.array(z.enum(MODES)),
    durationMinutes: z.partialRecord(z.enum(MODES), z.number().int()),
    requiredDocuments: z.array(bilingual),
  })
  .meta({ id: 'Topic' });

export const slotList = z
  .object({
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    slots: z.array(z.object({ start: instant, end: instant })),
  })
  .meta({ id: 'FreeSlots', description: 'Free start times in UTC; show them in timeZone.' });

export const hold = z.object({ id: z.uuid(), expiresAt: instant }).meta({ id: 'Hold' });

export const appointment = z
  .object({
    id: z.uuid(),
    reference: z.string().meta({ example: 'K7M-2PQ-9XR' }),
    status: z.enum(APPOINTMENT_STATUSES),
    version: z.number().int().meta({ description: 'Bumped by every change (reschedule, cancel, reassign).' }),
    municipality: z.object({ id: z.uuid(), name: bilingual, timeZone: z.string() }),
    topic: z.object({ id: z.uuid(), name: bilingual, requiredDocuments: z.array(bilingual) }),
    mode: z.enum(MODES),
    start: instant,
    end: instant,
    employee: z.object({ id: z.uuid(), displayName: z.string() }),
    interpretation: z.enum(INTERPRETATION_KINDS).nullable(),
    thirdPerson: z.object({ fullName: z.string() }).nullable(),
    person: z.object({ fullName: z.string(), email: z.string(), phone: z.string().nullable(), language: z.enum(['el', 'en']) }),
    onBehalfOf: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('self') }),
      z.object({ kind: z.literal('other'), bookerFullName: z.string() }),
      z.object({ kind: z.literal('business'), companyTaxId: z.string(), companyName: z.string(), auth: z.enum(['company_credentials', 'declared']) }),
    ]),
    office: z.object({ name: z.string(), address: z.string(), floor: z.string().nullable(), directions: z.string().nullable() }).nullable(),
    canChange: z.boolean(),
    changeDeadline: instant,
    notes: z.string().nullable().optional().meta({ description: 'Staff answers only.' }),
  })
  .meta({ id: 'Appointment' });

export const myAppointments = z.object({ upcoming: z.array(appointment), past: z.array(appointment) });

export const session = z
  .object({
    csrfToken: z.string().meta({ description: 'Send it as X-CSRF-Token on every write.' }),
    user: z
      .union([
        z.object({ kind: z.literal('citizen'), id: z.uuid(), firstName: z.string(), lastName: z.string(), taxId: z.string(), isCompany: z.boolean(), email: z.string().nullable(), phone: z.string().nullable(), platformAdmin: z.boolean() }),
        z.object({
          kind: z.literal('employee'),
          taxId: z.string(),
          fullName: z.string(),
          memberships: z.array(z.object({ employeeId: z.uuid(), municipalityId: z.uuid(), municipalityName: bilingual, isAdmin: z.boolean() })),
          activeMunicipalityId: z.uuid().nullable(),
        }),
      ])
      .nullable(),
  })
  .meta({ id: 'Session' });
