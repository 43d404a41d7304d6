import Router from '@koa/router';
import {
  appointmentWithRelations,
  bookAppointment,
  cancelAppointment,
  myAppointments,
  myDataExport,
  requireBooker,
  ownJoinLink,
  rescheduleAppointment,
  takeOverCall,
  viewAppointment,
  withRelationsOne,
} from '@muni/appointments';
import { bookingSchema, cancelSchema, idParams, joinPath, rescheduleSchema } from '@muni/domain';
import { citizenCalendar } from '@muni/scheduler/calendar';
import type { Context } from 'koa';
import type { AppDeps } from '../../deps';
import { HttpError } from '../../lib/httpError';
import { requester } from '../../lib/requester';
import { body, parse } from '../../middlewares/validate';
import { presentAppointment, presentAppointments, presentDetail } from '../../presenters/appointment';
import { sendDataExport } from '../../presenters/dataExport';

export function idempotencyKey(ctx: Context): string | undefined {
  const key = ctx.get('Idempotency-Key');
  if (!key) return undefined;
  if (key.length > 100) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Το Idempotency-Key είναι πολύ μεγάλο (έως 100 χαρακτήρες).', 'The Idempotency-Key is too long (up to 100 characters).');
  }
  return key;
}

export const appointmentId = (ctx: Context) => parse(idParams, ctx.params).id;

export function appointmentRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1' });

  router.post('/appointments', async (ctx) => {
    requireBooker(ctx.state.actor); // before reading the body: anonymous callers are told to sign in
    const { appointment, replayed } = await bookAppointment(deps, requester(ctx), body(ctx, bookingSchema), idempotencyKey(ctx));
    ctx.status = replayed ? 200 : 201;
    if (replayed) ctx.set('Idempotent-Replayed', 'true');
    ctx.body = presentAppointment(await withRelationsOne(deps.knex, appointment), deps.now());
  });

  router.get('/me/appointments', async (ctx) => {
    const mine = await myAppointments(deps, ctx.state.actor);
    const now = deps.now();
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { upcoming: presentAppointments(mine.upcoming, now), past: presentAppointments(mine.past, now) };
  });

  // A plain link: the session cookie authenticates the download.
  router.get('/me/export', async (ctx) => {
    sendDataExport(ctx, await myDataExport(deps, requester(ctx)), 'my-data');
  });

  router.get('/appointments/:id', async (ctx) => {
    const detail = await viewAppointment(deps, requester(ctx), appointmentId(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentDetail(detail, deps.now());
  });

  router.post('/appointments/:id/reschedule', async (ctx) => {
    const id = appointmentId(ctx);
    const { start, anyEmployee } = body(ctx, rescheduleSchema);
    const moved = await rescheduleAppointment(deps, requester(ctx), id, start, { anyEmployee });
    ctx.body = presentAppointment(await withRelationsOne(deps.knex, moved), deps.now());
  });

  router.post('/appointments/:id/cancel', async (ctx) => {
    const id = appointmentId(ctx);
    const { reason } = body(ctx, cancelSchema);
    const cancelled = await cancelAppointment(deps, requester(ctx), id, reason);
    ctx.body = presentAppointment(await withRelationsOne(deps.knex, cancelled), deps.now());
  });

  const presentLink = (role: 'citizen' | 'employee', token: string) => ({ role, path: joinPath(token), url: `${deps.config.publicUrl}${joinPath(token)}` });

  router.get('/appointments/:id/join-link', async (ctx) => {
    const { role, token } = await ownJoinLink(deps, ctx.state.actor, appointmentId(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = presentLink(role, token);
  });

  // The confirmed step after a join-link refusal `not_your_call`: the caller runs the call from now on.
  router.post('/appointments/:id/take-over-call', async (ctx) => {
    const { role, token, takenOver } = await takeOverCall(deps, requester(ctx), appointmentId(ctx));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ...presentLink(role, token), takenOver };
  });

  // The same event as the person served's e-mails: UID, SEQUENCE, language, their links, organizer.
  router.get('/appointments/:id/calendar.ics', async (ctx) => {
    const a = await appointmentWithRelations(deps, ctx.state.actor, appointmentId(ctx));
    const settings = { publicUrl: deps.config.publicUrl, linkSecret: deps.linkSecret, from: deps.config.MAIL_FROM };
    const ics = await citizenCalendar(deps.knex, a.id, settings, deps.now());
    if (!ics) throw new HttpError(404, 'not_found', 'Δεν βρέθηκε το ραντεβού.', 'The appointment was not found.');
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.attachment(`appointment-${a.reference}.ics`);
    ctx.body = ics.content;
  });

  return router;
}
