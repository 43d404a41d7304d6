import type { AppointmentDetail, AppointmentGraph, OutcomeView } from '@muni/appointments';
import { staleVersionReason } from '@muni/scheduler';

/** What came of the appointment: its owner and staff see the same (the citizen is told it by e-mail too). */
export function presentOutcome(o: OutcomeView) {
  return {
    kind: o.kind,
    text: o.text,
    documents: o.documents,
    followUpOn: o.followUpOn,
    version: o.version,
    recordedAt: o.recordedAt.toISOString(),
    recordedBy: o.recordedBy,
    editableUntil: o.editableUntil.toISOString(),
  };
}

/** An appointment as the API shows it; staff also see the notes. */
export function presentAppointment(a: AppointmentGraph, now: Date, opts: { staff?: boolean } = {}) {
  const deadline = new Date(a.starts_at.getTime() - a.municipality.change_cutoff_minutes * 60_000);
  const office = a.employee.office;
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    version: a.version,
    // How to reach the municipality, by phone or by e-mail (a deaf person cannot ring): once the appointment can no longer be changed here, the way left.
    municipality: { id: a.municipality.id, name: { el: a.municipality.name_el, en: a.municipality.name_en }, timeZone: a.municipality.time_zone, phone: a.municipality.phone, email: a.municipality.email },
    topic: { id: a.topic.id, name: { el: a.topic.name_el, en: a.topic.name_en }, requiredDocuments: a.topic.required_documents },
    mode: a.mode,
    start: a.starts_at.toISOString(),
    end: a.ends_at.toISOString(),
    employee: { id: a.employee.id, displayName: a.employee.full_name },
    interpretation: a.interpretation,
    thirdPerson: a.third_person_name ? { fullName: a.third_person_name } : null,
    person: { fullName: a.person_full_name, email: a.person_email, phone: a.person_phone, textsTo: a.sms_phone, language: a.language },
    onBehalfOf:
      a.on_behalf_kind === 'business'
        ? { kind: 'business', companyTaxId: a.company_tax_id, companyName: a.company_name, auth: a.business_auth }
        : a.on_behalf_kind === 'other'
          ? { kind: 'other', bookerFullName: a.booker_full_name }
          : { kind: 'self' },
    office: a.mode === 'in_person' && office ? { name: office.name, address: office.address, floor: office.floor, directions: office.directions } : null,
    canChange: a.status === 'booked' && now <= deadline,
    changeDeadline: deadline.toISOString(),
    outcome: a.outcome ? presentOutcome(a.outcome) : null,
    ...(opts.staff ? { notes: a.notes, requestedEmployee: a.requestedEmployee ? { id: a.requestedEmployee.id, displayName: a.requestedEmployee.full_name } : null } : {}),
  };
}

export const presentAppointments = (list: AppointmentGraph[], now: Date, opts: { staff?: boolean } = {}) => list.map((a) => presentAppointment(a, now, opts));

/**
 * Staff's view adds the history (what happened, by whom: kind and id, at which
 * version) and the e-mails: to whom (address and role), what was sent, what
 * waits, what failed for good (a bad address) so the clerk can phone the
 * citizen, and what was held back (too many e-mails to one address in a day).
 */
export function presentDetail({ appointment, staff }: AppointmentDetail, now: Date) {
  const view = presentAppointment(appointment, now, { staff: Boolean(staff) });
  if (!staff) return view;
  return {
    ...view,
    history: staff.history.map((r) => ({ at: r.at.toISOString(), action: r.action, actor: { kind: r.actor_kind, id: r.actor_id }, version: r.version, details: r.details })),
    emails: staff.emails.map((r) => {
      // Still waiting, but about a time or links the appointment no longer has: the scheduler skips it when due, so it is
      // shown so now (a cancelled appointment's have their own words on the page).
      const superseded = r.status === 'pending' && appointment.status !== 'cancelled' ? staleVersionReason(r, appointment.version) : null;
      return {
        kind: r.kind,
        // A text's recipient is its mobile (E.164): staff see a failed text as they see a failed e-mail.
        recipient: r.recipient_email ?? r.recipient_phone ?? '',
        role: r.recipient_role,
        status: superseded ? ('skipped' as const) : r.status,
        attempts: r.attempts,
        lastError: superseded ?? r.last_error,
        due: r.send_after.toISOString(),
        sentAt: r.sent_at ? r.sent_at.toISOString() : null,
      };
    }),
    interpreter: staff.interpreter ? { name: staff.interpreter.full_name, email: staff.interpreter.email } : null,
  };
}

/**
 * The appointment as its manage link shows it to whoever holds the link: what
 * it is, when and where, and whether it can still be changed; not the contact
 * details or the company's tax id (a forwarded e-mail should not give them away).
 */
export function presentManaged(a: AppointmentGraph, now: Date) {
  const { person, onBehalfOf, ...view } = presentAppointment(a, now);
  return {
    ...view,
    person: { fullName: person.fullName, language: person.language },
    onBehalfOf: { kind: onBehalfOf.kind },
  };
}
