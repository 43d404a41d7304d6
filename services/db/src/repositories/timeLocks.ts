import type { Knex } from 'knex';
import { ABSENCE_LOCK, CLOSURE_LOCK } from '../migrations/013_person_timeline';

/**
 * Taken by an admin's transaction that closes a day (or records an absence)
 * while it moves or cancels what is booked then. Every write of an
 * appointment's time waits on the same key (the appointments_open_time
 * trigger), so no booking slips in between the check and the commit.
 */
export const lockMunicipalityDays = (trx: Knex.Transaction, municipalityId: string) =>
  trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [CLOSURE_LOCK + municipalityId]);

export const lockEmployeeTime = (trx: Knex.Transaction, employeeId: string) =>
  trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [ABSENCE_LOCK + employeeId]);
