import Router from '@koa/router';
import type { AppointmentRow } from '@muni/db';
import { DateTime } from 'luxon';
import type { AppDeps } from '../../app';
import { requireStaff } from '../../auth/policies';
import { bookAppointment } from '../../commands/bookAppointment';
import { finishAppointment, reassignAppointment } from '../../commands/changeAppointment';
import { audit } from '../../lib/audit';
import { HttpError } from '../../lib/httpError';
import { queueEmail } from '../../booking/outbox';
import { presentAppointment, presentAppointments } from '../../presenters/appointment';
import { body, query } from '../../middlewares/validate';
import { accessibleAppointment, idempotencyKey } from '../appointments/appointments';
import { bookingSchema } from '../appointments/schema';
import { consoleListQuery, documentsEmailSchema, reassignSchema } from './schema';

/** The employee console: always scoped to the municipality the employee acts for. */
export function consoleRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1/console' });
  router.use(async (ctx, next) => {
    requireStaff(ctx.state.actor);
    await next();
  });

  router.get('/appointments', async (ctx) => {
    const actor = ctx.state.actor;
    const q = query(ctx, consoleListQuery);
    const zone = (await deps.knex('municipalities').where({ id: actor.municipalityId }).first('time_zone')).time_zone;
    const from = DateTime.fromISO(q.date, { zone }).startOf('day');
    const to = DateTime.fromISO(q.to ?? q.date, { zone }).plus({ days: 1 }).startOf('day');
    if (to.diff(from, 'days').days > 62) {
      throw new HttpError(422, 'invalid_input', 'Ζητήστε έως 62 ημέρες τη φορά.', 'Ask for at most 62 days at a time.', { field: 'to' });
    }
    const rows = deps.knex<AppointmentRow>('appointments')
      .where({ municipality_id: actor.municipalityId })
      .whereNot('status', 'held')
      .where('starts_at', '>=', from.toJSDate())
      .where('starts_at', '<', to.toJSDate())
      .orderBy('starts_at');
    if (q.status) rows.where({ status: q.status });
    if (q.mode) rows.where({ mode: q.mode });
    if (q.employeeId) rows.where({ employee_id: q.employeeId });
    const list = await rows;
    await audit(deps.knex, ctx, 'list_appointments', { date: q.date, to: q.to ?? null, count: list.length });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await presentAppointments(deps.knex, list, deps.now(), { staff: true });
  });

  router.post('/appointments', async (ctx) => {
    const input = body(ctx, bookingSchema);
    const { appointment, replayed } = await bookAppointment(deps, ctx.state.actor, input, idempotencyKey(ctx));
    if (!replayed) await audit(deps.knex, ctx, 'book_on_behalf', {}, { kind: 'appointment', id: appointment.id, municipalityId: appointment.municipality_id });
    ctx.status = replayed ? 200 : 201;
    ctx.body = await presentAppointment(deps.knex, appointment, deps.now(), { staff: true });
  });

  for (const [path, outcome] of [['complete', 'complete'], ['no-show', 'mark_no_show']] as const) {
    router.post(`/appointments/:id/${path}`, async (ctx) => {
      const appt = await accessibleAppointment(deps, ctx);
      const row = await finishAppointment(deps, ctx.state.actor, appt.id, outcome);
      await audit(deps.knex, ctx, outcome, {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
      ctx.body = await presentAppointment(deps.knex, row, deps.now(), { staff: true });
    });
  }

  router.post('/appointments/:id/reassign', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    const { employeeId } = body(ctx, reassignSchema);
    const row = await reassignAppointment(deps, ctx.state.actor, appt.id, employeeId);
    await audit(deps.knex, ctx, 'reassign', { to: employeeId }, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.body = await presentAppointment(deps.knex, row, deps.now(), { staff: true });
  });

  router.post('/appointments/:id/documents-email', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    if (appt.status !== 'booked') {
      throw new HttpError(409, 'not_booked', 'Το ραντεβού δεν είναι ενεργό.', 'The appointment is not active.');
    }
    const { text } = body(ctx, documentsEmailSchema);
    const notificationId = await queueEmail(deps.knex, appt, 'documents', { email: appt.person_email!, name: appt.person_full_name! }, deps.now(), { text: text ?? null });
    await audit(deps.knex, ctx, 'documents_email', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.status = 202;
    ctx.body = { notificationId };
  });

  // The decree has the employee send the third person's invitation (unless the
  // municipality sends it at booking). Sending again for the same version is a no-op.
  router.post('/appointments/:id/third-person-invite', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    if (appt.status !== 'booked' || appt.mode !== 'video' || !appt.third_person_email) {
      throw new HttpError(409, 'no_third_person', 'Το ραντεβού δεν είναι ενεργή βιντεοκλήση με τρίτο πρόσωπο.', 'The appointment is not an active video call with a third person.');
    }
    const existing = await deps.knex('notifications')
      .where({ appointment_id: appt.id, appointment_version: appt.version, kind: 'invite_third_person' })
      .whereNot('status', 'failed')
      .first('id');
    const id =
      existing?.id ??
      (await queueEmail(deps.knex, appt, 'invite_third_person', { email: appt.third_person_email, name: appt.third_person_name! }, deps.now()));
    if (!existing) await audit(deps.knex, ctx, 'third_person_invite', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.status = 202;
    ctx.body = { notificationId: id, alreadyQueued: Boolean(existing) };
  });

  return router;
}
