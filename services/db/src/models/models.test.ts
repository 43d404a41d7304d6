import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/demo';
import { useTestDatabase } from '../testing';
import { Appointment, AppointmentEvent, Employee, Interpreter, JoinLink, Municipality, Notification, Topic } from '.';

describe('models', () => {
  const db = useTestDatabase();
  let athens: Municipality;

  beforeAll(async () => {
    await seedDemoData(db.knex);
    athens = (await Municipality.query(db.knex).findOne({ slug: 'athens' }))!;
  });

  /** A booked video appointment at Athens with an interpreter, a join link, an e-mail and a history line. */
  async function bookedWithRecords(day: string): Promise<Appointment> {
    const topic = (await Topic.query(db.knex).findOne({ municipality_id: athens.id, name_en: 'Family status certificate' }))!;
    const employee = (await Employee.query(db.knex).findOne({ municipality_id: athens.id, tax_id: '055221137' }))!;
    const interpreter = (await Interpreter.query(db.knex).findOne({ municipality_id: athens.id }))!;
    const startsAt = new Date(`${day}T09:00:00Z`);
    const appt = await Appointment.query(db.knex)
      .insert({
        municipality_id: athens.id,
        topic_id: topic.id,
        mode: 'video',
        status: 'booked',
        employee_id: employee.id,
        interpreter_id: interpreter.id,
        interpretation: 'gsl',
        starts_at: startsAt,
        ends_at: new Date(`${day}T09:20:00Z`),
        busy_until: new Date(`${day}T09:25:00Z`),
        person_full_name: 'Νικόλαος Παπαδόπουλος',
        person_email: 'nikos@example.gr',
        declared_true_at: startsAt,
        privacy_read_at: startsAt,
      })
      .returning('*');
    await JoinLink.query(db.knex).insert({ token_hash: `h-${appt.id}`, appointment_id: appt.id, role: 'citizen', appointment_version: 1, identity: 'pt_1', display_name: 'Νικόλαος Παπαδόπουλος' });
    await Notification.query(db.knex).insert({
      appointment_id: appt.id,
      appointment_version: 1,
      kind: 'documents',
      recipient_email: 'nikos@example.gr',
      recipient_name: 'Νικόλαος Παπαδόπουλος',
      recipient_role: 'citizen',
      payload: { text: 'Φέρτε την ταυτότητα.', lines: ['a', 'b'] },
    });
    await AppointmentEvent.query(db.knex).insert({ appointment_id: appt.id, action: 'created', actor_kind: 'system', version: 1, details: { from: 'desk', steps: [1, 2] } });
    return appt;
  }

  it('load an appointment with its municipality, topic, employee and office, interpreter and records in one graph', async () => {
    const { id } = await bookedWithRecords('2026-11-24');
    const appt = (await Appointment.query(db.knex)
      .findById(id)
      .withGraphFetched('[municipality, topic, employee.office, interpreter, joinLinks, notifications, events]'))!;

    expect(appt.starts_at).toEqual(new Date('2026-11-24T09:00:00Z'));
    expect(appt.municipality!.name_en).toBe('Municipality of Athens');
    expect(appt.municipality!.opening_hours['1']).toEqual([{ start: '08:00', end: '15:00' }]);
    expect(appt.topic!.required_documents).toEqual([{ el: 'Αστυνομική ταυτότητα ή διαβατήριο', en: 'Identity card or passport' }]);
    expect(appt.employee!.full_name).toBe('Ανδρέας Δημητρίου');
    expect(appt.employee!.office!.name).toBe('ΚΕΠ Δημαρχείου');
    expect(appt.interpreter).toMatchObject({ full_name: 'Γιώργος Παππάς (ΕΝΓ)', kinds: ['gsl'] });
    expect(appt.joinLinks!.map((l) => l.role)).toEqual(['citizen']);
    expect(appt.notifications!.map((n) => n.payload)).toEqual([{ text: 'Φέρτε την ταυτότητα.', lines: ['a', 'b'] }]);
    expect(appt.notifications![0]!.send_after).toBeInstanceOf(Date);
    expect(appt.events!.map((e) => [e.action, e.details])).toEqual([['created', { from: 'desk', steps: [1, 2] }]]);
  });

  it('select only the columns a modifier asks for, and drop the join columns objection adds for itself', async () => {
    const { id } = await bookedWithRecords('2026-11-25');
    const appt = (await Appointment.query(db.knex)
      .findById(id)
      .withGraphFetched('employee(name).office(place)')
      .modifiers({ name: (q) => q.select('full_name'), place: (q) => q.select('name') }))!;
    expect({ ...appt.employee, office: { ...appt.employee!.office } }).toEqual({ full_name: 'Ανδρέας Δημητρίου', office: { name: 'ΚΕΠ Δημαρχείου' } });
  });

  it('load a municipality with its topics, employees (with office) and offices', async () => {
    const m = (await Municipality.query(db.knex).findById(athens.id).withGraphFetched('[topics, employees.office, offices]'))!;
    expect(m.topics!.map((t) => t.name_en).sort()).toContain('Shop operating licence');
    expect(m.employees).toHaveLength(3);
    expect(m.employees!.every((e) => e.office?.name === 'ΚΕΠ Δημαρχείου')).toBe(true);
    expect(m.offices!.map((o) => o.name)).toEqual(['ΚΕΠ Δημαρχείου']);
    const e = (await Employee.query(db.knex).findOne({ tax_id: '144321982', municipality_id: athens.id }).withGraphFetched('[municipality, office]'))!;
    expect(e.municipality!.slug).toBe('athens');
    expect(e.working_hours!['1']).toEqual([{ start: '10:00', end: '14:00' }]);
  });

  it('write a jsonb array and a text[] and read them back as they were', async () => {
    const documents = [
      { el: 'Αστυνομική ταυτότητα', en: 'Identity card' },
      { el: 'Λογαριασμός ρεύματος', en: 'Electricity bill' },
    ];
    const inserted = await Topic.query(db.knex)
      .insert({ municipality_id: athens.id, name_el: 'Δοκιμή', name_en: 'Test', modes: ['video', 'phone'], required_documents: documents })
      .returning('*');
    expect(inserted.modes).toEqual(['video', 'phone']);
    expect(inserted.required_documents).toEqual(documents);

    const read = (await Topic.query(db.knex).findById(inserted.id))!;
    expect(read.modes).toEqual(['video', 'phone']);
    expect(read.required_documents).toEqual(documents);
    // Stored as PostgreSQL sees them: a real text[] and a jsonb array, not JSON text.
    const stored = await db.knex('topics').where({ id: inserted.id }).first(db.knex.raw('array_length(modes, 1) as n'), db.knex.raw('jsonb_typeof(required_documents) as t'));
    expect(stored).toEqual({ n: 2, t: 'array' });

    const patched = (await Topic.query(db.knex).patchAndFetchById(inserted.id, { modes: ['in_person'], required_documents: [] }))!;
    expect(patched.modes).toEqual(['in_person']);
    expect(patched.required_documents).toEqual([]);
  });

  it('write a municipality: jsonb objects and an integer[] survive', async () => {
    const hours = { '1': [{ start: '09:00', end: '13:00' }, { start: '17:00', end: '19:00' }] };
    const m = await Municipality.query(db.knex)
      .insert({ slug: 'test-town', name_el: 'Δήμος Δοκιμής', name_en: 'Test Town', modes: ['phone'], durations: { phone: 10 }, opening_hours: hours, reminder_offsets_minutes: [30] })
      .returning('*');
    const read = (await Municipality.query(db.knex).findById(m.id))!;
    expect(read).toMatchObject({ modes: ['phone'], durations: { phone: 10 }, opening_hours: hours, reminder_offsets_minutes: [30] });
  });
});
