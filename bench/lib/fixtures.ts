import type { Knex } from 'knex';

const WEEKDAY_HOURS = Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '08:00', end: '15:00' }]]));

export interface BenchMunicipality {
  municipalityId: string;
  topicId: string;
  employeeIds: string[];
}

/**
 * A municipality of its own for a bench (inserted directly, not through the
 * API): one topic, `employees` employees qualified for it in every mode,
 * weekdays 08:00–15:00 Athens, 20-minute appointments.
 */
export async function createBenchMunicipality(
  knex: Knex,
  opts: { slug: string; employees: number; bufferMinutes: number; bookingWindowDays: number },
): Promise<BenchMunicipality> {
  const [m] = await knex('municipalities')
    .insert({
      slug: opts.slug,
      status: 'active', // a new municipality starts as a draft (018), which takes no bookings
      name_el: `Δήμος δοκιμής φόρτου (${opts.slug})`,
      name_en: `Load-test municipality (${opts.slug})`,
      modes: ['in_person', 'phone', 'video'],
      durations: { in_person: 20, phone: 20, video: 20 },
      opening_hours: JSON.stringify(WEEKDAY_HOURS),
      booking_window_days: opts.bookingWindowDays,
      min_lead_minutes: 60,
      buffer_minutes: opts.bufferMinutes,
    })
    .returning('id');
  const [topic] = await knex('topics')
    .insert({ municipality_id: m.id, name_el: 'Βεβαίωση δοκιμής', name_en: 'Test certificate', modes: ['in_person', 'phone', 'video'] })
    .returning('id');
  const rows = Array.from({ length: opts.employees }, (_, i) => ({
    municipality_id: m.id,
    tax_id: String(900_000_000 + i),
    full_name: `Υπάλληλος ${i + 1}`,
    email: `employee${i + 1}@${opts.slug}.example.gr`,
    modes: ['in_person', 'phone', 'video'],
  }));
  const employees: { id: string }[] = await knex('employees').insert(rows).returning('id');
  await knex('employee_topics').insert(employees.map((e) => ({ employee_id: e.id, topic_id: topic.id })));
  return { municipalityId: m.id, topicId: topic.id, employeeIds: employees.map((e) => e.id) };
}

/** The SQL check behind "no double booking": pairs of active rows of one employee whose busy ranges overlap. */
export async function countOverlaps(knex: Knex, municipalityId?: string): Promise<number> {
  const rows = await knex.raw(
    `SELECT count(*)::int AS n
       FROM appointments a
       JOIN appointments b
         ON a.employee_id = b.employee_id
        AND a.id < b.id
        AND tstzrange(a.starts_at, a.busy_until, '[)') && tstzrange(b.starts_at, b.busy_until, '[)')
      WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
        ${municipalityId ? 'AND a.municipality_id = ?' : ''}`,
    municipalityId ? [municipalityId] : [],
  );
  return rows.rows[0].n;
}
