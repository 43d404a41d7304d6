import Router from '@koa/router';
import { joinPath, joinToken } from '@muni/domain';
import type { AppointmentRow } from '@muni/db';
import { buildIcs } from '@muni/mail-templates';
import type { Context } from 'koa';
import type { AppDeps } from '../../app';
import { assertAppointmentAccess, requireBooker, requireCitizen } from '../../auth/policies';
import { bookAppointment } from '../../commands/bookAppointment';
import { cancelAppointment, rescheduleAppointment } from '../../commands/changeAppointment';
import { audit } from '../../lib/audit';
import { HttpError } from '../../lib/httpError';
import { appointmentEmails, appointmentHistory, presentAppointment, presentAppointments } from '../../presenters/appointment';
import { closeRoomFor } from '../../video/closeRoom';
import { body, parse } from '../../middlewares/validate';
import { bookingSchema, cancelSchema, idParams, rescheduleSchema } from './schema';

export function idempotencyKey(ctx: Context): string | undefined {
  const key = ctx.get('Idempotency-Key');
  if (!key) return undefined;
  if (key.length > 100) {
    throw new HttpError(400, 'invalid_idempotency_key', 'Το Idempotency-Key είναι πολύ μεγάλο (έως 100 χαρακτήρες).', 'The Idempotency-Key is too long (up to 100 characters).');
  }
  return key;
}

/** Loads an appointment the caller may see (owner, or staff of its municipality); 404 otherwise. */
export async function accessibleAppointment(deps: AppDeps, ctx: Context): Promise<AppointmentRow> {
  const { id } = parse(idParams, ctx.params);
  return assertAppointmentAccess(ctx.state.actor, await deps.knex<AppointmentRow>('appointments').where({ id }).first());
}

export function appointmentRoutes(deps: AppDeps) {
  const router = new Router({ prefix: '/api/v1' });

  router.post('/appointments', async (ctx) => {
    requireBooker(ctx.state.actor);
    const input = body(ctx, bookingSchema);
    const { appointment, replayed } = await bookAppointment(deps, ctx.state.actor, input, idempotencyKey(ctx));
    if (ctx.state.actor.kind === 'employee' && !replayed) {
      await audit(deps.knex, ctx, 'book_on_behalf', {}, { kind: 'appointment', id: appointment.id, municipalityId: appointment.municipality_id });
    }
    ctx.status = replayed ? 200 : 201;
    if (replayed) ctx.set('Idempotent-Replayed', 'true');
    ctx.body = await presentAppointment(deps.knex, appointment, deps.now());
  });

  router.get('/me/appointments', async (ctx) => {
    requireCitizen(ctx.state.actor);
    const rows = await deps.knex<AppointmentRow>('appointments').where({ user_id: ctx.state.actor.userId }).whereNot('status', 'held').orderBy('starts_at');
    const now = deps.now();
    const all = await presentAppointments(deps.knex, rows, now);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      upcoming: all.filter((a) => a.status === 'booked' && new Date(a.end) > now),
      past: all.filter((a) => !(a.status === 'booked' && new Date(a.end) > now)).reverse(),
    };
  });

  router.get('/appointments/:id', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    const staff = ctx.state.actor.kind === 'employee';
    if (staff) await audit(deps.knex, ctx, 'view_appointment', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.set('Cache-Control', 'no-store');
    const view = await presentAppointment(deps.knex, appt, deps.now(), { staff });
    // Staff also see the history: what happened, by whom (kind and id), at which version.
    ctx.body = staff ? { ...view, history: await appointmentHistory(deps.knex, appt.id), emails: await appointmentEmails(deps.knex, appt.id) } : view;
  });

  router.post('/appointments/:id/reschedule', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    const { start } = body(ctx, rescheduleSchema);
    const moved = await rescheduleAppointment(deps, ctx.state.actor, appt.id, start);
    await closeRoomFor(deps, moved); // the old time's call ends; failures are only logged
    if (ctx.state.actor.kind === 'employee') await audit(deps.knex, ctx, 'reschedule', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.body = await presentAppointment(deps.knex, moved, deps.now());
  });

  router.post('/appointments/:id/cancel', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    const { reason } = body(ctx, cancelSchema);
    const cancelled = await cancelAppointment(deps, ctx.state.actor, appt.id, reason);
    await closeRoomFor(deps, cancelled); // failures are only logged
    if (ctx.state.actor.kind === 'employee') await audit(deps.knex, ctx, 'cancel', {}, { kind: 'appointment', id: appt.id, municipalityId: appt.municipality_id });
    ctx.body = await presentAppointment(deps.knex, cancelled, deps.now());
  });

  // The caller's own join link for a video appointment: the citizen's for its
  // owner, the employee's for staff of the municipality (the console's "join").
  router.get('/appointments/:id/join-link', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    if (appt.mode !== 'video' || appt.status !== 'booked') {
      throw new HttpError(409, 'not_a_video_call', 'Αυτό το ραντεβού δεν είναι ενεργή βιντεοκλήση.', 'This appointment is not an active video call.');
    }
    const role = ctx.state.actor.kind === 'employee' ? 'employee' : 'citizen';
    const token = joinToken(deps.linkSecret, appt.id, role, appt.version);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { role, path: joinPath(token), url: `${deps.config.publicUrl}${joinPath(token)}` };
  });

  router.get('/appointments/:id/calendar.ics', async (ctx) => {
    const appt = await accessibleAppointment(deps, ctx);
    const view = await presentAppointment(deps.knex, appt, deps.now());
    const host = new URL(deps.config.publicUrl).hostname;
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.attachment(`appointment-${appt.reference}.ics`);
    ctx.body = buildIcs({
      uid: `${appt.id}@${host}`, // the same UID the e-mails carry
      sequence: appt.version,
      method: appt.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      start: appt.starts_at,
      end: appt.ends_at,
      title: `${view.municipality.name.el}: ${view.topic.name.el}`,
      description: `${view.topic.name.en} (${appt.reference})`,
      location: view.office?.address,
      url: `${deps.config.publicUrl}/appointments/${appt.id}`,
      organizer: { name: view.municipality.name.el, email: `no-reply@${host}` },
    });
  });

  return router;
}
