import type Router from '@koa/router';
import type { EmployeeRow } from '@muni/db';
import type { Context } from 'koa';
import type { AppDeps } from '../../deps';
import { createEmployee, employeeTopicIds, updateEmployee } from '@muni/appointments';
import { audit } from '@muni/appointments';
import { body, parse } from '../../middlewares/validate';
import { presentAbsence, presentEmployee } from './present';
import { absenceParams, absenceSchema, employeeCreateSchema, employeeUpdateSchema, adminIdParams } from '@muni/domain';
import { ADMIN_BASE, adminMunicipality, adminNotFound } from './scope';
import { requester } from '../../lib/requester';

const notFound = () => adminNotFound('ο υπάλληλος', 'The employee');

/** The employee named in the URL, if they belong to the admin's municipality. */
async function ownEmployee(deps: AppDeps, ctx: Context) {
  const municipalityId = adminMunicipality(ctx);
  const { id } = parse(adminIdParams, { id: ctx.params.id });
  const employee = await deps.knex<EmployeeRow>('employees').where({ id, municipality_id: municipalityId }).first();
  if (!employee) throw notFound();
  return { municipalityId, employee };
}

export function employeeRoutes(router: Router, deps: AppDeps) {
  router.get(`${ADMIN_BASE}/employees`, async (ctx) => {
    const municipalityId = adminMunicipality(ctx);
    const rows = await deps.knex<EmployeeRow>('employees').where({ municipality_id: municipalityId }).orderBy('full_name');
    const links = await deps.knex('employee_topics').whereIn('employee_id', rows.map((e) => e.id)).select('employee_id', 'topic_id');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = rows.map((e) => presentEmployee(e, links.filter((l) => l.employee_id === e.id).map((l) => l.topic_id)));
  });

  router.get(`${ADMIN_BASE}/employees/:id`, async (ctx) => {
    const { employee } = await ownEmployee(deps, ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentEmployee(employee, await employeeTopicIds(deps.knex, employee.id));
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
    const { employee } = await ownEmployee(deps, ctx);
    const rows = await deps.knex('employee_absences').where({ employee_id: employee.id }).orderBy('starts_at');
    ctx.body = rows.map(presentAbsence);
  });

  /** The answer counts the employee's booked appointments inside the absence, so the admin can reassign them. */
  router.post(`${ADMIN_BASE}/employees/:id/absences`, async (ctx) => {
    const { municipalityId, employee } = await ownEmployee(deps, ctx);
    const input = body(ctx, absenceSchema);
    const result = await deps.knex.transaction(async (trx) => {
      const [row] = await trx('employee_absences')
        .insert({ employee_id: employee.id, starts_at: input.start, ends_at: input.end, reason: input.reason })
        .returning('*');
      const overlapping = await trx('appointments')
        .where({ employee_id: employee.id, status: 'booked' })
        .where('starts_at', '<', input.end)
        .where('ends_at', '>', input.start)
        .count<{ n: string }[]>('* as n')
        .first();
      await audit(trx, requester(ctx), 'admin_create_absence', { employeeId: employee.id }, { kind: 'employee_absence', id: row.id, municipalityId });
      return { ...presentAbsence(row), overlappingAppointments: Number(overlapping?.n ?? 0) };
    });
    ctx.status = 201;
    ctx.body = result;
  });

  router.delete(`${ADMIN_BASE}/employees/:id/absences/:absenceId`, async (ctx) => {
    const { municipalityId, employee } = await ownEmployee(deps, ctx);
    const { absenceId } = parse(absenceParams, ctx.params);
    await deps.knex.transaction(async (trx) => {
      const n = await trx('employee_absences').where({ id: absenceId, employee_id: employee.id }).delete();
      if (!n) throw adminNotFound('η απουσία', 'The absence');
      await audit(trx, requester(ctx), 'admin_delete_absence', { employeeId: employee.id }, { kind: 'employee_absence', id: absenceId, municipalityId });
    });
    ctx.status = 204;
  });
}
