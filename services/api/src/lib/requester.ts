import type { Actor, Requester } from '@muni/appointments';
import type { Context } from 'koa';

/** Who asks (the session's actor) and from where, as the application's commands take it. */
export const requester = (ctx: Context): Requester => ({ actor: ctx.state.actor as Actor, ip: ctx.ip });
