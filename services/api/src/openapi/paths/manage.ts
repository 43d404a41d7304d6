import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { cancelSchema, rescheduleSchema } from '@muni/domain';
import { manageTokenParams } from '../../routes/manage/schema';
import { get, post } from '../common';
import { appointment } from '../responses';

// The person served's manage link (their e-mails' "change the time or cancel"): the token in the path is the credential.

const tags = ['booking'];
const m = 'manage_link' as const;

/** What the link's holder sees: the appointment without contact details or the company's tax id. */
const managed = appointment.extend({
  person: z.object({ fullName: z.string(), language: z.enum(['el', 'en']) }),
  onBehalfOf: z.object({ kind: z.enum(['self', 'other', 'business']) }),
});

const managedView = managed.extend({
  ownedBySignedIn: z.boolean().meta({ description: 'The signed-in caller is the appointment\'s owner (it is also in their "My appointments").' }),
}).meta({ id: 'ManagedAppointment' });

const managedChange = managed.extend({
  managePath: z.string().nullable().meta({ description: 'The new version\'s manage link (the old one stops working); null once cancelled.', example: '/manage/…' }),
}).meta({ id: 'ManagedChange' });

export const managePaths: ZodOpenApiPathsObject = {
  '/api/v1/manage/{token}': {
    get: get({
      summary: 'The appointment behind a manage link',
      description: 'Changes nothing (mail scanners open links). 404 for a token of no appointment; 410 once the appointment changed (manage_link_replaced), was cancelled (appointment_cancelled) or is over (appointment_finished).',
      tags,
      access: m,
      path: manageTokenParams,
      ok: { 200: { description: 'The appointment and whether it can still be changed (canChange, changeDeadline).', schema: managedView } },
      errors: [404, 410, 429],
    }),
  },
  '/api/v1/manage/{token}/reschedule': {
    post: post({
      summary: 'A new time through the manage link',
      description: 'As a citizen\'s own reschedule: until the municipality\'s cut-off (422 change_cutoff_passed), keeping the employee unless anyEmployee. The link is spent: the answer and the e-mail of the change carry the new one.',
      tags,
      access: m,
      path: manageTokenParams,
      body: rescheduleSchema,
      ok: { 200: { description: 'The moved appointment and its new manage link.', schema: managedChange } },
      errors: [404, 409, 410, 429],
    }),
  },
  '/api/v1/manage/{token}/cancel': {
    post: post({
      summary: 'Cancel through the manage link',
      description: 'Until the municipality\'s cut-off (422 change_cutoff_passed).',
      tags,
      access: m,
      path: manageTokenParams,
      body: cancelSchema,
      ok: { 200: { description: 'The cancelled appointment.', schema: managedChange } },
      errors: [404, 409, 410, 429],
    }),
  },
};
