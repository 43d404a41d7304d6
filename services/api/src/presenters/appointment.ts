import type { AppointmentRow } from '@muni/db';
import type { Knex } from 'knex';

/**
 * Appointments as the API shows them. Loads the few related rows in bulk so a
 * day's list costs a handful of queries, not one per appointment.
 */
export async function presentAppointments(knex: Knex, rows: AppointmentRow[], now: Date, opts: { staff?: boolean } = {}) {
  if (rows.length === 0) return [];
  const ids = (key: keyof AppointmentRow) => [...new Set(rows.map((r) => r[key]).filter(Boolean) as string[])];
  const [municipalities, topics, employees] = await Promise.all([
    knex('municipalities').whereIn('id', ids('municipality_id')).select('id', 'name_el', 'name_en', 'time_zone', 'change_cutoff_minutes'),
    knex('topics').whereIn('id', ids('topic_id')).select('id', 'name_el', 'name_en', 'required_documents'),
    knex('employees as e').leftJoin('offices as o', 'o.id', 'e.office_id').whereIn('e.id', ids('employee_id')).select('e.id', 'e.full_name', 'o.name as office_name', 'o.address', 'o.floor', 'o.directions'),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const m = byId(municipalities);
  const t = byId(topics);
  const e = byId(employees);
  return rows.map((r) => {
    const muni = m.get(r.municipality_id)!;
    const topic = t.get(r.topic_id)!;
    const emp = e.get(r.employee_id)!;
    const deadline = new Date(r.starts_at.getTime() - muni.change_cutoff_minutes * 60_000);
    return {
      id: r.id,
      reference: r.reference,
      status: r.status,
      version: r.version,
      municipality: { id: muni.id, name: { el: muni.name_el, en: muni.name_en }, timeZone: muni.time_zone },
      topic: { id: topic.id, name: { el: topic.name_el, en: topic.name_en }, requiredDocuments: topic.required_documents },
      mode: r.mode,
      start: r.starts_at.toISOString(),
      end: r.ends_at.toISOString(),
      employee: { id: emp.id, displayName: emp.full_name },
      interpretation: r.interpretation,
      thirdPerson: r.third_person_name ? { fullName: r.third_person_name } : null,
      person: { fullName: r.person_full_name, email: r.person_email, phone: r.person_phone, language: r.language },
      onBehalfOf:
        r.on_behalf_kind === 'business'
          ? { kind: 'business', companyTaxId: r.company_tax_id, companyName: r.company_name, auth: r.business_auth }
          : r.on_behalf_kind === 'other'
            ? { kind: 'other', bookerFullName: r.booker_full_name }
            : { kind: 'self' },
      office: r.mode === 'in_person' && emp.office_name ? { name: emp.office_name, address: emp.address, floor: emp.floor, directions: emp.directions } : null,
      canChange: r.status === 'booked' && now <= deadline,
      changeDeadline: deadline.toISOString(),
      ...(opts.staff ? { notes: r.notes } : {}),
    };
  });
}

export async function presentAppointment(knex: Knex, row: AppointmentRow, now: Date, opts: { staff?: boolean } = {}) {
  const [one] = await presentAppointments(knex, [row], now, opts);
  return one!;
}

/** An appointment's history for staff, oldest first. */
export async function appointmentHistory(knex: Knex, appointmentId: string) {
  const rows = await knex('appointment_events').where({ appointment_id: appointmentId }).orderBy('id').select('at', 'action', 'actor_kind', 'actor_id', 'version', 'details');
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, actor: { kind: r.actor_kind, id: r.actor_id }, version: r.version, details: r.details }));
}

/**
 * The appointment's e-mails for staff: what was sent, what waits, and what
 * failed for good (a bad address) so the clerk can phone the citizen.
 */
export async function appointmentEmails(knex: Knex, appointmentId: string) {
  const rows = await knex('notifications')
    .where({ appointment_id: appointmentId })
    .orderBy('send_after')
    .select('kind', 'recipient_email', 'status', 'attempts', 'last_error', 'send_after', 'sent_at');
  return rows.map((r) => ({
    kind: r.kind,
    recipient: r.recipient_email,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    due: r.send_after.toISOString(),
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
  }));
}
