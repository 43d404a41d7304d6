/** Small factories for scheduler tests and the benchmark (on top of seedDemoData). */
import type { Knex } from 'knex';
import type { NotificationKind, NotificationStatus, RecipientRole } from '../notificationRow';

export interface FixtureIds {
  municipalityId: string;
  topicId: string;
  employeeIds: string[];
}

/** Athens and its first topic offered by video (seedDemoData must have run). */
export async function loadFixtureIds(knex: Knex): Promise<FixtureIds> {
  const m = await knex('municipalities').where({ slug: 'athens' }).first('id');
  const topic = await knex('topics').where({ municipality_id: m.id }).whereRaw("'video' = any(modes)").orderBy('name_el').first('id');
  const employees = await knex('employees').where({ municipality_id: m.id }).orderBy('full_name').select('id');
  return { municipalityId: m.id, topicId: topic.id, employeeIds: employees.map((e: { id: string }) => e.id) };
}

export interface AppointmentFixture {
  mode?: 'in_person' | 'phone' | 'video';
  status?: 'booked' | 'cancelled' | 'held' | 'completed';
  version?: number;
  startsAt: Date;
  minutes?: number;
  employeeId?: string;
  reference?: string;
  personFullName?: string;
  personEmail?: string;
  language?: 'el' | 'en';
  holdExpiresAt?: Date;
}

export function appointmentRow(ids: FixtureIds, a: AppointmentFixture): Record<string, unknown> {
  const ends = new Date(a.startsAt.getTime() + (a.minutes ?? 20) * 60_000);
  const held = a.status === 'held';
  return {
    reference: a.reference ?? null,
    municipality_id: ids.municipalityId,
    topic_id: ids.topicId,
    mode: a.mode ?? 'video',
    status: a.status ?? 'booked',
    version: a.version ?? 1,
    employee_id: a.employeeId ?? ids.employeeIds[0],
    starts_at: a.startsAt,
    ends_at: ends,
    busy_until: ends,
    hold_expires_at: a.holdExpiresAt ?? null,
    person_full_name: held ? null : (a.personFullName ?? 'Ελένη Παπαδάκη'),
    person_email: held ? null : (a.personEmail ?? 'eleni@example.org'),
    declared_true_at: held ? null : new Date(),
    privacy_read_at: held ? null : new Date(),
    language: a.language ?? 'el',
    cancelled_at: a.status === 'cancelled' ? new Date() : null,
  };
}

export async function insertAppointment(knex: Knex, ids: FixtureIds, a: AppointmentFixture): Promise<string> {
  const [row] = await knex('appointments').insert(appointmentRow(ids, a)).returning('id');
  return row.id;
}

export interface NotificationFixture {
  appointmentId: string;
  kind: NotificationKind;
  /** Whose e-mail (default: the citizen's). */
  role?: RecipientRole;
  status?: NotificationStatus;
  version?: number;
  sendAfter?: Date;
  email?: string;
  /** A text to this mobile (E.164) instead of an e-mail. */
  phone?: string;
  name?: string;
  language?: 'el' | 'en';
  payload?: Record<string, unknown>;
}

export function notificationRow(n: NotificationFixture): Record<string, unknown> {
  return {
    appointment_id: n.appointmentId,
    appointment_version: n.version ?? 1,
    kind: n.kind,
    recipient_role: n.role ?? 'citizen',
    status: n.status ?? 'pending',
    channel: n.phone ? 'sms' : 'email',
    recipient_email: n.phone ? null : (n.email ?? 'eleni@example.org'),
    recipient_phone: n.phone ?? null,
    recipient_name: n.name ?? 'Ελένη Παπαδάκη',
    language: n.language ?? 'el',
    send_after: n.sendAfter ?? new Date(),
    payload: JSON.stringify(n.payload ?? {}),
  };
}

export async function insertNotification(knex: Knex, n: NotificationFixture): Promise<string> {
  const [row] = await knex('notifications').insert(notificationRow(n)).returning('id');
  return row.id;
}
