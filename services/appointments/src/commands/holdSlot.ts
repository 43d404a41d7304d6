import type { InterpretationKind, Mode } from '@muni/domain';
import type { Knex } from 'knex';
import { type Actor, actorKey } from '../actor';
import { assertCitizenMayBook } from '../booking/citizenLimits';
import { assertSpecialRequirements, loadBookingContext } from '../booking/context';
import { assertTakesBookings } from '../booking/takesBookings';
import { answerLostSlot, findOfferedSlot, releaseExpiredHolds, reserve, SlotLost } from '../booking/reserve';
import type { CommandDeps } from '../deps';
import { requireBooker } from '../policies';
import { assertOwnMunicipality } from './bookAppointment';

export interface HoldInput {
  municipalityId: string;
  topicId: string;
  mode: Mode;
  start: Date;
  interpretation: InterpretationKind | null;
  requestedEmployeeId: string | null;
}

/**
 * Holds a slot for the caller while they fill in the form: a row with status
 * 'held' that the exclusion constraint protects like a booking. A caller has
 * at most one hold: picking another slot releases the previous one.
 */
export async function holdSlot(deps: CommandDeps, actor: Actor, input: HoldInput) {
  requireBooker(actor);
  const now = deps.now();
  const key = actorKey(actor);
  assertOwnMunicipality(actor, input.municipalityId);
  const ctx = await loadBookingContext(deps.knex, input);
  assertTakesBookings(ctx.municipality);
  assertSpecialRequirements(ctx, { interpretation: input.interpretation, thirdPerson: null });
  return answerLostSlot(deps.knex, ctx, input, now, () =>
    deps.knex.transaction(async (trx) => {
      await assertCitizenMayBook(trx, actor, ctx, now); // told at the first step, not after filling in the form
      await releaseHoldsOf(trx, key);
      const slot = await findOfferedSlot(trx, ctx, input, now, 'defer');
      await releaseExpiredHolds(trx, slot, now);
      const expiresAt = new Date(now.getTime() + ctx.municipality.hold_minutes * 60_000);
      const row = await reserve(trx, ctx, slot, input, now, { status: 'held', hold_expires_at: expiresAt, holder_key: key, requested_employee_id: input.requestedEmployeeId });
      if (!row) throw new SlotLost();
      return { id: row.id, expiresAt };
    }),
    key,
  );
}

/** The caller lets their hold go (the wizard's "back" or a new pick). */
export async function releaseHold(deps: CommandDeps, actor: Actor, id: string): Promise<void> {
  requireBooker(actor);
  await releaseHoldsOf(deps.knex, actorKey(actor), id);
}

export const releaseHoldsOf = (knex: Knex, holderKey: string, id?: string) => {
  const q = knex('appointments').where({ status: 'held', holder_key: holderKey });
  if (id) q.where({ id });
  return q.delete();
};

/** Holds past their time; the booking path removes them lazily, a job sweeps the rest. */
export const purgeExpiredHolds = (knex: Knex, now: Date) =>
  knex('appointments').where({ status: 'held' }).where('hold_expires_at', '<=', now).delete();
