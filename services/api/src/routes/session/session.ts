import Router from '@koa/router';
import type { AppDeps } from '../../deps';
import type { Actor } from '@muni/appointments';
import { pickMunicipality, requireEmployee, sessionUser, signOutEverywhere } from '@muni/appointments';
import type { SessionRow, Sessions } from '../../auth/sessions';
import { body } from '../../middlewares/validate';
import { pickMunicipality as pickMunicipalitySchema } from './schema';
import { requester } from '../../lib/requester';

/** The caller's session: who they are and the CSRF token for writes. Anyone may call it. */
export function sessionRoutes(deps: AppDeps, sessions: Sessions) {
  const router = new Router({ prefix: '/api/v1/session' });

  // Signed out, this stores nothing: the CSRF token lives in a cookie (Sessions.csrfToken).
  router.get('/', async (ctx) => {
    const session = ctx.state.session as SessionRow | null;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { csrfToken: sessions.csrfToken(ctx), user: session ? await sessionUser(deps.knex, session, ctx.state.actor as Actor) : null };
  });

  router.post('/municipality', async (ctx) => {
    requireEmployee(ctx.state.actor); // before the body: signed out is 401, not a 400 about the body
    const session = ctx.state.session as SessionRow;
    const { municipalityId } = body(ctx, pickMunicipalitySchema);
    // The actor and session were read before the pick: from here on they show the new one.
    ctx.state.actor = await pickMunicipality(deps, requester(ctx), session, municipalityId);
    session.active_municipality_id = municipalityId;
    ctx.body = { user: await sessionUser(deps.knex, session, ctx.state.actor as Actor) };
  });

  router.post('/logout-everywhere', async (ctx) => {
    const session = ctx.state.session as SessionRow;
    const count = await signOutEverywhere(deps, requester(ctx), session);
    sessions.forget(ctx);
    ctx.body = { sessionsEnded: count };
  });

  return router;
}
