import type { Knex } from 'knex';
import { conflict, invalidField } from '../errors';

/**
 * In-person appointments need an office with an address: their confirmation
 * and reminder send people there, and an in-person e-mail without one cannot
 * be written at all. Joining asks for it (municipalityJoining.ts); once a
 * municipality has sent its joining request, an admin may not take the last
 * office away, nor offer in person, while the other is missing. A draft is
 * left free: its checklist says what is missing.
 */
async function inPersonTopics(trx: Knex, municipalityId: string): Promise<boolean> {
  const municipality = await trx('municipalities').where({ id: municipalityId }).first('modes', 'status');
  if (!municipality || municipality.status === 'draft' || !municipality.modes.includes('in_person')) return false;
  return Boolean(await trx('topics').where({ municipality_id: municipalityId, active: true }).whereRaw("'in_person' = ANY(modes)").first('id'));
}

/** Offices with an address, but `exceptId`; locks the municipality's offices so two deletions cannot each leave the other one. */
async function otherOfficesWithAddress(trx: Knex, municipalityId: string, exceptId?: string): Promise<number> {
  const offices: { id: string; address: string }[] = await trx('offices').where({ municipality_id: municipalityId }).forUpdate().select('id', 'address');
  return offices.filter((o) => o.id !== exceptId && o.address.trim() !== '').length;
}

export async function refuseDeletingLastOffice(trx: Knex, municipalityId: string, officeId: string): Promise<void> {
  if ((await otherOfficesWithAddress(trx, municipalityId, officeId)) > 0 || !(await inPersonTopics(trx, municipalityId))) return;
  throw conflict(
    'last_office_in_person',
    'Είναι το μόνο γραφείο με διεύθυνση και ο δήμος δέχεται ραντεβού δια ζώσης: τα e-mail επιβεβαίωσης στέλνουν τους πολίτες εδώ. Προσθέστε πρώτα άλλο γραφείο ή σταματήστε τα ραντεβού δια ζώσης στις υπηρεσίες.',
    'This is the only office with an address and the municipality takes in-person appointments: their confirmation e-mails send people here. Add another office first, or stop offering in person in the topics.',
  );
}

const offersInPerson = (topic: { active: boolean; modes: readonly string[] } | undefined) => Boolean(topic?.active && topic.modes.includes('in_person'));

/**
 * A topic that starts to offer in person (new, or in person or active again),
 * in a municipality that has sent its joining request, needs an office first.
 */
export async function refuseInPersonWithoutOffice(
  trx: Knex,
  municipalityId: string,
  topic: { active: boolean; modes: readonly string[] },
  before: { active: boolean; modes: readonly string[] } | undefined,
): Promise<void> {
  if (!offersInPerson(topic) || offersInPerson(before)) return;
  const municipality = await trx('municipalities').where({ id: municipalityId }).first('status');
  if (!municipality || municipality.status === 'draft') return;
  if ((await otherOfficesWithAddress(trx, municipalityId)) > 0) return;
  throw invalidField(
    'modes',
    'no_office',
    'για ραντεβού δια ζώσης χρειάζεται πρώτα ένα γραφείο με διεύθυνση (Ρυθμίσεις → Γραφεία): εκεί στέλνουν τους πολίτες τα e-mail επιβεβαίωσης.',
    'in-person appointments need an office with an address first (Settings → Offices): the confirmation e-mails send people there.',
  );
}
