import { appointmentReference, type BookingInput, greekMobileE164, sameName, type StaffBookingInput } from '@muni/domain';
import { type AppointmentRow, ensureUserByTaxId, qualifiedEmployees } from '@muni/db';
import type { Knex } from 'knex';
import type { CommandDeps } from '../deps';
import { type Actor, actorKey, type Requester } from '../actor';
import { audit } from '../audit';
import { assertCitizenMayBook } from '../booking/citizenLimits';
import { assertSpecialRequirements, type BookingContext, loadBookingContext } from '../booking/context';
import { recordEvent } from '../booking/history';
import { assertTakesBookings } from '../booking/takesBookings';
import { createJoinLinks } from '../booking/joinLinks';
import { enqueueNotifications } from '../booking/outbox';
import { answerLostSlot, closedTimeError, findOfferedSlotOrLost, releaseExpiredHolds, reserve } from '../booking/reserve';
import { type LostTime, throughRush } from '../booking/rushedTimes';
import { isClosedTime, isUniqueViolation } from '../pgErrors';

import { forbidden, invalid, ruleBroken } from '../errors';
import { requireBooker } from '../policies';

/**
 * Books an appointment: checks the request against the municipality's rules,
 * turns the caller's hold into the booking or reserves a free employee (and
 * interpreter) itself, and writes history and e-mails in one transaction.
 * A retried request with the same Idempotency-Key returns the first booking.
 */
export async function bookAppointment(
  deps: CommandDeps,
  by: Requester,
  input: BookingInput | StaffBookingInput,
  idempotencyKey?: string,
): Promise<{ appointment: AppointmentRow; replayed: boolean }> {
  const { knex } = deps;
  const actor = by.actor;
  requireBooker(actor);
  const now = deps.now();
  const key = actorKey(actor);
  const replay = async () => {
    const previous = idempotencyKey ? await findByIdempotencyKey(knex, key, idempotencyKey) : undefined;
    return previous ? { appointment: previous, replayed: true } : null;
  };
  // A free time wished by many at once queues (rushedTimes.ts); a hold or a named employee is the caller's own business.
  const rushed = !input.holdId && !input.requestedEmployeeId;
  // A retry answered from the queue is looked for in its query; otherwise first.
  if (!rushed) {
    const previous = await replay();
    if (previous) return previous;
  }
  assertOwnMunicipality(actor, input.municipalityId);
  // Request rules that come before the time: checked on the booking context, fresh or remembered.
  const check = (ctx: BookingContext) => {
    assertTakesBookings(ctx.municipality);
    assertSpecialRequirements(ctx, input);
    assertBusinessClaim(actor, input);
  };
  assertStaffOnlyFields(actor, input);
  assertSomeoneElse(input);
  const person = personColumns(actor, input, now, key, idempotencyKey);

  const book = async (onTaken?: (taken: LostTime, ctx: BookingContext) => void) => {
    if (rushed) {
      const previous = await replay();
      if (previous) return previous;
    }
    const ctx = await loadBookingContext(knex, input);
    check(ctx);
    if (input.requestedEmployeeId) await assertRequestable(knex, ctx, input.requestedEmployeeId);
    return answerLostSlot(
      knex,
      ctx,
      input,
      now,
      () =>
        knex.transaction(async (trx) => {
          await assertCitizenMayBook(trx, actor, ctx, now);
          // A desk booking with the caller's ΑΦΜ is theirs too: in "My appointments" once they sign in.
          const taxId = 'taxId' in input.person ? input.person.taxId : undefined;
          if (actor.kind === 'employee' && taxId) person.user_id = await ensureUserByTaxId(trx, taxId);
          const fromHold = input.holdId ? await bookFromHold(trx, ctx, key, input, person, now) : null;
          const appointment = fromHold ?? (await bookFreeSlot(trx, ctx, input, person, now));
          await createJoinLinks(trx, appointment, deps.linkSecret);
          await recordEvent(trx, appointment.id, 'created', actor, appointment.version, { mode: appointment.mode }, now);
          await enqueueNotifications(trx, 'created', appointment, ctx.municipality, ctx.topic, now);
          await trx('employees').where({ id: appointment.employee_id }).update({ last_assigned_at: now });
          if (appointment.interpreter_id) await trx('interpreters').where({ id: appointment.interpreter_id }).update({ last_assigned_at: now });
          if (actor.kind === 'employee') await audit(trx, by, 'book_on_behalf', {}, { kind: 'appointment', id: appointment.id, municipalityId: appointment.municipality_id });
          return { appointment, replayed: false };
        }),
      key,
      onTaken && ((taken) => onTaken(taken, ctx)),
    );
  };
  try {
    if (!rushed) return await book();
    const time = [input.municipalityId, input.topicId, input.mode, input.interpretation ?? '', input.start.toISOString()].join('|');
    const retried = idempotencyKey ? { actorKey: key, idempotencyKey, answer: async () => (await replay())! } : undefined;
    return await throughRush(knex, { key: time, now, check, attempt: book, replay: retried });
  } catch (err) {
    // The same key raced itself: the other request booked; answer with its booking.
    if (idempotencyKey && isUniqueViolation(err, 'appointments_actor_key_idempotency_key_unique')) {
      const previous = await findByIdempotencyKey(knex, key, idempotencyKey);
      if (previous) return { appointment: previous, replayed: true };
    }
    if (isClosedTime(err)) throw closedTimeError(); // a hold on a day closed meanwhile
    throw err;
  }
}

/** Staff book and hold only for the municipality they act for. */
export function assertOwnMunicipality(actor: Actor, municipalityId: string) {
  if (actor.kind === 'employee' && actor.municipalityId !== municipalityId) {
    throw forbidden('other_municipality', 'Μπορείτε να κλείνετε ραντεβού μόνο για τον δήμο σας.', 'You can only book for your own municipality.');
  }
}

const findByIdempotencyKey = (knex: Knex, key: string, idempotencyKey: string) =>
  knex<AppointmentRow>('appointments').where({ actor_key: key, idempotency_key: idempotencyKey }).whereNot('status', 'held').first();

/** A citizen booking online always gives an e-mail; only staff may leave it out, or give the caller's ΑΦΜ. */
function assertStaffOnlyFields(actor: Actor, input: BookingInput | StaffBookingInput) {
  if (actor.kind === 'employee') return;
  if (!input.person.email) throw invalid('validation_failed', 'Συμπληρώστε το e-mail.', 'Enter the e-mail address.', { field: 'person.email' });
  if ('taxId' in input.person && input.person.taxId) throw invalid('validation_failed', 'Ο ΑΦΜ δίνεται μόνο στο γκισέ.', 'The tax number is given at the desk only.', { field: 'person.taxId' });
}

function personColumns(actor: Actor, input: BookingInput | StaffBookingInput, now: Date, key: string, idempotencyKey?: string) {
  const b = input.onBehalfOf;
  return {
    status: 'booked' as const,
    reference: appointmentReference(),
    user_id: actor.kind === 'citizen' ? actor.userId : (null as string | null),
    booked_by_employee_id: actor.kind === 'employee' ? actor.employeeId : null,
    requested_employee_id: input.requestedEmployeeId,
    person_full_name: input.person.fullName,
    person_email: input.person.email ?? null,
    person_phone: input.person.phone,
    ...textsTo(actor, input, now),
    language: input.person.language,
    on_behalf_kind: b.kind,
    booker_full_name: b.kind === 'other' ? b.bookerFullName : null,
    company_tax_id: b.kind === 'business' ? b.companyTaxId : null,
    company_name: b.kind === 'business' ? b.companyName : null,
    business_auth: b.kind === 'business' ? b.auth : null,
    third_person_name: input.thirdPerson?.fullName ?? null,
    third_person_email: input.thirdPerson?.email ?? null,
    notes: input.notes ?? null,
    declared_true_at: now,
    privacy_read_at: now,
    actor_key: key,
    idempotency_key: idempotencyKey ?? null,
    hold_expires_at: null,
    holder_key: null,
  };
}

/**
 * The mobile the person gets texts on, and when they agreed: when they ticked
 * the box (then the number must be a Greek mobile), or, booked at the desk
 * without an e-mail, whenever the number given is a mobile (the caller asked
 * to be told by text instead).
 */
function textsTo(actor: Actor, input: BookingInput | StaffBookingInput, now: Date): { sms_phone: string | null; sms_consent_at: Date | null } {
  const mobile = greekMobileE164(input.person.phone);
  if (input.person.smsConsent && !mobile) {
    throw invalid(
      'not_a_mobile',
      'Για να λαμβάνετε SMS, δώστε ελληνικό κινητό, π.χ. 6912345678 ή +30 6912345678.',
      'To get texts, give a Greek mobile number, e.g. 6912345678 or +30 6912345678.',
      { field: 'person.phone' },
    );
  }
  const texted = input.person.smsConsent || (actor.kind === 'employee' && !input.person.email && mobile !== null);
  return texted ? { sms_phone: mobile, sms_consent_at: now } : { sms_phone: null, sms_consent_at: null };
}

/** "For another person" names two people: the one who attends (person) and the one who books. */
function assertSomeoneElse(input: { onBehalfOf: BookingInput['onBehalfOf']; person: { fullName: string } }) {
  const b = input.onBehalfOf;
  if (b.kind !== 'other' || !sameName(b.bookerFullName, input.person.fullName)) return;
  throw ruleBroken('same_person',
    'Το πρόσωπο που θα παρευρεθεί έχει το ίδιο όνομα με αυτόν που κλείνει το ραντεβού. Αν το ραντεβού είναι για τον ίδιο, δηλώστε το έτσι· αλλιώς δώστε τα στοιχεία του προσώπου που θα παρευρεθεί.',
    'The person who will attend has the same name as the person making the booking. If it is for themselves, say so; otherwise give the details of the person who will attend.',
    { field: 'onBehalfOf.bookerFullName' },
  );
}

/** A company's own credentials prove the company; a person may only declare one. */
function assertBusinessClaim(actor: Actor, input: Pick<BookingInput, 'onBehalfOf'>) {
  const b = input.onBehalfOf;
  if (b.kind !== 'business' || b.auth !== 'company_credentials') return;
  if (actor.kind !== 'citizen' || !actor.isCompany || actor.taxId !== b.companyTaxId) {
    throw ruleBroken('company_not_signed_in',
      'Η επιχείρηση δεν έχει συνδεθεί με τους δικούς της κωδικούς: επιλέξτε «δηλώνω ότι εκπροσωπώ την επιχείρηση».',
      'The company did not sign in with its own credentials: choose "I declare that I represent the company".',
      { field: 'onBehalfOf.auth' },
    );
  }
}

async function assertRequestable(knex: Knex, ctx: BookingContext, employeeId: string) {
  const qualified = await qualifiedEmployees(knex, ctx.municipality.id, ctx.topic.id, ctx.mode);
  if (!qualified.some((e) => e.id === employeeId)) {
    throw ruleBroken('employee_not_available', 'Ο υπάλληλος που ζητήσατε δεν εξυπηρετεί αυτή την υπηρεσία.', 'The employee you asked for does not handle this service.', { field: 'requestedEmployeeId' });
  }
}

/** Turns the caller's own, unexpired, matching hold into the booking. */
async function bookFromHold(trx: Knex.Transaction, ctx: BookingContext, holderKey: string, input: BookingInput | StaffBookingInput, person: ReturnType<typeof personColumns>, now: Date) {
  const hold = await trx<AppointmentRow>('appointments').where({ id: input.holdId, status: 'held', holder_key: holderKey }).forUpdate().first();
  const matches =
    hold &&
    hold.hold_expires_at! > now &&
    hold.municipality_id === ctx.municipality.id &&
    hold.topic_id === ctx.topic.id &&
    hold.mode === ctx.mode &&
    hold.starts_at.getTime() === input.start.getTime() &&
    hold.interpretation === input.interpretation &&
    (!input.requestedEmployeeId || hold.employee_id === input.requestedEmployeeId);
  if (!matches) {
    // Expired or for another slot: let it go and book as if there were none.
    if (hold) await trx('appointments').where({ id: hold.id }).delete();
    return null;
  }
  const [row] = await trx<AppointmentRow>('appointments').where({ id: hold.id }).update({ ...person, updated_at: now }).returning('*');
  return row!;
}

async function bookFreeSlot(trx: Knex.Transaction, ctx: BookingContext, input: BookingInput | StaffBookingInput, person: ReturnType<typeof personColumns>, now: Date) {
  const { slot, takenMeanwhile } = await findOfferedSlotOrLost(trx, ctx, input, now, 'defer');
  await releaseExpiredHolds(trx, slot, now);
  const row = await reserve(trx, ctx, slot, input, now, person);
  if (!row) throw takenMeanwhile();
  return row;
}
