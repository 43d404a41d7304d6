import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { bookingSchema, cancelSchema, citizenExportSchema, idParams, recordOutcomeSchema, rescheduleSchema, staffBookingSchema } from '@muni/domain';
import { consoleListQuery, documentsEmailSchema, reassignSchema } from '../../routes/console/schema';
import { employeesQuery, municipalityParams, slotsQuery, topicsQuery } from '../../routes/municipalities/schema';
import { del, get, post, put } from '../common';
import { holdParams, holdSchema } from '../../routes/holds/schema';
import { pickMunicipality } from '../../routes/session/schema';
import { appointment, appointmentDetail, employeeOption, employeeUser, hold, joinLink, municipalitySummary, myAppointments, outcome, session, slotList, topic } from '../responses';
import { dataExport } from '../exportResponses';
import { videoStatus } from '../videoResponses';

// Catalogue, holds, bookings, the citizen's own list and the employee console.


const idempotencyHeader = z.object({
  'Idempotency-Key': z.string().max(100).optional().meta({ description: 'A retried request with the same key returns the first booking (200, Idempotent-Replayed: true) and never books twice.' }),
});

const T = { session: ['session'], catalogue: ['catalogue'], booking: ['booking'], console: ['console'] };

export const bookingPaths: ZodOpenApiPathsObject = {
  '/api/v1/session': {
    get: get({ summary: 'The caller\'s session: who they are and the CSRF token for writes', tags: T.session, access: 'anyone', ok: { 200: { description: 'The session (created if there was none).', schema: session } } }),
  },
  '/api/v1/session/municipality': {
    post: post({ summary: 'An employee picks the municipality they act for', tags: T.session, access: 'staff', body: pickMunicipality, ok: { 200: { description: 'The session\'s user with the new active municipality.', schema: z.object({ user: employeeUser }) } } }),
  },
  '/api/v1/session/logout-everywhere': {
    post: post({ summary: 'End every session of the signed-in person', tags: T.session, access: 'signed_in', ok: { 200: { description: 'How many sessions ended.', schema: z.object({ sessionsEnded: z.number().int() }) } } }),
  },

  '/api/v1/municipalities': {
    get: get({ summary: 'Municipalities that take appointments', tags: T.catalogue, access: 'anyone', ok: { 200: { description: 'All municipalities.', schema: z.array(municipalitySummary) } } }),
  },
  '/api/v1/municipalities/{id}/topics': {
    get: get({ summary: 'Service topics of a municipality, optionally for one mode', tags: T.catalogue, access: 'anyone', path: municipalityParams, query: topicsQuery, ok: { 200: { description: 'Active topics (empty for an unknown municipality).', schema: z.array(topic) } } }),
  },
  '/api/v1/municipalities/{id}/employees': {
    get: get({ summary: 'Employees a citizen may ask for, for a topic and mode', tags: T.catalogue, access: 'anyone', path: municipalityParams, query: employeesQuery, ok: { 200: { description: 'Display names only.', schema: z.array(employeeOption) } } }),
  },
  '/api/v1/municipalities/{id}/slots': {
    get: get({
      summary: 'Free appointment times for a topic and mode over at most 31 days',
      description: 'Computed in the municipality\'s time zone (DST-safe), honouring opening hours, holidays and closures, lead time, booking window, buffers, employee hours, absences, existing appointments and live holds; with interpretation, an interpreter must be free too.',
      tags: T.catalogue,
      access: 'anyone',
      path: municipalityParams,
      query: slotsQuery,
      ok: { 200: { description: 'Free slots, sorted.', schema: slotList } },
      errors: [404],
    }),
  },

  '/api/v1/holds': {
    post: post({ summary: 'Hold a free time while the booking form is filled in', description: 'One hold per person: a new hold releases the previous one. The hold ends on booking, expiry or release. With requestedEmployeeId the hold is for that employee or refused (409 requested_employee_taken with their nearest free times), never for someone else.', tags: T.booking, access: 'booker', body: holdSchema, ok: { 201: { description: 'Held until expiresAt.', schema: hold } }, errors: [404, 409, 429] }),
  },
  '/api/v1/holds/{id}': {
    delete: del({ summary: 'Release one\'s hold', tags: T.booking, access: 'booker', path: holdParams, ok: { 204: { description: 'Released (or there was nothing to release).' } } }),
  },
  '/api/v1/appointments': {
    post: post({
      summary: 'Book an appointment',
      description: 'Turns the caller\'s hold into the booking or reserves a free, fairly chosen employee (and interpreter) itself. A requestedEmployeeId is honoured or refused, never swapped: when that employee is not free at the time, 409 requested_employee_taken lists their nearest free times (alternatives) and anyEmployeeFree says the time can still be had with someone else (book again without requestedEmployeeId). PostgreSQL\'s exclusion constraints decide races: the loser gets 409 slot_taken with the nearest free times before and after (alternatives).',
      tags: T.booking,
      access: 'booker',
      headers: idempotencyHeader,
      body: bookingSchema,
      ok: { 201: { description: 'Booked.', schema: appointment }, 200: { description: 'Replay of an earlier request with the same Idempotency-Key.', schema: appointment } },
      errors: [400, 404, 409, 429],
    }),
  },
  '/api/v1/me/appointments': {
    get: get({ summary: 'The citizen\'s own appointments, upcoming and past', tags: T.booking, access: 'citizen', ok: { 200: { description: 'Upcoming (soonest first) and past (latest first).', schema: myAppointments } } }),
  },
  '/api/v1/me/export': {
    get: get({
      summary: 'Download all the data the service holds about the signed-in citizen (JSON file)',
      description: 'Their account, every appointment with its history, outcomes and the e-mails sent to them, their sessions (times only) and the audit log\'s lines about them. No other person\'s data, no secrets. Audited.',
      tags: T.booking,
      access: 'citizen',
      ok: { 200: { description: 'A JSON file (Content-Disposition: attachment; filename="my-data-YYYY-MM-DD.json").', schema: dataExport } },
    }),
  },
  '/api/v1/appointments/{id}': {
    get: get({ summary: 'One appointment (its owner, or staff of its municipality)', tags: T.booking, access: 'booker', path: idParams, ok: { 200: { description: 'The appointment; staff also get its history and e-mails.', schema: appointmentDetail } }, errors: [404] }),
  },
  '/api/v1/appointments/{id}/reschedule': {
    post: post({ summary: 'Move an appointment to another free time', description: 'Keeps the employee: a time they are not free at is refused with 409 requested_employee_taken, their nearest free times (alternatives) and anyEmployeeFree. With anyEmployee: true another free employee may take it (the same one when free). For the employee\'s free times, ask the slots endpoint with employeeId. Allowed until the change cut-off; bumps the version.', tags: T.booking, access: 'booker', path: idParams, body: rescheduleSchema, ok: { 200: { description: 'The moved appointment.', schema: appointment } }, errors: [404, 409, 429] }),
  },
  '/api/v1/appointments/{id}/cancel': {
    post: post({ summary: 'Cancel an appointment (frees the time)', tags: T.booking, access: 'booker', path: idParams, body: cancelSchema, ok: { 200: { description: 'The cancelled appointment.', schema: appointment } }, errors: [404, 409, 429] }),
  },
  '/api/v1/appointments/{id}/join-link': {
    get: get({ summary: "The caller's own join link of a video appointment (the citizen's for the owner; the employee's only for the employee who runs the call, else 403 not_your_call with the holder's name and the take-over path)", tags: T.booking, access: 'booker', path: idParams, ok: { 200: { description: 'Role and link.', schema: joinLink } }, errors: [403, 404, 409] }),
  },
  '/api/v1/appointments/{id}/take-over-call': {
    post: post({ summary: "A colleague takes the video call over (after confirming): the previous employee's link stops working (410 link_taken_over) and they leave the room; audited", tags: T.console, access: 'staff', path: idParams, ok: { 200: { description: "The caller's new employee link; takenOver false when they already ran the call.", schema: joinLink.extend({ takenOver: z.boolean() }).meta({ id: 'TakenOverLink' }) } }, errors: [403, 404, 409] }),
  },
  '/api/v1/appointments/{id}/calendar.ics': {
    get: get({ summary: 'The appointment as an iCalendar file', tags: T.booking, access: 'booker', path: idParams, ok: { 200: { description: 'text/calendar (METHOD:CANCEL once cancelled).', schema: z.string(), contentType: 'text/calendar' } }, errors: [404] }),
  },

  '/api/v1/console/appointments': {
    get: get({ summary: 'The municipality\'s appointments for a day or a range (up to 62 days)', tags: T.console, access: 'staff', query: consoleListQuery, ok: { 200: { description: 'Appointments with staff-only fields.', schema: z.array(appointment) } } }),
    post: post({ summary: 'Book on behalf of a citizen (desk or phone: e-mail optional, the caller\'s ΑΦΜ links it to their "My appointments")', tags: T.console, access: 'staff', headers: idempotencyHeader, body: staffBookingSchema, ok: { 201: { description: 'Booked.', schema: appointment }, 200: { description: 'Idempotent replay.', schema: appointment } }, errors: [404, 409, 429] }),
  },
  '/api/v1/console/appointments/{id}/complete': {
    post: post({ summary: 'Mark an appointment completed', tags: T.console, access: 'staff', path: idParams, ok: { 200: { description: 'The appointment.', schema: appointment } }, errors: [404, 409] }),
  },
  '/api/v1/console/appointments/{id}/no-show': {
    post: post({ summary: 'Mark that the citizen did not show up', tags: T.console, access: 'staff', path: idParams, ok: { 200: { description: 'The appointment.', schema: appointment } }, errors: [404, 409] }),
  },
  '/api/v1/console/appointments/{id}/reassign': {
    post: post({ summary: 'Reassign to a colleague who is free and qualified', tags: T.console, access: 'staff', path: idParams, body: reassignSchema, ok: { 200: { description: 'The appointment.', schema: appointment } }, errors: [404, 409] }),
  },
  '/api/v1/console/appointments/{id}/third-person-invite': {
    post: post({ summary: "Send the third person's invitation with their own join link", tags: T.console, access: 'staff', path: idParams, ok: { 202: { description: 'Queued in the outbox (once per appointment version).', schema: z.object({ notificationId: z.uuid(), alreadyQueued: z.boolean() }) } }, errors: [404, 409, 429] }),
  },
  '/api/v1/console/appointments/{id}/outcome': {
    put: put({
      summary: 'Record or correct the outcome of an appointment; the citizen is e-mailed it',
      description:
        'Once the appointment has started, unless it was cancelled or missed (409 outcome_not_applicable). Any staff member of its municipality. Every save is a new version, audited; corrections are accepted for 7 days after the first recording (422 outcome_locked). A correction e-mails the citizen again and drops an earlier outcome e-mail not yet sent. The same outcome again changes nothing (changed: false).',
      tags: T.console,
      access: 'staff',
      path: idParams,
      body: recordOutcomeSchema,
      ok: {
        200: {
          description: 'The outcome now; citizenNotified false when the booking has no e-mail address (tell them on the phone).',
          schema: z.object({ outcome, changed: z.boolean(), citizenNotified: z.boolean() }).meta({ id: 'RecordedOutcome' }),
        },
      },
      errors: [404, 409],
    }),
  },
  '/api/v1/console/appointments/{id}/citizen-export': {
    post: post({
      summary: 'Download, on the citizen\'s request, the data the municipality holds about the citizen of this appointment (JSON file)',
      description: 'Only the caller\'s municipality\'s appointments of that citizen and what happened to them (no account contacts or sessions). The reason is required and goes to the audit log. 409 no_citizen_account when the appointment is not linked to a citizen\'s tax number.',
      tags: T.console,
      access: 'staff',
      path: idParams,
      body: citizenExportSchema,
      ok: { 200: { description: 'A JSON file (Content-Disposition: attachment; filename="citizen-data-YYYY-MM-DD.json").', schema: dataExport } },
      errors: [404, 409],
    }),
  },
  '/api/v1/console/appointments/{id}/documents-email': {
    post: post({ summary: 'E-mail the citizen the documents to bring', tags: T.console, access: 'staff', path: idParams, body: documentsEmailSchema, ok: { 202: { description: 'Queued in the outbox.', schema: z.object({ notificationId: z.uuid() }) } }, errors: [404, 409, 429] }),
  },
};

/** Outside /api/v1: sign-in redirects and health probes. */
export const sitePaths: ZodOpenApiPathsObject = {
  ...Object.fromEntries(
    (['gsis', 'gsis-gov'] as const).flatMap((p) => {
      const who = p === 'gsis' ? 'citizens and companies (Taxisnet)' : 'municipal employees (public-sector GSIS)';
      return [
        [`/auth/${p}/login`, { get: get({ summary: `Start signing in: ${who}`, tags: T.session, access: 'anyone', query: z.object({ returnTo: z.string().optional().meta({ description: 'A same-site path to return to.' }) }), ok: { 302: { description: 'Redirect to the GSIS authorization page.' } } }) }],
        [`/auth/${p}/callback`, { get: get({ summary: `GSIS returns here: ${who}`, tags: T.session, access: 'anyone', query: z.object({ code: z.string().optional(), state: z.string().optional(), error: z.string().optional() }), ok: { 302: { description: 'Signed in; redirect to returnTo.' } }, errors: [400, 502] }) }],
      ];
    }),
  ),
  '/auth/logout': {
    post: post({ summary: 'Sign out', tags: T.session, access: 'anyone', ok: { 200: { description: 'Where to send the browser to end the GSIS session too.', schema: z.object({ logoutUrl: z.string() }) } } }),
  },
  '/healthz': { get: get({ summary: 'The process answers', tags: ['health'], access: 'anyone', ok: { 200: { description: 'ok', schema: z.object({ status: z.string() }) } } }) },
  '/metrics': {
    get: get({
      summary: 'Prometheus metrics',
      description:
        'Requests by method, route pattern (never the raw path) and status with their latency; bookings, holds, cancellations, joins and identity checks by status; whether video is up; process metrics. In production only with `Authorization: Bearer <METRICS_TOKEN>` (401 without it or with another; 404 while METRICS_TOKEN is unset); open elsewhere.',
      tags: ['health'],
      access: 'anyone',
      ok: { 200: { description: 'Prometheus text exposition format.', schema: z.string(), contentType: 'text/plain' } },
      errors: [401, 404],
    }),
  },
  '/readyz': {
    get: get({
      summary: 'The database answers and its schema is current; whether video works',
      description: 'Video down leaves the service ready (200) with status "degraded" and video.reason; the database down or behind gives 503.',
      tags: ['health'],
      access: 'anyone',
      ok: { 200: { description: 'ready, or degraded while video is down', schema: z.object({ status: z.enum(['ready', 'degraded']), video: videoStatus }) } },
      errors: [503],
    }),
  },
};
