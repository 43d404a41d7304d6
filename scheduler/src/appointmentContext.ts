/** Everything an appointment e-mail needs, read in one query. */
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
  municipality: { nameEl: string; nameEn: string; timeZone: string; phone?: string };
  topic: { nameEl: string; nameEn: string; requiredDocuments: { el: string; en: string }[] };
  employeeName: string;
  office?: { address: string; floor?: string; directions?: string };
}

interface Row {
  id: string;
  reference: string | null;
  mode: AppointmentContext['mode'];
  status: AppointmentContext['status'];
  version: number;
  starts_at: Date;
  ends_at: Date;
  interpretation: AppointmentContext['interpretation'];
  person_full_name: string | null;
  m_name_el: string;
  m_name_en: string;
  m_time_zone: string;
  m_phone: string | null;
  t_name_el: string;
  t_name_en: string;
  t_documents: { el: string; en: string }[] | null;
  e_full_name: string;
  o_address: string | null;
  o_floor: string | null;
  o_directions: string | null;
}

export async function loadAppointmentContext(db: Knex | Knex.Transaction, appointmentId: string): Promise<AppointmentContext | undefined> {
  const row: Row | undefined = await db('appointments as a')
    .join('municipalities as m', 'm.id', 'a.municipality_id')
    .join('topics as t', 't.id', 'a.topic_id')
    .join('employees as e', 'e.id', 'a.employee_id')
    // The employee's office, or else the municipality's first office.
    .leftJoin('offices as o', (j) => {
      j.on(
        'o.id',
        '=',
        db.raw('coalesce(e.office_id, (select o2.id from offices o2 where o2.municipality_id = a.municipality_id order by o2.name limit 1))'),
      );
    })
    .where('a.id', appointmentId)
    .first(
      'a.id',
      'a.reference',
      'a.mode',
      'a.status',
      'a.version',
      'a.starts_at',
      'a.ends_at',
      'a.interpretation',
      'a.person_full_name',
      'm.name_el as m_name_el',
      'm.name_en as m_name_en',
      'm.time_zone as m_time_zone',
      'm.phone as m_phone',
      't.name_el as t_name_el',
      't.name_en as t_name_en',
      't.required_documents as t_documents',
      'e.full_name as e_full_name',
      'o.address as o_address',
      'o.floor as o_floor',
      'o.directions as o_directions',
    );
  if (!row) return undefined;
  return {
    id: row.id,
    reference: row.reference,
    mode: row.mode,
    status: row.status,
    version: row.version,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    interpretation: row.interpretation,
    personFullName: row.person_full_name,
    municipality: { nameEl: row.m_name_el, nameEn: row.m_name_en, timeZone: row.m_time_zone, phone: row.m_phone ?? undefined },
    topic: { nameEl: row.t_name_el, nameEn: row.t_name_en, requiredDocuments: row.t_documents ?? [] },
    employeeName: row.e_full_name,
    office: row.o_address
      ? { address: row.o_address, floor: row.o_floor ?? undefined, directions: row.o_directions ?? undefined }
      : undefined,
  };
}
