import { z } from 'zod';
import { instant, localizedText, mode, outcome } from './responses';

// The personal-data download (queries/dataExport.ts in the application): what
// the service holds about a citizen, in a file they can keep.

const exportedAppointment = z.object({
  id: z.uuid(),
  reference: z.string().nullable(),
  status: z.enum(['booked', 'completed', 'no_show', 'cancelled']),
  mode,
  start: instant,
  end: instant,
  bookedAt: instant,
  cancelledAt: instant.nullable(),
  municipality: localizedText,
  topic: localizedText,
  employee: z.string().meta({ description: 'As the e-mails name the employee.' }),
  interpretation: z.enum(['gsl', 'lip_reading']).nullable(),
  person: z.object({ fullName: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), language: z.string() }),
  onBehalfOf: z.object({
    kind: z.enum(['self', 'other', 'business']),
    bookerFullName: z.string().nullable().optional(),
    companyName: z.string().nullable().optional(),
    companyTaxId: z.string().nullable().optional(),
  }),
  thirdPersonInvited: z.boolean().meta({ description: 'The third person\'s own details are theirs, not in this file.' }),
  notes: z.string().nullable(),
  declaredTrueAt: instant.nullable(),
  privacyReadAt: instant.nullable(),
  history: z.array(z.object({ at: instant, action: z.string(), by: z.string() })),
  outcomes: z.array(outcome.pick({ kind: true, text: true, documents: true, followUpOn: true, version: true, recordedAt: true, recordedBy: true })).meta({ description: 'Every version, oldest first.' }),
  emails: z.array(z.object({ kind: z.string(), to: z.string(), status: z.string(), due: instant, sentAt: instant.nullable() })).meta({ description: 'E-mails to the person served: kind, address, status and times (not the bodies).' }),
});

export const dataExport = z
  .object({
    format: z.literal('muni-appointments/personal-data@1'),
    exportedAt: instant,
    scope: z.union([z.object({ kind: z.literal('all') }), z.object({ kind: z.literal('municipality'), municipality: localizedText })]),
    person: z.object({
      taxId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      kind: z.enum(['person', 'company']),
      email: z.string().nullable().optional().meta({ description: 'The citizen\'s own download only.' }),
      phone: z.string().nullable().optional().meta({ description: 'The citizen\'s own download only.' }),
      language: z.string().optional(),
    }),
    appointments: z.array(exportedAppointment),
    sessions: z
      .array(z.object({ kind: z.string(), createdAt: instant, lastSeenAt: instant, expiresAt: instant }))
      .optional()
      .meta({ description: 'The citizen\'s own download only: when they were signed in (never a session\'s id).' }),
    activity: z
      .array(z.object({ at: instant, action: z.string(), by: z.enum(['citizen', 'employee', 'platform_admin', 'system']), ip: z.string().nullable().optional() }))
      .meta({ description: 'The audit log\'s lines about them or their appointments; the address only of their own actions, in their own download.' }),
  })
  .meta({
    id: 'PersonalDataExport',
    description: 'Everything the service holds about the citizen; no other person\'s data (a third person\'s or interpreter\'s details, employees\' ids), no secrets (session ids, link tokens).',
  });
