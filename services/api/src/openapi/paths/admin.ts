import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  absenceParams,
  absenceSchema,
  closureSchema,
  employeeCreateSchema,
  employeeUpdateSchema,
  holidaysQuery,
  idParams,
  interpreterCreateSchema,
  interpreterUpdateSchema,
  officeSchema,
  settingsUpdateSchema,
  topicSchema,
  topicUpdateSchema,
} from '@muni/domain';
import { del, get, post, put } from '../common';
import {
  absence,
  absenceCreated,
  adminEmployee,
  adminTopic,
  closedDays,
  closure,
  closureCreated,
  interpreter,
  municipalitySettings,
  settingsSaved,
  office,
} from '../adminResponses';

// Municipal administration (always the admin's own municipality); the platform admin's are in platform.ts.

const BASE = '/api/v1/admin/municipality';
const tags = ['admin'];
const a = 'municipal_admin' as const;
const gone = { 204: { description: 'Deleted.' } };
const CLOSED_TIME =
  'Nothing stays booked in a closed time. When booked appointments fall inside it and `affectedAppointments` is left out, nothing is written and the answer is 409 `appointments_affected` listing them (`error.affectedAppointments`). Sent again with `move`, each goes to the nearest free time after the start of the closed day (or of the absence) with the same topic, mode and interpretation, within the booking window: its own employee\'s nearest free time if they have one, otherwise anyone\'s; with none free it is cancelled. With `cancel`, each is cancelled. Everyone concerned gets an e-mail saying why (their own new join link when moved).';
const one = (what: string, schema: z.ZodType) => ({ 200: { description: what, schema } });
const created = (what: string, schema: z.ZodType) => ({ 201: { description: what, schema } });
const list = (what: string, schema: z.ZodType) => ({ 200: { description: what, schema: z.array(schema) } });

/** CRUD of one resource of the admin's municipality. */
function resource(path: string, what: string, answer: z.ZodType, create: z.ZodType, update: z.ZodType, withGetOne: boolean): ZodOpenApiPathsObject {
  return {
    [`${BASE}/${path}`]: {
      get: get({ summary: `List the municipality's ${what}s`, tags, access: a, ok: list(`The ${what}s.`, answer) }),
      post: post({ summary: `Add a ${what}`, tags, access: a, body: create, ok: created(`The new ${what}.`, answer) }),
    },
    [`${BASE}/${path}/{id}`]: {
      ...(withGetOne ? { get: get({ summary: `One ${what}`, tags, access: a, path: idParams, ok: one(`The ${what}.`, answer), errors: [404] }) } : {}),
      put: put({ summary: `Change a ${what} (any subset of fields)`, tags, access: a, path: idParams, body: update, ok: one(`The ${what}.`, answer), errors: [404] }),
      delete: del({ summary: `Remove a ${what}`, tags, access: a, path: idParams, ok: gone, errors: [404, 409] }),
    },
  };
}

export const adminPaths: ZodOpenApiPathsObject = {
  [BASE]: {
    get: get({ summary: 'The municipality\'s settings', tags, access: a, ok: one('Settings.', municipalitySettings) }),
    put: put({
      summary: 'Change settings (any subset; the merged whole is checked). New opening hours that leave booked appointments outside them: 409 appointments_affected with the list, then send again with affectedAppointments: move or cancel',
      tags,
      access: a,
      body: settingsUpdateSchema,
      ok: one('Settings, and what became of the appointments the new hours left out.', settingsSaved),
    }),
  },
  [`${BASE}/closures`]: {
    get: get({ summary: 'Local holidays and one-off closures', tags, access: a, ok: list('Closures, by date.', closure) }),
    post: post({
      summary: 'Add a closure',
      description: CLOSED_TIME,
      tags,
      access: a,
      body: closureSchema,
      ok: created('The closure, and what became of the appointments booked on it.', closureCreated),
      errors: [409],
    }),
  },
  [`${BASE}/closures/{id}`]: {
    delete: del({ summary: 'Remove a closure', tags, access: a, path: idParams, ok: gone, errors: [404] }),
  },
  [`${BASE}/holidays`]: {
    get: get({ summary: 'Greek public holidays of a year (Orthodox Easter and movable feasts included) with local closures', tags, access: a, query: holidaysQuery, ok: one('The year\'s closed days.', closedDays) }),
  },
  ...resource('offices', 'office', office, officeSchema, officeSchema.partial(), false),
  ...resource('topics', 'topic', adminTopic, topicSchema, topicUpdateSchema, true),
  [`${BASE}/employees`]: {
    get: get({ summary: 'List the municipality\'s employees', tags, access: a, ok: list('Employees.', adminEmployee) }),
    post: post({ summary: 'Add an employee', tags, access: a, body: employeeCreateSchema, ok: created('The employee.', adminEmployee), errors: [409] }),
  },
  [`${BASE}/employees/{id}`]: {
    get: get({ summary: 'One employee', tags, access: a, path: idParams, ok: one('The employee.', adminEmployee), errors: [404] }),
    put: put({ summary: 'Change an employee (any subset of fields)', tags, access: a, path: idParams, body: employeeUpdateSchema, ok: one('The employee.', adminEmployee), errors: [404] }),
  },
  [`${BASE}/employees/{id}/absences`]: {
    get: get({ summary: 'An employee\'s absences', tags, access: a, path: idParams, ok: list('Absences, earliest first.', absence), errors: [404] }),
    post: post({
      summary: 'Record an absence',
      description: CLOSED_TIME,
      tags,
      access: a,
      path: idParams,
      body: absenceSchema,
      ok: created('The absence, and what became of the employee\'s appointments booked inside it.', absenceCreated),
      errors: [404, 409],
    }),
  },
  [`${BASE}/employees/{id}/absences/{absenceId}`]: {
    delete: del({ summary: 'Remove an absence', tags, access: a, path: absenceParams, ok: gone, errors: [404] }),
  },
  [`${BASE}/interpreters`]: {
    get: get({ summary: 'Interpreters of the municipality\'s pool', tags, access: a, ok: list('Interpreters.', interpreter) }),
    post: post({ summary: 'Add an interpreter', tags, access: a, body: interpreterCreateSchema, ok: created('The interpreter.', interpreter) }),
  },
  [`${BASE}/interpreters/{id}`]: {
    put: put({ summary: 'Change an interpreter (any subset of fields). Deactivating, or dropping a kind, while upcoming appointments need them: 409 interpreter_has_appointments with their references', tags, access: a, path: idParams, body: interpreterUpdateSchema, ok: one('The interpreter.', interpreter), errors: [404, 409] }),
    delete: del({ summary: 'Remove an interpreter', tags, access: a, path: idParams, ok: gone, errors: [404, 409] }),
  },
};
