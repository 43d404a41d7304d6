import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { instant, localizedText, mode, slot } from './responses';

/** A booked appointment inside a closure or absence being added (409 appointments_affected). */
const affectedAppointment = z
  .object({
    id: z.uuid(),
    reference: z.string().nullable(),
    start: instant,
    end: instant,
    mode,
    topic: localizedText,
    employeeName: z.string(),
    personFullName: z.string().nullable(),
  })
  .meta({ id: 'AffectedAppointment' });

// Small builders so each path file reads like a table of the routes.

/** Who may call a route; mapped to the document's security requirements and a line in the description. */
export type Access = 'anyone' | 'signed_in' | 'booker' | 'citizen' | 'staff' | 'municipal_admin' | 'platform_admin' | 'join_link' | 'manage_link' | 'webhook';

const ACCESS_TEXT: Record<Access, string> = {
  anyone: 'Anyone, signed in or not.',
  signed_in: 'Anyone signed in (citizen or employee).',
  booker: 'A signed-in citizen, or an employee booking on behalf of a citizen.',
  citizen: 'A signed-in citizen.',
  staff: 'An employee acting for their municipality (session with an active municipality).',
  municipal_admin: "An administrator of the municipality the employee acts for; always that municipality, never one from the URL.",
  platform_admin: 'The platform administrator.',
  join_link: 'Whoever holds the join link: the token in the path is the credential (no session, no CSRF token).',
  manage_link: "Whoever holds the person served's manage link from their e-mails: the token in the path is the credential (no session, no CSRF token).",
  webhook: 'LiveKit: the Authorization header carries a JWT signed over the body (no session, no CSRF token).',
};

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'slot_taken' }),
      message: localizedText,
      field: z.string().optional().meta({ description: 'The input field at fault, as a dotted path (e.g. person.email).' }),
      alternatives: z
        .array(slot)
        .optional()
        .meta({ description: 'On 409 slot_taken and requested_employee_taken: the nearest free times before and after the lost one, in time order (for a requested employee, or the appointment\'s own at a reschedule: only theirs).' }),
      anyEmployeeFree: z
        .boolean()
        .optional()
        .meta({ description: 'On 409 requested_employee_taken: another employee is free at the lost time, so the caller may keep that time without the employee (book without requestedEmployeeId, or reschedule with anyEmployee: true).' }),
      affectedAppointments: z
        .array(affectedAppointment)
        .optional()
        .meta({ description: 'On 409 appointments_affected: the booked appointments a new closure or absence would cover, by time. Send the request again with affectedAppointments: move or cancel.' }),
      missing: z
        .array(z.object({ code: z.string(), message: localizedText }))
        .optional()
        .meta({ description: 'On 422 joining_incomplete: what the joining form still lacks.' }),
      linkRole: z
        .enum(['citizen', 'employee', 'interpreter', 'third_person'])
        .optional()
        .meta({ description: "On 410 from a join link (replaced, cancelled, ended): whose link it was, so the page says what that person can do (a guest has no \"My appointments\")." }),
    }),
  })
  .meta({ id: 'Error', description: 'Every 4xx/5xx answer.' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad request (e.g. body that is not JSON).',
  401: 'Sign-in required.',
  403: 'Not allowed for this caller (or missing/wrong CSRF token).',
  404: 'Not found (or belongs to another municipality).',
  409: 'Conflict: the time was taken meanwhile (slot_taken) or the requested employee is not free then (requested_employee_taken), both with alternatives; a closure or absence covers booked appointments (appointments_affected, with the list); or the state does not allow it.',
  410: 'The link has expired or was revoked (the appointment changed, was cancelled or is over).',
  422: 'Invalid input: code invalid_input (or a rule code) and the field at fault.',
  429: 'Too many requests; Retry-After says when to try again.',
  503: 'A dependency (e.g. the video service) is unavailable.',
};

export const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

export function errors(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(statuses.map((s) => [String(s), { description: ERROR_TEXT[s] ?? 'Error.', ...json(errorSchema) }]));
}

/** Any JSON object: only LiveKit's webhook body, which is LiveKit's format and read raw. Every answer is described field by field. */
export const anyObject = z.record(z.string(), z.unknown());

export interface OperationSpec {
  summary: string;
  tags: string[];
  access: Access;
  description?: string;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  headers?: z.ZodObject;
  /** Success answers by status; errors are added from `errors`. */
  ok: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  errors?: number[];
}

const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];

export function op(spec: OperationSpec, method: 'get' | 'post' | 'put' | 'delete'): ZodOpenApiOperationObject {
  const write = method !== 'get';
  const signedIn = !['anyone', 'join_link', 'manage_link', 'webhook'].includes(spec.access);
  const responses: ZodOpenApiResponsesObject = Object.fromEntries(
    Object.entries(spec.ok).map(([status, r]) => [
      status,
      r.schema ? { description: r.description, content: { [r.contentType ?? 'application/json']: { schema: r.schema } } } : { description: r.description },
    ]),
  );
  const standard = [422, ...(signedIn ? [401, 403] : []), ...(write && spec.access === 'anyone' ? [403] : [])];
  Object.assign(responses, errors(...new Set([...standard, ...(spec.errors ?? [])])));
  const requestParams: ZodOpenApiOperationObject['requestParams'] = {};
  if (spec.path) requestParams.path = spec.path;
  if (spec.query) requestParams.query = spec.query;
  if (spec.headers) requestParams.header = spec.headers;
  return {
    summary: spec.summary,
    description: [spec.description, `Who may call it: ${ACCESS_TEXT[spec.access]}`].filter(Boolean).join('\n\n'),
    tags: spec.tags,
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(spec.body ? { requestBody: { required: true, ...json(spec.body) } } : {}),
    responses,
    // Writes need the session cookie and its CSRF token; link- and signature-authenticated routes neither.
    security: spec.access === 'join_link' || spec.access === 'manage_link' || spec.access === 'webhook' ? [] : signedIn ? (write ? SESSION_AND_CSRF : SESSION) : write ? [{ csrf: [] }] : [{}, ...SESSION],
  };
}

export const get = (spec: OperationSpec) => op(spec, 'get');
export const post = (spec: OperationSpec) => op(spec, 'post');
export const put = (spec: OperationSpec) => op(spec, 'put');
export const del = (spec: OperationSpec) => op(spec, 'delete');
