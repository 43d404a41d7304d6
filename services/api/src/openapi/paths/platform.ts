import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  actAsAdminSchema,
  addAdminSchema,
  auditQuery,
  createMunicipalitySchema,
  joiningContactSchema,
  municipalityStatusQuery,
  platformAdminParams,
  platformIdParams,
  platformMunicipalityParams,
  poolInterpreterCreateSchema,
  poolInterpreterUpdateSchema,
  sendBackSchema,
} from '@muni/domain';
import { del, get, post, put } from '../common';
import { actingAsPlatformAdmin, adminEmployee, interpreter, municipalityCreated } from '../adminResponses';
import { auditPage, joining, municipalityReview, platformMunicipalityItem, poolInterpreter } from '../platformResponses';

// The joining flow (the municipal admin's side) and the platform admin.

const P = '/api/v1/platform';
const tags = ['platform'];
const access = 'platform_admin' as const;
const one = (what: string, schema: z.ZodType) => ({ 200: { description: what, schema } });
const REVIEW = 'The municipality\'s review as it now stands.';
const LIFE =
  'The lifecycle: draft (its admin fills in the joining form) → submitted (POST …/joining/submit) → active (approve; citizens see it and book) ↔ deactivated. ' +
  'Send-back returns a submitted form to draft with a comment. Deactivation stops new bookings; booked appointments stand and can still be changed or cancelled. ' +
  'A step from the wrong status is 409 wrong_municipality_status.';

export const platformPaths: ZodOpenApiPathsObject = {
  '/api/v1/admin/municipality/joining': {
    get: get({ summary: 'The joining form: status, contact and what it still lacks', tags: ['admin'], access: 'municipal_admin', ok: one('The joining form.', joining) }),
    put: put({ summary: 'Change the joining form\'s contact (any subset; null clears)', tags: ['admin'], access: 'municipal_admin', body: joiningContactSchema, ok: one('The joining form.', joining) }),
  },
  '/api/v1/admin/municipality/shared-interpreters': {
    get: get({ summary: 'Interpreters of the shared pool who serve the municipality (read-only; the platform admin links them)', tags: ['admin'], access: 'municipal_admin', ok: one('Interpreters.', z.array(interpreter)) }),
  },
  '/api/v1/admin/municipality/joining/submit': {
    post: post({
      summary: 'Submit the joining form for the platform admin\'s approval',
      description: 'Refused with 422 joining_incomplete and `error.missing` while something lacks (a bookable topic, opening hours, the contact); 409 when already submitted or joined.',
      tags: ['admin'],
      access: 'municipal_admin',
      ok: one('The submitted form.', joining),
      errors: [409],
    }),
  },
  [`${P}/act-as-admin`]: {
    post: post({ summary: 'The platform admin switches acting as platform admin on or off', tags, access, body: actAsAdminSchema, ok: one('The new state.', actingAsPlatformAdmin) }),
  },
  [`${P}/municipalities`]: {
    get: get({ summary: 'Municipalities on the platform, optionally in one status', description: LIFE, tags, access, query: municipalityStatusQuery, ok: one('Municipalities by name.', z.array(platformMunicipalityItem)) }),
    post: post({ summary: 'Onboard a municipality (a draft) with its first administrator', tags, access, body: createMunicipalitySchema, ok: { 201: { description: 'The municipality\'s settings and its admin.', schema: municipalityCreated } }, errors: [409] }),
  },
  [`${P}/municipalities/{id}`]: {
    get: get({ summary: 'A municipality\'s joining form, topics and admins, for review', description: LIFE, tags, access, path: platformMunicipalityParams, ok: one('The review.', municipalityReview), errors: [404] }),
  },
  [`${P}/municipalities/{id}/approve`]: {
    post: post({ summary: 'Approve a submitted joining form: the municipality becomes active', description: 'The form is checked again: 422 joining_incomplete with `error.missing` if something was removed since.', tags, access, path: platformMunicipalityParams, ok: one(REVIEW, municipalityReview), errors: [404, 409] }),
  },
  [`${P}/municipalities/{id}/send-back`]: {
    post: post({ summary: 'Send a submitted joining form back to draft with a comment', tags, access, path: platformMunicipalityParams, body: sendBackSchema, ok: one(REVIEW, municipalityReview), errors: [404, 409] }),
  },
  [`${P}/municipalities/{id}/deactivate`]: {
    post: post({ summary: 'Deactivate an active municipality (no new bookings; booked ones stand)', tags, access, path: platformMunicipalityParams, ok: one(REVIEW, municipalityReview), errors: [404, 409] }),
  },
  [`${P}/municipalities/{id}/activate`]: {
    post: post({ summary: 'Activate a deactivated municipality again', tags, access, path: platformMunicipalityParams, ok: one(REVIEW, municipalityReview), errors: [404, 409] }),
  },
  [`${P}/municipalities/{id}/admins`]: {
    post: post({
      summary: 'Make a person (by tax number) an administrator of the municipality',
      description: 'Their employee record there gets the admin role (and is active), or one is created.',
      tags,
      access,
      path: platformMunicipalityParams,
      body: addAdminSchema,
      ok: { 201: { description: 'The administrator\'s employee record.', schema: adminEmployee } },
      errors: [404],
    }),
  },
  [`${P}/municipalities/{id}/admins/{employeeId}`]: {
    delete: del({ summary: 'Take the admin role away (the employee record stays)', description: '409 last_admin for the only active administrator.', tags, access, path: platformAdminParams, ok: { 204: { description: 'Done.' } }, errors: [404, 409] }),
  },
  [`${P}/interpreters`]: {
    get: get({ summary: 'The shared interpreter pool', tags, access, ok: one('Pool interpreters with the municipalities each serves.', z.array(poolInterpreter)) }),
    post: post({ summary: 'Add an interpreter to the shared pool', tags, access, body: poolInterpreterCreateSchema, ok: { 201: { description: 'The interpreter.', schema: poolInterpreter } } }),
  },
  [`${P}/interpreters/{id}`]: {
    put: put({ summary: 'Change a pool interpreter (any subset; municipalityIds replaces the list). Deactivating, or dropping a kind, while upcoming appointments need them: 409 interpreter_has_appointments', tags, access, path: platformIdParams, body: poolInterpreterUpdateSchema, ok: one('The interpreter.', poolInterpreter), errors: [404, 409] }),
  },
  [`${P}/audit`]: {
    get: get({
      summary: 'The audit log, newest first, a page at a time',
      description: 'Filters: municipality, action, from/to (Greek calendar days, inclusive). Keyset paging: pass the answer\'s nextBefore as `before`.',
      tags,
      access,
      query: auditQuery,
      ok: one('A page of the log.', auditPage),
    }),
  },
};
