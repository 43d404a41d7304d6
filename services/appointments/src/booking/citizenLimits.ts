import type { Knex } from 'knex';
import type { Actor } from '../actor';
import { ruleBroken } from '../errors';
import type { BookingContext } from './context';

/**
 * A citizen holds at most the municipality's number of future appointments
 * (default 3) and one per topic at a time, so that one person (or a script
 * with their session) cannot take a day's slots. Staff booking at the desk are
 * not bound. Runs inside the booking transaction under a lock per citizen and
 * municipality, so two tabs booking at once cannot both pass.
 */
export async function assertCitizenMayBook(trx: Knex.Transaction, actor: Actor, ctx: BookingContext, now: Date): Promise<void> {
  if (actor.kind !== 'citizen') return;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`citizen-limit:${actor.userId}:${ctx.municipality.id}`]);
  const rows: { reference: string; starts_at: Date; topic_id: string; name_el: string; name_en: string }[] = await trx('appointments as a')
    .join('topics as t', 't.id', 'a.topic_id')
    .where({ 'a.user_id': actor.userId, 'a.municipality_id': ctx.municipality.id, 'a.status': 'booked' })
    .where('a.ends_at', '>', now)
    .orderBy('a.starts_at')
    .select('a.reference', 'a.starts_at', 'a.topic_id', 't.name_el', 't.name_en');
  const listed = (list: typeof rows) => list.map((r) => ({ reference: r.reference, start: r.starts_at.toISOString(), topic: { el: r.name_el, en: r.name_en } }));
  const sameTopic = ctx.municipality.one_per_topic ? rows.filter((r) => r.topic_id === ctx.topic.id) : [];
  if (sameTopic.length > 0) {
    const ref = sameTopic[0]!.reference;
    throw ruleBroken(
      'one_per_topic',
      `Έχετε ήδη ραντεβού για αυτή την υπηρεσία (${ref}). Αλλάξτε την ώρα του ή ακυρώστε το από «Τα ραντεβού μου».`,
      `You already have an appointment for this service (${ref}). Change its time or cancel it from "My appointments".`,
      { appointments: listed(sameTopic) },
    );
  }
  const limit = ctx.municipality.max_future_per_citizen;
  if (rows.length >= limit) {
    throw ruleBroken(
      'too_many_appointments',
      `Έχετε ήδη ${rows.length} μελλοντικά ραντεβού με τον δήμο (όριο ${limit}): ${rows.map((r) => r.reference).join(', ')}. Ακυρώστε ένα από «Τα ραντεβού μου» για να κλείσετε νέο.`,
      `You already have ${rows.length} future appointments with the municipality (limit ${limit}): ${rows.map((r) => r.reference).join(', ')}. Cancel one from "My appointments" to book another.`,
      { limit, appointments: listed(rows) },
    );
  }
}
