import type { Knex } from 'knex';
import type { Context, Next } from 'koa';
import { actorForSession } from '@muni/appointments';
import type { SessionUserRow } from '@muni/db';
import type { SessionRow } from './sessions';

/** Reads who the session belongs to into ctx.state.actor. */
export function resolveActor(knex: Knex) {
  return async (ctx: Context, next: Next) => {
    const session = ctx.state.session as SessionRow | null;
    // The user was read with the session (Sessions.load): one query for both.
    ctx.state.actor = await actorForSession(knex, session, session ? (ctx.state.sessionUser as SessionUserRow | null | undefined) : undefined);
    await next();
  };
}
