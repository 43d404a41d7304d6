import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../seed/demo';
import { useTestDatabase } from '../testing';
import * as recipientRoles from './010_recipient_roles';

describe('010_recipient_roles', () => {
  const db = useTestDatabase();

  it('gives rows written before it their recipient\'s role: from the kind, or for a change from whose address it went to', async () => {
    const knex = db.knex;
    await seedDemoData(knex);
    await recipientRoles.down(knex);
    const m = await knex('municipalities').where({ slug: 'athens' }).first('id');
    const topic = await knex('topics').where({ municipality_id: m.id }).first('id');
    const employee = await knex('employees').where({ municipality_id: m.id }).first('id');
    const [current, former] = await knex('interpreters').orderBy('email').select('id', 'email');
    const starts = new Date('2026-12-01T08:00:00Z');
    const ends = new Date('2026-12-01T08:20:00Z');
    const [appt] = await knex('appointments')
      .insert({
        municipality_id: m.id, topic_id: topic.id, mode: 'video', status: 'booked', employee_id: employee.id,
        interpreter_id: current!.id, interpretation: 'gsl', starts_at: starts, ends_at: ends, busy_until: ends,
        person_full_name: 'Άννα Πολίτου', person_email: 'Anna@example.org', third_person_name: 'Βασίλης Τρίτος', third_person_email: 'vasilis@example.org',
        declared_true_at: starts, privacy_read_at: starts,
      })
      .returning('id');
    const rows: [string, string, string][] = [
      ['confirmation', 'anna@example.org', 'citizen'],
      ['invite_interpreter', current!.email, 'interpreter'],
      ['invite_third_person', 'vasilis@example.org', 'third_person'],
      ['rescheduled', 'anna@example.org', 'citizen'],
      ['rescheduled', 'vasilis@example.org', 'third_person'],
      ['rescheduled', current!.email, 'interpreter'],
      ['cancelled', former!.email.toUpperCase(), 'interpreter'], // an interpreter the appointment no longer has
    ];
    const ids: string[] = [];
    for (const [kind, email] of rows) {
      const [r] = await knex('notifications').insert({ appointment_id: appt.id, appointment_version: 1, kind, recipient_email: email, recipient_name: 'x' }).returning('id');
      ids.push(r.id);
    }

    await recipientRoles.up(knex);

    const roles = await Promise.all(ids.map(async (id) => (await knex('notifications').where({ id }).first('recipient_role')).recipient_role));
    expect(roles).toEqual(rows.map((r) => r[2]));
    await expect(knex('notifications').where({ id: ids[0] }).update({ status: 'lost' })).rejects.toThrow(/notifications_status_check/);
    await expect(knex('notifications').where({ id: ids[0] }).update({ recipient_role: 'booker' })).rejects.toThrow(/notifications_recipient_role_check/);
    await knex('notifications').where({ id: ids[0] }).update({ status: 'held_back' });
  });
});
