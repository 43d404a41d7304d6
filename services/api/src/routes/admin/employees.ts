import type Router from '@koa/router';
import type { AppDeps } from '../../deps';
import { adminEmployee, adminEmployees, createAbsence, createEmployee, deleteAbsence, employeeAbsences, ownEmployee, updateEmployee } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentAbsence, presentEmployee } from './present';
import { absenceParams, absenceSchema, employeeCreateSchema, employeeUpdateSchema, adminIdParams } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality } from './scope';
import { requester } from '../../lib/requester';

export function employeeRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/employees`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const rows = await adminEmployees(deps.knex, municipalityId);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map(({ employee, topicIds }) => presentEmployee(employee, topicIds));
  });

  router.get(`${ADMIN_BASE}/employees/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const { employee, topicIds } = await adminEmployee(deps.knex, municipalityId, id);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentEmployee(employee, topicIds);
  });

  router.post(`${ADMIN_BASE}/employees`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const input = body(ctx, employeeCreateSchema);
    const { employee, topicIds } = await createEmployee(deps, requester(ctx), municipalityId, input);
    ctx.status = 201;
    ctx.body = presentEmployee(employee, topicIds);
  });

  /** Send any subset; `topicIds`, when sent, replaces the employee's topics. The tax id never changes. */
  router.put(`${ADMIN_BASE}/employees/:id`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    const input = body(ctx, employeeUpdateSchema);
    const { employee, topicIds } = await updateEmployee(deps, requester(ctx), municipalityId, id, input);
    ctx.body = presentEmployee(employee, topicIds);
  });

  router.get(`${ADMIN_BASE}/employees/:id/absences`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    ctx.body = (await employeeAbsences(deps.knex, municipalityId, id)).map(presentAbsence);
  });

  // Absence writes name the employee in the URL: another tenant's employee is 404
  // before the body or the absence id is even read (ownEmployee), as for every admin id.

  /**
   * Booked appointments of the employee inside it: 409 appointments_affected with the list, unless the
   * body says to move or cancel them; the answer says what became of each.
   */
  router.post(`${ADMIN_BASE}/employees/:id/absences`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await ownEmployee(deps.knex, municipalityId, id);
    const input = body(ctx, absenceSchema);
    const { absence, overlappingAppointments, affectedAppointments } = await createAbsence(deps, requester(ctx), municipalityId, id, input);
    ctx.status = 201;
    ctx.body = { ...presentAbsence(absence), overlappingAppointments, affectedAppointments };
  });

  router.delete(`${ADMIN_BASE}/employees/:id/absences/:absenceId`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const { id } = parse(adminIdParams, ctx.params);
    await ownEmployee(deps.knex, municipalityId, id);
    const { absenceId } = parse(absenceParams, ctx.params);
    await deleteAbsence(deps, requester(ctx), municipalityId, id, absenceId);
    ctx.status = 204;
  });
}
