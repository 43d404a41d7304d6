import type { EmployeeRow, MunicipalityRow } from '@muni/db';
import { isValidAfm } from '@muni/domain';
import type { Knex } from 'knex';
import type { AppDeps } from '../deps';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { isUniqueViolation } from '../pgErrors';
import { firstDayOutside, WEEKDAY_NAMES } from './hoursWithin';
import type { EmployeeInput } from '@muni/domain';
import { foreignIds } from './adminTopics';
import { conflict, adminNotFound, invalidField } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import { disconnectEmployee } from '../call/disconnect';

export interface EmployeeWithTopics {
  employee: EmployeeRow;
  topicIds: string[];
}

export async function employeeTopicIds(knex: Knex, employeeId: string): Promise<string[]> {
  return knex('employee_topics as et').join('topics as t', 't.id', 'et.topic_id').where({ 'et.employee_id': employeeId }).orderBy('t.name_el').pluck('t.id');
}

const employeeExists = () =>
  conflict('employee_exists', 'Υπάρχει ήδη υπάλληλος με αυτόν τον ΑΦΜ στον δήμο σας.', 'An employee with this tax number already exists in your municipality.', { field: 'taxId' });

/** Checks that need the database: own office and topics, offered modes, hours within opening hours. */
async function checkReferences(trx: Knex, m: MunicipalityRow, input: EmployeeInput) {
  if (input.officeId && (await foreignIds(trx, 'offices', m.id, [input.officeId])).length) {
    throw invalidField('officeId', 'unknown_office', 'άγνωστο γραφείο του δήμου.', 'unknown office of the municipality.');
  }
  if (input.topicIds) {
    const unknown = await foreignIds(trx, 'topics', m.id, input.topicIds);
    if (unknown.length) throw invalidField('topicIds', 'unknown_topic', 'άγνωστη υπηρεσία του δήμου.', 'unknown topic of the municipality.', { ids: unknown });
  }
  const notOffered = (input.modes ?? []).filter((mode) => !m.modes.includes(mode));
  if (notOffered.length) {
    throw invalidField('modes', 'mode_not_offered', `ο δήμος δεν προσφέρει: ${notOffered.join(', ')}.`, `the municipality does not offer: ${notOffered.join(', ')}.`);
  }
  if (input.workingHours) {
    const day = firstDayOutside(input.workingHours, m.opening_hours);
    if (day) {
      const name = WEEKDAY_NAMES[day];
      throw invalidField(
        `workingHours.${day}`,
        'hours_outside_opening',
        `το ωράριο της ημέρας ${name.el} βγαίνει έξω από το ωράριο λειτουργίας του δήμου.`,
        `the hours on ${name.en} fall outside the municipality's opening hours.`,
        { weekday: day },
      );
    }
  }
}

async function replaceTopics(trx: Knex, employeeId: string, topicIds: string[] | undefined) {
  if (!topicIds) return;
  await trx('employee_topics').where({ employee_id: employeeId }).delete();
  if (topicIds.length) await trx('employee_topics').insert(topicIds.map((topic_id) => ({ employee_id: employeeId, topic_id })));
}

function columns(input: EmployeeInput): Partial<Record<keyof EmployeeRow, unknown>> {
  const c: Partial<Record<keyof EmployeeRow, unknown>> = {};
  if (input.fullName !== undefined) c.full_name = input.fullName;
  if (input.email !== undefined) c.email = input.email;
  if (input.officeId !== undefined) c.office_id = input.officeId;
  if (input.modes !== undefined) c.modes = input.modes;
  if (input.workingHours !== undefined) c.working_hours = input.workingHours === null ? null : JSON.stringify(input.workingHours);
  if (input.isAdmin !== undefined) c.is_admin = input.isAdmin;
  if (input.active !== undefined) c.active = input.active;
  return c;
}

export async function createEmployee(deps: AppDeps, by: Requester, municipalityId: string, input: EmployeeInput & { taxId: string }): Promise<EmployeeWithTopics> {
  requireMunicipalAdmin(by.actor, municipalityId);
  if (!isValidAfm(input.taxId)) {
    throw invalidField('taxId', 'invalid_afm', 'ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).', 'the tax number (ΑΦΜ) is not valid (wrong check digit).');
  }
  try {
    return await deps.knex.transaction(async (trx) => {
      const m = await trx<MunicipalityRow>('municipalities').where({ id: municipalityId }).first();
      await checkReferences(trx, m!, input);
      if (await trx('employees').where({ municipality_id: municipalityId, tax_id: input.taxId }).first('id')) throw employeeExists();
      const [employee] = await trx<EmployeeRow>('employees')
        .insert({ ...columns(input), municipality_id: municipalityId, tax_id: input.taxId } as never)
        .returning('*');
      await replaceTopics(trx, employee!.id, input.topicIds);
      await audit(trx, by, 'admin_create_employee', { isAdmin: employee!.is_admin }, { kind: 'employee', id: employee!.id, municipalityId });
      return { employee: employee!, topicIds: await employeeTopicIds(trx, employee!.id) };
    });
  } catch (err) {
    // Two admins adding the same person at once: the unique index decides.
    if (isUniqueViolation(err)) throw employeeExists();
    throw err;
  }
}

/** Future booked appointments of an employee: deactivating them would strand these. */
export async function futureBookedCount(knex: Knex, employeeId: string, now: Date): Promise<number> {
  const row = await knex('appointments').where({ employee_id: employeeId, status: 'booked' }).where('starts_at', '>', now).count<{ n: string }[]>('* as n').first();
  return Number(row?.n ?? 0);
}

export async function updateEmployee(deps: AppDeps, by: Requester, municipalityId: string, employeeId: string, input: EmployeeInput): Promise<EmployeeWithTopics> {
  const actor = by.actor;
  requireMunicipalAdmin(actor, municipalityId);
  const updated = await deps.knex.transaction(async (trx) => {
    const current = await trx<EmployeeRow>('employees').where({ id: employeeId, municipality_id: municipalityId }).forUpdate().first();
    if (!current) throw adminNotFound('ο υπάλληλος', 'The employee');
    const m = await trx<MunicipalityRow>('municipalities').where({ id: municipalityId }).first();
    await checkReferences(trx, m!, input);
    const self = actor.kind === 'employee' && actor.employeeId === employeeId;
    if (self && (input.isAdmin === false || input.active === false)) {
      throw conflict('cannot_demote_self', 'Δεν μπορείτε να αφαιρέσετε από τον εαυτό σας τη διαχείριση ή να απενεργοποιήσετε τον λογαριασμό σας.', 'You cannot remove your own admin rights or deactivate yourself.', { field: input.active === false ? 'active' : 'isAdmin' });
    }
    if (current.active && input.active === false) {
      const count = await futureBookedCount(trx, employeeId, deps.now());
      if (count > 0) {
        throw conflict('employee_has_appointments',
          `Ο υπάλληλος έχει ${count} μελλοντικά ραντεβού. Αναθέστε τα σε συνάδελφο ή ακυρώστε τα πριν την απενεργοποίηση.`,
          `The employee has ${count} upcoming appointments. Reassign or cancel them before deactivating.`,
          { field: 'active', count },
        );
      }
    }
    const changes = columns(input);
    const employee = Object.keys(changes).length
      ? (await trx<EmployeeRow>('employees').where({ id: employeeId }).update(changes as never).returning('*'))[0]!
      : current;
    await replaceTopics(trx, employeeId, input.topicIds);
    await audit(trx, by, 'admin_update_employee', { fields: Object.keys(input) }, { kind: 'employee', id: employeeId, municipalityId });
    return { employee, topicIds: await employeeTopicIds(trx, employeeId), deactivated: current.active && !employee.active };
  });
  // A deactivated employee's links refuse at once; whoever is still in a call leaves it too.
  if (updated.deactivated) await disconnectEmployee(deps, employeeId, deps.now());
  return { employee: updated.employee, topicIds: updated.topicIds };
}
