/**
 * The person served's calendar event, exactly as their e-mails carry it: the
 * same UID and SEQUENCE, text in the appointment's language, their join link,
 * their manage link and the organizer (the sending address). The API's
 * "add to calendar" download is built here, so it cannot drift from the e-mail.
 */
import { renderCalendar, type RenderedMail } from '@muni/mail-templates';
import type { Knex } from 'knex';
import { loadAppointmentContext } from './appointmentContext';
import { type LinkSettings, mailProps } from './mailProps';
import type { NotificationRow } from './notificationRow';

export type { LinkSettings } from './mailProps';

export async function citizenCalendar(knex: Knex, appointmentId: string, s: LinkSettings, now: Date): Promise<NonNullable<RenderedMail['ics']> | undefined> {
  const [context, person] = await Promise.all([
    loadAppointmentContext(knex, appointmentId),
    knex('appointments').where({ id: appointmentId }).first('person_full_name', 'person_email', 'language', 'version'),
  ]);
  if (!context || !person || context.status === 'held') return undefined;
  // A cancelled appointment's file drops the event (METHOD:CANCEL), as the cancellation e-mail's does.
  const kind = context.status === 'cancelled' ? 'cancelled' : 'confirmation';
  // The e-mail the citizen got for this version, as the outbox would have written it.
  const asMailed: NotificationRow = {
    id: '',
    appointment_id: appointmentId,
    appointment_version: person.version,
    kind,
    recipient_role: 'citizen',
    channel: 'email',
    recipient_email: person.person_email ?? '',
    recipient_phone: null,
    recipient_name: person.person_full_name ?? '',
    language: person.language,
    send_after: now,
    status: 'pending',
    attempts: 0,
    last_error: null,
    payload: {},
    sent_at: null,
    claimed_by: null,
    claimed_at: null,
  };
  return renderCalendar(kind, mailProps(asMailed, context, s, now));
}
