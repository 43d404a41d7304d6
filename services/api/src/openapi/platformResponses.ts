import { MUNICIPALITY_STATUS_VALUES } from '@muni/domain';
import { z } from 'zod';
import { interpreter, municipalitySettings } from './adminResponses';
import { instant, localizedText, minutesByMode, mode } from './responses';

// Answers of the joining flow (municipal admin) and of the platform admin's
// screens: the presenters of routes/admin/platformPresent.ts. The web's
// platform types are generated from these.

export const municipalityStatus = z
  .enum(MUNICIPALITY_STATUS_VALUES)
  .meta({ id: 'MunicipalityStatus', description: 'draft: being filled in by its admin; submitted: awaiting the platform admin; active: shown to citizens and bookable; deactivated: not bookable, booked appointments stand.' });

const missingItem = z
  .object({ code: z.enum(['topic', 'office', 'hours', 'contact']), message: localizedText })
  .meta({ id: 'JoiningMissingItem', description: 'Something the joining form still lacks.' });

export const joining = z
  .object({
    status: municipalityStatus,
    submittedAt: instant.nullable(),
    approvedAt: instant.nullable(),
    reviewComment: z.string().nullable().meta({ description: 'Why the platform admin sent the form back (cleared on submitting again).' }),
    contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
    missing: z.array(missingItem).meta({ description: 'Empty when the form is complete and can be submitted.' }),
  })
  .meta({ id: 'Joining' });

export const platformMunicipalityItem = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: localizedText,
    timeZone: z.string(),
    modes: z.array(mode),
    status: municipalityStatus,
    submittedAt: instant.nullable(),
    approvedAt: instant.nullable(),
    activeEmployees: z.number().int(),
    admins: z.array(z.object({ id: z.uuid(), fullName: z.string(), taxId: z.string() })).meta({ description: 'Active administrators.' }),
  })
  .meta({ id: 'PlatformMunicipality' });

const reviewTopic = z
  .object({
    id: z.uuid(),
    name: localizedText,
    modes: z.array(mode),
    durationMinutes: minutesByMode.meta({ description: 'Minutes per mode the topic is offered in (its own, else the municipality\'s).' }),
    active: z.boolean(),
    employeeCount: z.number().int().meta({ description: 'Active employees who handle it.' }),
  })
  .meta({ id: 'ReviewTopic' });

const municipalityAdmin = z
  .object({ id: z.uuid(), fullName: z.string(), taxId: z.string(), email: z.string(), active: z.boolean() })
  .meta({ id: 'MunicipalityAdmin' });

export const municipalityReview = z
  .object({
    settings: municipalitySettings,
    joining,
    topics: z.array(reviewTopic),
    admins: z.array(municipalityAdmin),
    upcomingAppointments: z.number().int().meta({ description: 'Booked appointments still to come: they stand if the municipality is deactivated.' }),
  })
  .meta({ id: 'MunicipalityReview' });

export const poolInterpreter = interpreter.extend({ municipalityIds: z.array(z.uuid()).meta({ description: 'The municipalities the interpreter serves.' }) }).meta({ id: 'PoolInterpreter' });


const auditEntry = z
  .object({
    id: z.number().int(),
    at: instant,
    actorKind: z.string(),
    actorId: z.string().nullable(),
    municipality: z.object({ id: z.uuid(), name: localizedText }).nullable(),
    action: z.string(),
    subjectKind: z.string().nullable(),
    subjectId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).meta({ description: 'Ids and codes, no personal data.' }),
  })
  .meta({ id: 'AuditEntry' });

export const auditPage = z
  .object({
    entries: z.array(auditEntry).meta({ description: 'Newest first.' }),
    nextBefore: z.number().int().nullable().meta({ description: 'Pass as `before` for the next (older) page; null on the last page.' }),
    actions: z.array(z.string()).meta({ description: 'Every action written so far, for the filter.' }),
  })
  .meta({ id: 'AuditPage' });
