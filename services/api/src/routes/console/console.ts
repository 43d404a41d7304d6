import Router from '@koa/router';
import {
  bookAppointment,
  citizenDataExport,
  consoleAppointments,
  consoleFilterOptions,
  finishAppointment,
  reassignAppointment,
  recordOutcome,
  requireStaff,
  sendDocumentsEmail,
  sendThirdPersonInvite,
  withRelationsOne,
} from '@muni/appointments';
import { citizenExportSchema, recordOutcomeSchema, staffBookingSchema } from '@muni/domain';
import type { AppDeps } from '../../deps';
import { requester } from '../../lib/requester';
import { body, query } from '../../middlewares/validate';
import { presentAppointment, presentAppointments, presentOutcome } from '../../presenters/appointment';
import { sendDataExport } from '../../presenters/dataExport';
import { appointmentsCsv } from '../../presenters/appointmentsCsv';
import { appointmentId, idempotencyKey } from '../appointments/appointments';
import { consoleExportQuery, consoleListQuery, documentsEmailSchema, reassignSchema } from './schema';

/** The employee console: always scoped to the municipality the employee acts for. */
export function consoleRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/console' });
  router.use(async (ctx, next) => {
    requireStaff(ctx.state.actor);
    await next();
  });
  const presentOne = async (row: Parameters<typeof withRelationsOne>[1]) => presentAppointment(await withRelationsOne(deps.knex, row), deps.now(), { staff: true });

  router.get('/appointments', async (ctx) => {
    const list = await consoleAppointments(deps, requester(ctx), query(ctx, consoleListQuery));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentAppointments(list, deps.now(), { staff: true });
  });

  // The list as a spreadsheet (same filters); audited as an export.
  router.get('/appointments.csv', async (ctx) => {
    const { lang, ...filters } = query(ctx, consoleExportQuery);
    const list = await consoleAppointments(deps, requester(ctx), filters, 'export');
    // Only dates in the file name: the search term is personal data.
    const name = !filters.date ? 'search' : filters.to && filters.to !== filters.date ? `${filters.date}_${filters.to}` : filters.date;
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="appointments-${name}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = appointmentsCsv(list, lang);
  });

  // Topics and employees to narrow the list by (inactive ones too).
  router.get('/filters', async (ctx) => {
    const { topics, employees } = await consoleFilterOptions(deps, requester(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      topics: topics.map((t) => ({ id: t.id, name: { el: t.name_el, en: t.name_en }, active: t.active })),
      employees: employees.map((e) => ({ id: e.id, displayName: e.full_name, active: e.active })),
    };
  });

  // At the desk or on the phone: e-mail optional, the caller's ΑΦΜ links it to their "My appointments".
  router.post('/appointments', async (ctx) => {
    const { appointment, replayed } = await bookAppointment(deps, requester(ctx), body(ctx, staffBookingSchema), idempotencyKey(ctx));
    ctx.status = replayed ? 200 : 201;
    ctx.body = await presentOne(appointment);
  });

  for (const [path, outcome] of [['complete', 'complete'], ['no-show', 'mark_no_show']] as const) {
    router.post(`/appointments/:id/${path}`, async (ctx) => {
      ctx.body = await presentOne(await finishAppointment(deps, requester(ctx), appointmentId(ctx), outcome));
    });
  }

  router.post('/appointments/:id/reassign', async (ctx) => {
    const id = appointmentId(ctx);
    const { employeeId } = body(ctx, reassignSchema);
    ctx.body = await presentOne(await reassignAppointment(deps, requester(ctx), id, employeeId));
  });

  router.post('/appointments/:id/documents-email', async (ctx) => {
    const id = appointmentId(ctx);
    const { text } = body(ctx, documentsEmailSchema);
    ctx.status = 202;
    ctx.body = await sendDocumentsEmail(deps, requester(ctx), id, text);
  });

  // Saving the same outcome again changes nothing (changed: false) and tells nobody again.
  router.put('/appointments/:id/outcome', async (ctx) => {
    const id = appointmentId(ctx);
    const r = await recordOutcome(deps, requester(ctx), id, body(ctx, recordOutcomeSchema));
    ctx.body = { outcome: presentOutcome(r.outcome), changed: r.changed, citizenNotified: r.citizenNotified };
  });

  // A POST, not a link: the reason is required and audited, and stays out of URLs and their logs.
  router.post('/appointments/:id/citizen-export', async (ctx) => {
    const id = appointmentId(ctx);
    const { reason } = body(ctx, citizenExportSchema);
    sendDataExport(ctx, await citizenDataExport(deps, requester(ctx), id, reason), 'citizen-data');
  });

  router.post('/appointments/:id/third-person-invite', async (ctx) => {
    ctx.status = 202;
    ctx.body = await sendThirdPersonInvite(deps, requester(ctx), appointmentId(ctx));
  });

  return router;
}
