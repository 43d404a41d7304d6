import type { AppointmentRow, UserRow } from '@muni/db';
import type { Knex } from 'knex';
import type { Requester } from '../actor';
import { audit } from '../audit';
import type { AppDeps } from '../deps';
import { conflict } from '../errors';
import { assertAppointmentAccess, requireCitizen, requireStaff } from '../policies';
import { withRelations } from './appointmentGraph';
import { outcomeHistory } from './outcomes';

type ReadDeps = Pick<AppDeps, 'knex' | 'now'>;

/**
 * Everything the service holds about a citizen, as a file they can keep
 * (GDPR art. 15 and 20). What it leaves out, on purpose: other people's data
 * (a third person's or interpreter's contact details, employees' ids: an
 * employee is named as the e-mails name them), secrets (session ids, CSRF
 * tokens, link tokens) and the bodies of e-mails (they are rendered from the
 * data listed here; each e-mail's kind, address, status and times are listed).
 */
export interface DataExport {
  format: 'muni-appointments/personal-data@1';
  exportedAt: string;
  /** all: the citizen's own download; municipality: staff's, on request, limited to their municipality. */
  scope: { kind: 'all' } | { kind: 'municipality'; municipality: { el: string; en: string } };
  person: { taxId: string; firstName: string; lastName: string; kind: UserRow['kind']; email?: string | null; phone?: string | null; language?: string };
  appointments: ExportedAppointment[];
  /** The citizen's own download only: signed-in sessions (when, until when), never their ids. */
  sessions?: { kind: string; createdAt: string; lastSeenAt: string; expiresAt: string }[];
  /** What the audit log records about them or their appointments: when, what, by whom (citizen: they themselves; else a kind only). */
  activity: { at: string; action: string; by: 'citizen' | 'employee' | 'platform_admin' | 'system'; ip?: string | null }[];
}

interface ExportedAppointment {
  id: string;
  reference: string | null;
  status: AppointmentRow['status'];
  mode: AppointmentRow['mode'];
  start: string;
  end: string;
  bookedAt: string;
  cancelledAt: string | null;
  municipality: { el: string; en: string };
  topic: { el: string; en: string };
  employee: string;
  interpretation: AppointmentRow['interpretation'];
  person: { fullName: string | null; email: string | null; phone: string | null; language: string };
  onBehalfOf: { kind: AppointmentRow['on_behalf_kind']; bookerFullName?: string | null; companyName?: string | null; companyTaxId?: string | null };
  thirdPersonInvited: boolean;
  notes: string | null;
  declaredTrueAt: string | null;
  privacyReadAt: string | null;
  history: { at: string; action: string; by: string }[];
  outcomes: { version: number; kind: string; text: string; documents: string[]; followUpOn: string | null; recordedAt: string; recordedBy: string }[];
  emails: { kind: string; to: string; status: string; due: string; sentAt: string | null }[];
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A signed-in citizen downloads their own data; audited. */
export async function myDataExport(deps: ReadDeps, by: Requester): Promise<DataExport> {
  requireCitizen(by.actor);
  const userId = by.actor.userId;
  const user = await deps.knex<UserRow>('users').where({ id: userId }).first();
  const appointments = await deps.knex<AppointmentRow>('appointments').where({ user_id: userId }).whereNot('status', 'held').orderBy('starts_at');
  const ids = appointments.map((a) => a.id);
  const [sessions, activity] = await Promise.all([
    deps.knex('sessions').where({ user_id: userId }).orderBy('created_at').select('kind', 'created_at', 'last_seen_at', 'expires_at'),
    auditAbout(deps.knex, userId, ids, null),
  ]);
  const result: DataExport = {
    format: 'muni-appointments/personal-data@1',
    exportedAt: deps.now().toISOString(),
    scope: { kind: 'all' },
    person: { taxId: user!.tax_id, firstName: user!.first_name, lastName: user!.last_name, kind: user!.kind, email: user!.email, phone: user!.phone, language: user!.language },
    appointments: await exportAppointments(deps.knex, appointments),
    sessions: sessions.map((s) => ({ kind: s.kind, createdAt: s.created_at.toISOString(), lastSeenAt: s.last_seen_at.toISOString(), expiresAt: s.expires_at.toISOString() })),
    activity: activity.map((a) => ({ ...a, ip: a.by === 'citizen' ? a.ip : undefined })),
  };
  await audit(deps.knex, by, 'personal_data_export', { appointments: ids.length }, { kind: 'user', id: userId });
  return result;
}

/**
 * Staff download the data of the citizen whose appointment they look at, on
 * the citizen's request: only what their municipality holds (its appointments
 * of that citizen and what happened to them), audited with the reason given.
 */
export async function citizenDataExport(deps: ReadDeps, by: Requester, appointmentId: string, reason: string): Promise<DataExport> {
  requireStaff(by.actor);
  const municipalityId = by.actor.municipalityId;
  const appt = assertAppointmentAccess(by.actor, await deps.knex<AppointmentRow>('appointments').where({ id: appointmentId }).first());
  if (!appt.user_id) {
    throw conflict(
      'no_citizen_account',
      'Το ραντεβού δεν συνδέεται με ΑΦΜ πολίτη: τα στοιχεία που κρατά ο δήμος γι\' αυτό είναι όσα βλέπετε σε αυτή τη σελίδα.',
      'The appointment is not linked to a citizen\'s tax number: what the municipality holds about it is what this page shows.',
    );
  }
  const [user, municipality] = await Promise.all([
    deps.knex<UserRow>('users').where({ id: appt.user_id }).first(),
    deps.knex('municipalities').where({ id: municipalityId }).first('name_el', 'name_en'),
  ]);
  const appointments = await deps.knex<AppointmentRow>('appointments')
    .where({ user_id: appt.user_id, municipality_id: municipalityId })
    .whereNot('status', 'held')
    .orderBy('starts_at');
  const ids = appointments.map((a) => a.id);
  const activity = await auditAbout(deps.knex, appt.user_id, ids, municipalityId);
  const result: DataExport = {
    format: 'muni-appointments/personal-data@1',
    exportedAt: deps.now().toISOString(),
    scope: { kind: 'municipality', municipality: { el: municipality.name_el, en: municipality.name_en } },
    // The account's own contacts and sessions are the platform's, not the municipality's.
    person: { taxId: user!.tax_id, firstName: user!.first_name, lastName: user!.last_name, kind: user!.kind },
    appointments: await exportAppointments(deps.knex, appointments),
    activity: activity.map(({ ip: _ip, ...a }) => a),
  };
  await audit(deps.knex, by, 'citizen_data_export', { reason, appointments: ids.length }, { kind: 'user', id: appt.user_id, municipalityId });
  return result;
}

async function exportAppointments(knex: Knex, rows: AppointmentRow[]): Promise<ExportedAppointment[]> {
  const ids = rows.map((r) => r.id);
  const [graphs, outcomes, events, emails] = await Promise.all([
    withRelations(knex, rows),
    outcomeHistory(knex, ids),
    knex('appointment_events').whereIn('appointment_id', ids).orderBy('id').select('appointment_id', 'at', 'action', 'actor_kind'),
    // Only the e-mails to the person served: the interpreter's and the third person's are theirs.
    knex('notifications').whereIn('appointment_id', ids).where({ recipient_role: 'citizen' }).orderBy('send_after').select('appointment_id', 'kind', 'recipient_email', 'status', 'send_after', 'sent_at'),
  ]);
  return graphs.map((a) => ({
    id: a.id,
    reference: a.reference,
    status: a.status,
    mode: a.mode,
    start: a.starts_at.toISOString(),
    end: a.ends_at.toISOString(),
    bookedAt: a.created_at.toISOString(),
    cancelledAt: iso(a.cancelled_at),
    municipality: { el: a.municipality.name_el, en: a.municipality.name_en },
    topic: { el: a.topic.name_el, en: a.topic.name_en },
    employee: a.employee.full_name,
    interpretation: a.interpretation,
    person: { fullName: a.person_full_name, email: a.person_email, phone: a.person_phone, language: a.language },
    onBehalfOf:
      a.on_behalf_kind === 'business'
        ? { kind: 'business', companyName: a.company_name, companyTaxId: a.company_tax_id }
        : a.on_behalf_kind === 'other'
          ? { kind: 'other', bookerFullName: a.booker_full_name }
          : { kind: 'self' },
    thirdPersonInvited: Boolean(a.third_person_name),
    notes: a.notes,
    declaredTrueAt: iso(a.declared_true_at),
    privacyReadAt: iso(a.privacy_read_at),
    history: events.filter((e) => e.appointment_id === a.id).map((e) => ({ at: e.at.toISOString(), action: e.action, by: e.actor_kind })),
    outcomes: (outcomes.get(a.id) ?? []).map((o) => ({
      version: o.version,
      kind: o.kind,
      text: o.text,
      documents: o.documents,
      followUpOn: o.followUpOn,
      recordedAt: o.recordedAt.toISOString(),
      recordedBy: o.recordedBy,
    })),
    emails: emails
      .filter((n) => n.appointment_id === a.id)
      .map((n) => ({ kind: n.kind, to: n.recipient_email, status: n.status, due: n.send_after.toISOString(), sentAt: iso(n.sent_at) })),
  }));
}

/**
 * Audit lines about the citizen: their own actions, anything done to their
 * appointments, and exports of their data; within one municipality when given.
 */
async function auditAbout(knex: Knex, userId: string, appointmentIds: string[], municipalityId: string | null) {
  const q = knex('audit_log')
    .where((w) => {
      w.where({ subject_kind: 'user', subject_id: userId });
      if (appointmentIds.length) w.orWhere((s) => s.where({ subject_kind: 'appointment' }).whereIn('subject_id', appointmentIds));
      // Their own actions (sign-ins and the like) are the platform's: in their own download only.
      if (!municipalityId) w.orWhere({ actor_kind: 'citizen', actor_id: userId });
    })
    .orderBy('id')
    .select('at', 'action', 'actor_kind', 'actor_id', 'ip');
  if (municipalityId) q.where({ municipality_id: municipalityId });
  const rows: { at: Date; action: string; actor_kind: string; actor_id: string | null; ip: string | null }[] = await q;
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    by: (r.actor_kind === 'citizen' && r.actor_id === userId ? 'citizen' : ['employee', 'platform_admin'].includes(r.actor_kind) ? r.actor_kind : 'system') as DataExport['activity'][number]['by'],
    ip: r.ip,
  }));
}
