import type { Requester } from '../actor';
import type { TopicRow } from '@muni/db';
import type { Knex } from 'knex';
import type { AppDeps } from '../deps';
import { audit } from '../audit';
import { enqueueDocumentsChanged } from '../booking/outbox';
import type { TopicInput } from '@muni/domain';
import { adminNotFound, conflict, invalidField } from '../errors';
import { requireMunicipalAdmin } from '../policies';
import { refuseInPersonWithoutOffice } from './inPersonOffice';

export interface TopicWithEmployees {
  topic: TopicRow;
  employeeIds: string[];
}

/** Ids from `ids` that are not rows of `table` in this municipality. */
export async function foreignIds(trx: Knex, table: 'employees' | 'topics' | 'offices', municipalityId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const own = new Set<string>(await trx(table).where({ municipality_id: municipalityId }).whereIn('id', ids).pluck('id'));
  return ids.filter((id) => !own.has(id));
}

export async function topicEmployeeIds(knex: Knex, topicId: string): Promise<string[]> {
  return knex('employee_topics as et').join('employees as e', 'e.id', 'et.employee_id').where({ 'et.topic_id': topicId }).orderBy('e.full_name').pluck('e.id');
}

/**
 * Creates (topicId null) or updates a topic of the municipality, replacing the
 * links to the employees who handle it when `employeeIds` is sent. A changed
 * list of required documents is e-mailed to the people of the topic's upcoming
 * appointments. One transaction.
 */
export async function saveTopic(deps: AppDeps, by: Requester, municipalityId: string, topicId: string | null, input: TopicInput): Promise<TopicWithEmployees> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const municipality = await trx('municipalities').where({ id: municipalityId }).first('modes');
    let current: TopicRow | undefined;
    if (topicId) {
      current = await trx<TopicRow>('topics').where({ id: topicId, municipality_id: municipalityId }).forUpdate().first();
      if (!current) throw adminNotFound('η υπηρεσία', 'The topic');
    }
    const modes = input.modes ?? current?.modes ?? [];
    const notOffered = modes.filter((m) => !municipality.modes.includes(m));
    if (notOffered.length) {
      throw invalidField('modes', 'mode_not_offered', `ο δήμος δεν προσφέρει: ${notOffered.join(', ')}.`, `the municipality does not offer: ${notOffered.join(', ')}.`);
    }
    await refuseInPersonWithoutOffice(trx, municipalityId, { active: input.active ?? current?.active ?? true, modes }, current);
    if (input.employeeIds) {
      const unknown = await foreignIds(trx, 'employees', municipalityId, input.employeeIds);
      if (unknown.length) throw invalidField('employeeIds', 'unknown_employee', 'άγνωστος υπάλληλος του δήμου.', 'unknown employee of the municipality.', { ids: unknown });
    }
    const fields: Partial<Record<keyof TopicRow, unknown>> = {};
    if (input.name) Object.assign(fields, { name_el: input.name.el, name_en: input.name.en });
    if (input.modes) fields.modes = input.modes;
    if (input.durations) fields.durations = JSON.stringify(input.durations);
    if (input.requiredDocuments) fields.required_documents = JSON.stringify(input.requiredDocuments);
    if (input.active !== undefined) fields.active = input.active;

    let topic: TopicRow;
    if (current) {
      topic = Object.keys(fields).length ? (await trx<TopicRow>('topics').where({ id: current.id }).update(fields as never).returning('*'))[0]! : current;
    } else {
      topic = (await trx<TopicRow>('topics').insert({ ...fields, municipality_id: municipalityId } as never).returning('*'))[0]!;
    }
    if (input.employeeIds) {
      await trx('employee_topics').where({ topic_id: topic.id }).delete();
      if (input.employeeIds.length) await trx('employee_topics').insert(input.employeeIds.map((employee_id) => ({ employee_id, topic_id: topic.id })));
    }
    const listed = (docs: { el: string; en: string }[]) => JSON.stringify(docs.map((d) => [d.el, d.en]));
    const documentsChanged = current !== undefined && input.requiredDocuments !== undefined && listed(input.requiredDocuments) !== listed(current.required_documents);
    const documentsEmails = documentsChanged ? await enqueueDocumentsChanged(trx, topic.id, deps.now()) : 0;
    await audit(trx, by, current ? 'admin_update_topic' : 'admin_create_topic', { fields: Object.keys(input), ...(documentsChanged ? { documentsEmails } : {}) }, { kind: 'topic', id: topic.id, municipalityId });
    return { topic, employeeIds: await topicEmployeeIds(trx, topic.id) };
  });
}

/** Only a topic never booked can be deleted; otherwise it is deactivated (history keeps pointing at it). */
export async function deleteTopic(deps: AppDeps, by: Requester, municipalityId: string, topicId: string): Promise<void> {
  requireMunicipalAdmin(by.actor, municipalityId);
  await deps.knex.transaction(async (trx) => {
    const topic = await trx('topics').where({ id: topicId, municipality_id: municipalityId }).forUpdate().first('id');
    if (!topic) throw adminNotFound('η υπηρεσία', 'The topic');
    const used = Number((await trx('appointments').where({ topic_id: topicId }).count<{ n: string }[]>('* as n').first())?.n ?? 0);
    if (used > 0) {
      throw conflict(
        'topic_in_use',
        `Η υπηρεσία έχει ${used} ραντεβού στο ιστορικό. Απενεργοποιήστε την αντί να τη διαγράψετε.`,
        `The topic has ${used} appointments on record. Deactivate it instead of deleting it.`,
        { count: used },
      );
    }
    await trx('topics').where({ id: topicId }).delete();
    await audit(trx, by, 'admin_delete_topic', {}, { kind: 'topic', id: topicId, municipalityId });
  });
}
