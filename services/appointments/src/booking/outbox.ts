import { Appointment, type AppointmentRow, type MunicipalityRow, type TopicRow } from '@muni/db';
import type { Knex } from 'knex';

type Event = 'created' | 'rescheduled' | 'cancelled';

interface NotificationRow {
  appointment_id: string;
  appointment_version: number;
  kind: string;
  recipient_email: string;
  recipient_name: string;
  language: string;
  send_after: Date;
}

/**
 * The e-mails a change of an appointment owes, written in the caller's
 * transaction (outbox). The scheduler delivers them; a row whose
 * appointment_version is no longer current is skipped, so a reminder of a
 * moved appointment is never sent.
 */
export async function enqueueNotifications(
  trx: Knex.Transaction,
  event: Event,
  appt: AppointmentRow,
  municipality: MunicipalityRow,
  topic: TopicRow,
  now: Date,
): Promise<void> {
  const { interpreter } = await Appointment.fetchGraph(appt, 'interpreter(contact)', { transaction: trx }).modifiers({
    contact: (q) => q.select('email', 'full_name'),
  });
  const person = { recipient_email: appt.person_email!, recipient_name: appt.person_full_name!, language: appt.language };
  const base = { appointment_id: appt.id, appointment_version: appt.version, send_after: now };
  const rows: NotificationRow[] = [];
  const kind = event === 'created' ? 'confirmation' : event;
  rows.push({ ...base, ...person, kind });
  if (event !== 'cancelled') {
    if (event === 'created' && topic.required_documents.length > 0) rows.push({ ...base, ...person, kind: 'documents' });
    for (const minutes of municipality.reminder_offsets_minutes) {
      const at = new Date(appt.starts_at.getTime() - minutes * 60_000);
      if (at > now) rows.push({ ...base, ...person, kind: 'reminder', send_after: at });
    }
  }
  if (appt.mode === 'video' && appt.third_person_email && municipality.third_person_invite_on_booking) {
    rows.push({ ...base, kind: event === 'created' ? 'invite_third_person' : event, recipient_email: appt.third_person_email, recipient_name: appt.third_person_name!, language: appt.language });
  }
  if (interpreter) {
    rows.push({ ...base, kind: event === 'created' ? 'invite_interpreter' : event, recipient_email: interpreter.email, recipient_name: interpreter.full_name, language: 'el' });
  }
  await trx('notifications').insert(rows);
}

/**
 * One e-mail an employee asks for (required documents, the third person's
 * invitation), for the appointment's current version. Returns the row's id.
 */
export async function queueEmail(
  knex: Knex,
  appt: AppointmentRow,
  kind: 'documents' | 'invite_third_person',
  recipient: { email: string; name: string },
  now: Date,
  payload: Record<string, unknown> = {},
): Promise<string> {
  const [row] = await knex('notifications')
    .insert({
      appointment_id: appt.id,
      appointment_version: appt.version,
      kind,
      recipient_email: recipient.email,
      recipient_name: recipient.name,
      language: appt.language,
      send_after: now,
      payload,
    })
    .returning('id');
  return row.id;
}
