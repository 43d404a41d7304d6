import type { MunicipalityRow, MunicipalityStatus, TopicRow } from '@muni/db';
import type { joiningContactSchema, Mode } from '@muni/domain';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Requester } from '../actor';
import { audit } from '../audit';
import { topicDuration } from '../booking/context';
import type { AppDeps } from '../deps';
import { conflict, ruleBroken } from '../errors';
import { requireMunicipalAdmin } from '../policies';

// The decree's joining form as a flow: the municipality's admin fills in
// topics, hours, lengths per mode, the third-person rule and a contact, then
// submits it; the platform admin approves it (or sends it back) and only then
// do citizens see the municipality (see booking/takesBookings.ts).

export interface MissingItem {
  code: 'topic' | 'office' | 'hours' | 'contact';
  message: { el: string; en: string };
}

const MISSING: Record<MissingItem['code'], MissingItem['message']> = {
  topic: {
    el: 'Τουλάχιστον μία ενεργή υπηρεσία (θέμα) με τρόπο εξυπηρέτησης που προσφέρει ο δήμος, διάρκεια για αυτόν τον τρόπο και ενεργό υπάλληλο που τη χειρίζεται με αυτόν τον τρόπο.',
    en: 'At least one active topic with a mode the municipality offers, a length for that mode and an active employee who handles it in that mode.',
  },
  office: {
    el: 'Ένα γραφείο με διεύθυνση, για τα ραντεβού δια ζώσης: εκεί τα στέλνουν τα email επιβεβαίωσης (αλλιώς αφαιρέστε τον τρόπο «δια ζώσης»).',
    en: 'An office with an address, for in-person appointments: the confirmation e-mails send people there (or stop offering in person).',
  },
  hours: { el: 'Ωράριο λειτουργίας για τουλάχιστον μία ημέρα της εβδομάδας.', en: 'Opening hours on at least one day of the week.' },
  contact: { el: 'Στοιχεία επικοινωνίας: υπεύθυνος, e-mail και τηλέφωνο.', en: 'Contact details: contact person, e-mail and phone.' },
};

/** What the joining form still lacks (empty: complete), in the form's order. */
export async function joiningMissing(knex: Knex, m: MunicipalityRow): Promise<MissingItem[]> {
  const missing: MissingItem['code'][] = [];
  if (!(await hasBookableTopic(knex, m))) missing.push('topic');
  if (!(await hasOfficeIfInPerson(knex, m))) missing.push('office');
  if (!Object.values(m.opening_hours ?? {}).some((ranges) => ranges.length > 0)) missing.push('hours');
  if (!m.contact_name || !m.contact_email || !m.contact_phone) missing.push('contact');
  return missing.map((code) => ({ code, message: MISSING[code] }));
}

/** In-person appointments need a place: the confirmation and the reminder give its address. */
async function hasOfficeIfInPerson(knex: Knex, m: MunicipalityRow): Promise<boolean> {
  if (!m.modes.includes('in_person')) return true;
  const inPerson = await knex<TopicRow>('topics').where({ municipality_id: m.id, active: true }).whereRaw("'in_person' = ANY(modes)").first('id');
  if (!inPerson) return true;
  return Boolean(await knex('offices').where({ municipality_id: m.id }).whereRaw("btrim(address) <> ''").first('id'));
}

async function hasBookableTopic(knex: Knex, m: MunicipalityRow): Promise<boolean> {
  const topics = await knex<TopicRow>('topics').where({ municipality_id: m.id, active: true });
  if (topics.length === 0) return false;
  const handlers: { topic_id: string; modes: Mode[] }[] = await knex('employee_topics as et')
    .join('employees as e', 'e.id', 'et.employee_id')
    .whereIn('et.topic_id', topics.map((t) => t.id))
    .where('e.active', true)
    .select('et.topic_id', 'e.modes');
  return topics.some((t) =>
    t.modes.some((mode) => m.modes.includes(mode) && topicDuration(t, m, mode) && handlers.some((h) => h.topic_id === t.id && h.modes.includes(mode))),
  );
}

export interface JoiningView {
  status: MunicipalityStatus;
  submittedAt: Date | null;
  approvedAt: Date | null;
  reviewComment: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  missing: MissingItem[];
}

export async function joiningView(knex: Knex, m: MunicipalityRow): Promise<JoiningView> {
  return {
    status: m.status,
    submittedAt: m.submitted_at,
    approvedAt: m.approved_at,
    reviewComment: m.review_comment,
    contact: { name: m.contact_name, email: m.contact_email, phone: m.contact_phone },
    missing: await joiningMissing(knex, m),
  };
}

/** The municipal admin's joining page: where the form stands and what it lacks. */
export async function municipalityJoining(knex: Knex, municipalityId: string): Promise<JoiningView> {
  const m = await knex<MunicipalityRow>('municipalities').where({ id: municipalityId }).first();
  if (!m) throw new Error('admin municipality vanished');
  return joiningView(knex, m);
}

export type JoiningContactInput = z.infer<typeof joiningContactSchema>;

/** The contact of the joining form; editable at any stage, like the rest of the settings. */
export async function updateJoiningContact(deps: AppDeps, by: Requester, municipalityId: string, input: JoiningContactInput): Promise<JoiningView> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const changes: Partial<MunicipalityRow> = {};
    if (input.contactName !== undefined) changes.contact_name = input.contactName;
    if (input.contactEmail !== undefined) changes.contact_email = input.contactEmail;
    if (input.contactPhone !== undefined) changes.contact_phone = input.contactPhone;
    const q = trx<MunicipalityRow>('municipalities').where({ id: municipalityId });
    const [m] = Object.keys(changes).length ? await q.update(changes as never).returning('*') : [await q.first()];
    await audit(trx, by, 'admin_update_joining_contact', { fields: Object.keys(input) }, { kind: 'municipality', id: municipalityId, municipalityId });
    return joiningView(trx, m!);
  });
}

/** Refused while something is missing, naming every missing item (the form shows them as a list). */
export function incompleteError(missing: MissingItem[]) {
  return ruleBroken(
    'joining_incomplete',
    `Η αίτηση ένταξης δεν είναι πλήρης. Λείπουν: ${missing.map((i) => i.message.el).join(' ')}`,
    `The joining form is not complete. Missing: ${missing.map((i) => i.message.en).join(' ')}`,
    { missing },
  );
}

/** The municipal admin submits a complete joining form for the platform admin's review. */
export async function submitJoining(deps: AppDeps, by: Requester, municipalityId: string): Promise<JoiningView> {
  requireMunicipalAdmin(by.actor, municipalityId);
  return deps.knex.transaction(async (trx) => {
    const m = await trx<MunicipalityRow>('municipalities').where({ id: municipalityId }).forUpdate().first();
    if (!m) throw new Error('admin municipality vanished');
    if (m.status === 'submitted') {
      throw conflict('joining_already_submitted', 'Η αίτηση ένταξης έχει ήδη υποβληθεί και περιμένει έγκριση.', 'The joining form has already been submitted and awaits approval.');
    }
    if (m.status !== 'draft') throw conflict('joining_already_approved', 'Ο δήμος έχει ήδη ενταχθεί στην υπηρεσία.', 'The municipality has already joined the service.');
    const missing = await joiningMissing(trx, m);
    if (missing.length) throw incompleteError(missing);
    const [row] = await trx<MunicipalityRow>('municipalities')
      .where({ id: municipalityId })
      .update({ status: 'submitted', submitted_at: deps.now(), review_comment: null } as never)
      .returning('*');
    await audit(trx, by, 'admin_submit_joining', {}, { kind: 'municipality', id: municipalityId, municipalityId });
    return joiningView(trx, row!);
  });
}
