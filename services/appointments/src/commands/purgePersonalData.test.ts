import { describe, expect, it } from 'vitest';
import { useAppTestKit } from '../testing';
import { purgePersonalData } from './purgePersonalData';

const kit = useAppTestKit('2026-11-23T08:00:00Z');

describe('retention of personal data', () => {
  it('overwrites the personal data of appointments past the retention period and keeps the rest', async () => {
    const { knex } = kit.deps;
    const appointment = await kit.bookVideo('2026-11-24', {
      person: { fullName: 'Αικατερίνη Κωνσταντινίδου', email: 'katerina@example.gr', phone: '6900000000', language: 'el' },
      thirdPerson: { fullName: 'Γιώργος Τρίτος', email: 'g@example.gr' },
    });

    // Staff recorded an outcome in their own words, naming the person.
    const employee = await knex('employees').where({ id: appointment.employee_id }).first('id', 'municipality_id');
    await knex('appointment_outcomes').insert({
      appointment_id: appointment.id,
      municipality_id: employee.municipality_id,
      version: 1,
      kind: 'needs_documents',
      citizen_text: 'Η κα Κωνσταντινίδου θα φέρει το πιστοποιητικό.',
      documents: JSON.stringify(['Πιστοποιητικό της Αικατερίνης']),
      recorded_by: employee.id,
      recorded_at: new Date('2026-11-24T10:00:00Z'),
    });

    // A year later it is still kept; past a year and a day it is purged.
    expect(await purgePersonalData(knex, new Date('2027-11-20T00:00:00Z'), 365)).toBe(0);
    expect(await purgePersonalData(knex, new Date('2027-11-26T00:00:00Z'), 365)).toBe(1);

    const row = await knex('appointments').where({ id: appointment.id }).first();
    expect(row).toMatchObject({ person_email: 'deleted@invalid', person_phone: null, third_person_name: null, third_person_email: null, status: 'booked', topic_id: appointment.topic_id });
    expect(JSON.stringify(row)).not.toMatch(/katerina|Κωνσταντινίδου|Τρίτος/);
    expect(await knex('notifications').where({ appointment_id: appointment.id })).toEqual([]);
    const outcome = await knex('appointment_outcomes').where({ appointment_id: appointment.id }).first();
    expect(outcome).toMatchObject({ kind: 'needs_documents', citizen_text: '', documents: [] });
    const names = await knex('join_links').where({ appointment_id: appointment.id }).pluck('display_name');
    expect(names.join(' ')).not.toMatch(/Κωνσταντινίδου|Τρίτος/);
    expect(await purgePersonalData(knex, new Date('2027-11-27T00:00:00Z'), 365)).toBe(0); // once only
  });
});
