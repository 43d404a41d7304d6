/** Everything an appointment e-mail needs, read in one query (alone, or joined to claimed outbox rows). */
import type { Knex } from 'knex';

export interface AppointmentContext {
  id: string;
  reference: string | null;
  mode: 'in_person' | 'phone' | 'video';
  status: 'held' | 'booked' | 'completed' | 'no_show' | 'cancelled';
  version: number;
  startsAt: Date;
  endsAt: Date;
  interpretation: 'gsl' | 'lip_reading' | null;
  personFullName: string | null;
  /** For whom it was booked; a business with its link only declared must show proof of representation. */
  onBehalfKind: 'self' | 'other' | 'business';
  businessAuth: 'company_credentials' | 'declared' | null;
  companyName: string | null;
  companyTaxId: string | null;
  /** Who booked it for the person served (on_behalf_kind 'other'). */
  bookerFullName: string | null;
  municipality: { nameEl: string; nameEn: string; timeZone: string; phone?: string; email?: string };
  topic: { nameEl: string; nameEn: string; requiredDocuments: { el: string; en: string }[] };
  employeeName: string;
  office?: { address: string; floor?: string; directions?: string };
}

/** The context's columns, prefixed `ctx_` so they sit beside a notification row's own. */
export interface ContextColumns {
  ctx_id: string | null;
  ctx_reference: string | null;
  ctx_mode: AppointmentContext['mode'];
  ctx_status: AppointmentContext['status'];
  ctx_version: number;
  ctx_starts_at: Date;
  ctx_ends_at: Date;
  ctx_interpretation: AppointmentContext['interpretation'];
  ctx_person_full_name: string | null;
  ctx_on_behalf_kind: AppointmentContext['onBehalfKind'];
  ctx_business_auth: AppointmentContext['businessAuth'];
  ctx_company_name: string | null;
  ctx_company_tax_id: string | null;
  ctx_booker_full_name: string | null;
  ctx_m_name_el: string;
  ctx_m_name_en: string;
  ctx_m_time_zone: string;
  ctx_m_phone: string | null;
  ctx_m_email: string | null;
  ctx_t_name_el: string;
  ctx_t_name_en: string;
  ctx_t_documents: { el: string; en: string }[] | null;
  ctx_e_full_name: string;
  ctx_o_address: string | null;
  ctx_o_floor: string | null;
  ctx_o_directions: string | null;
}

/** SELECT list over the aliases of CONTEXT_JOINS. */
export const CONTEXT_COLUMNS = `a.id AS ctx_id, a.reference AS ctx_reference, a.mode AS ctx_mode, a.status AS ctx_status,
  a.version AS ctx_version, a.starts_at AS ctx_starts_at, a.ends_at AS ctx_ends_at,
  a.interpretation AS ctx_interpretation, a.person_full_name AS ctx_person_full_name,
  a.on_behalf_kind AS ctx_on_behalf_kind, a.business_auth AS ctx_business_auth, a.company_name AS ctx_company_name,
  a.company_tax_id AS ctx_company_tax_id, a.booker_full_name AS ctx_booker_full_name,
  m.name_el AS ctx_m_name_el, m.name_en AS ctx_m_name_en, m.time_zone AS ctx_m_time_zone, m.phone AS ctx_m_phone, m.email AS ctx_m_email,
  t.name_el AS ctx_t_name_el, t.name_en AS ctx_t_name_en, t.required_documents AS ctx_t_documents,
  e.full_name AS ctx_e_full_name, o.address AS ctx_o_address, o.floor AS ctx_o_floor, o.directions AS ctx_o_directions`;

/**
 * Joins from an appointment id expression (e.g. `n.appointment_id`) to the
 * context. LEFT joins: a missing appointment gives ctx_id null.
 */
export const contextJoins = (appointmentId: string): string => `
  LEFT JOIN appointments a ON a.id = ${appointmentId}
  LEFT JOIN municipalities m ON m.id = a.municipality_id
  LEFT JOIN topics t ON t.id = a.topic_id
  LEFT JOIN employees e ON e.id = a.employee_id
  -- The employee's office, or else the municipality's first office.
  LEFT JOIN offices o ON o.id = coalesce(
    e.office_id,
    (SELECT o2.id FROM offices o2 WHERE o2.municipality_id = a.municipality_id ORDER BY o2.name LIMIT 1))`;

export function contextFromColumns(row: ContextColumns): AppointmentContext | undefined {
  if (!row.ctx_id) return undefined;
  return {
    id: row.ctx_id,
    reference: row.ctx_reference,
    mode: row.ctx_mode,
    status: row.ctx_status,
    version: row.ctx_version,
    startsAt: row.ctx_starts_at,
    endsAt: row.ctx_ends_at,
    interpretation: row.ctx_interpretation,
    personFullName: row.ctx_person_full_name,
    onBehalfKind: row.ctx_on_behalf_kind,
    businessAuth: row.ctx_business_auth,
    companyName: row.ctx_company_name,
    companyTaxId: row.ctx_company_tax_id,
    bookerFullName: row.ctx_booker_full_name,
    municipality: { nameEl: row.ctx_m_name_el, nameEn: row.ctx_m_name_en, timeZone: row.ctx_m_time_zone, phone: row.ctx_m_phone ?? undefined, email: row.ctx_m_email ?? undefined },
    topic: { nameEl: row.ctx_t_name_el, nameEn: row.ctx_t_name_en, requiredDocuments: row.ctx_t_documents ?? [] },
    employeeName: row.ctx_e_full_name,
    office: row.ctx_o_address
      ? { address: row.ctx_o_address, floor: row.ctx_o_floor ?? undefined, directions: row.ctx_o_directions ?? undefined }
      : undefined,
  };
}

export async function loadAppointmentContext(db: Knex | Knex.Transaction, appointmentId: string): Promise<AppointmentContext | undefined> {
  const result = await db.raw(`SELECT ${CONTEXT_COLUMNS} FROM (SELECT ?::uuid AS id) x ${contextJoins('x.id')}`, [appointmentId]);
  const row: ContextColumns | undefined = result.rows[0];
  return row ? contextFromColumns(row) : undefined;
}
