import type { Knex } from 'knex';
import type { Context, Next } from 'koa';
import { actorForSession } from '@muni/appointments';
import type { SessionRow } from './sessions';

/** Reads who the session belongs to into ctx.state.actor. */
export function resolveActor(knex: Knex) {
  return async (ctx: Context, next: Next) => {
    ctx.state.actor = await actorForSession(knex, ctx.state.session as SessionRow | null);
    await next();
  };
}
