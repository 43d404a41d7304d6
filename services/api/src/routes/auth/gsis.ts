import Router from '@koa/router';
import { type GsisClient, GsisError, type GsisUser } from '@muni/identity';
import type { Context } from 'koa';
import type { AppDeps } from '../../deps';
import type { SessionRow, Sessions } from '../../auth/sessions';
import { signInCitizen, signInEmployee, signOut } from '@muni/appointments';
import { HttpError } from '../../lib/httpError';
import { toHttpError } from '../../middlewares/errors';
import { signInFailedPage } from './signInFailedPage';
import { requester } from '../../lib/requester';

type Provider = 'gsis' | 'gsis-gov';

const LOCAL = new URL('http://local.invalid');

/**
 * Only same-site paths: never an open redirect. Browsers ignore tabs and line
 * breaks in URLs and read `\` as `/`, so `/\t/evil.example` would be `//evil.example`:
 * such characters are refused, and the result must still resolve to our own origin.
 */
export function safeReturnTo(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 500 || !value.startsWith('/') || value.startsWith('//')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f\s]/.test(value)) return fallback;
  if (!URL.canParse(value, LOCAL) || new URL(value, LOCAL).origin !== LOCAL.origin) return fallback;
  return value;
}

/**
 * Sign-in with GSIS (Taxisnet): citizens and companies through `gsis`,
 * municipal employees through the public-sector variant `gsis-gov`.
 * The session is rotated on success; a failed callback leaves no new session
 * and never ends one that was already signed in.
 */
export function gsisRoutes(deps: AppDeps, sessions: Sessions, clients: Record<Provider, GsisClient>) {
  const router = new Router();

  for (const provider of ['gsis', 'gsis-gov'] as const) {
    const client = clients[provider];
    router.get(`/auth/${provider}/login`, async (ctx) => {
      const returnTo = safeReturnTo(ctx.query.returnTo, provider === 'gsis' ? '/appointments' : '/console');
      const start = await client.startLogin();
      const oauth = { provider, state: start.state, codeVerifier: start.codeVerifier, returnTo };
      const current = ctx.state.session as SessionRow | null;
      if (current) await sessions.update(current, { data: { ...current.data, oauth } });
      else await sessions.create(ctx, { kind: 'anonymous', data: { oauth } });
      ctx.redirect(start.url);
    });

    router.get(`/auth/${provider}/callback`, async (ctx) => {
      try {
        await finishSignIn(ctx, provider);
      } catch (err) {
        // A browser gets a page it can act on; API clients keep the JSON error.
        const failure = toHttpError(err);
        if (!failure || ctx.accepts('json', 'html') !== 'html') throw err;
        ctx.status = failure.status;
        ctx.type = 'html';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = signInFailedPage(failure, `/auth/${provider}/login?returnTo=${encodeURIComponent(provider === 'gsis' ? '/appointments' : '/console')}`);
      }
    });
  }

  /** The callback's work; every refusal leaves an existing sign-in untouched (see abandonSignIn). */
  async function finishSignIn(ctx: Context, provider: Provider) {
    const client = clients[provider];
    const current = ctx.state.session as SessionRow | null;
    const oauth = current?.data.oauth as { provider: Provider; state: string; codeVerifier: string; returnTo: string } | undefined;
    if (!current || !oauth || oauth.provider !== provider) {
      // Nothing of ours is waiting for this answer (a replay, a stale tab, a forged link): an
      // existing session is not ended, so nobody can be signed out by a link. A sign-in that
      // was waiting for the other provider is abandoned (it cannot finish here).
      if (current && oauth) await abandonSignIn(ctx, current);
      throw new HttpError(400, 'sign_in_expired', 'Η σύνδεση έληξε ή δεν ξεκίνησε από εδώ. Ξεκινήστε ξανά τη σύνδεση.', 'The sign-in expired or did not start here. Please start signing in again.');
    }
    let user: GsisUser;
    try {
      user = await client.finishLogin(ctx.URL, { state: oauth.state, codeVerifier: oauth.codeVerifier });
    } catch (err) {
      await abandonSignIn(ctx, current);
      if (err instanceof GsisError) throw signInFailed(err);
      throw err;
    }
    try {
      if (provider === 'gsis') await startCitizenSession(deps, sessions, ctx, current, user);
      else await startEmployeeSession(deps, sessions, ctx, current, user);
    } catch (err) {
      await abandonSignIn(ctx, current); // e.g. not an employee of any municipality
      throw err;
    }
    ctx.redirect(oauth.returnTo);
  }

  /**
   * A sign-in that failed: the pending OAuth state goes; a session that held
   * nothing else goes with it, and one already signed in stays signed in.
   */
  async function abandonSignIn(ctx: Context, current: SessionRow) {
    if (current.kind === 'anonymous') return sessions.destroy(ctx, current);
    const { oauth: _dropped, ...rest } = current.data;
    await sessions.update(current, { data: rest });
  }

  router.post('/auth/logout', async (ctx) => {
    const current = ctx.state.session as SessionRow | null;
    const provider: Provider = current?.kind === 'employee' ? 'gsis-gov' : 'gsis';
    if (current) {
      await signOut(deps, requester(ctx), current);
      sessions.forget(ctx);
    }
    ctx.body = { logoutUrl: clients[provider].logoutUrl(`${deps.config.publicUrl}/`) };
  });

  return router;
}

function signInFailed(err: GsisError): HttpError {
  if (err.code === 'invalid_state') {
    return new HttpError(400, 'invalid_state', 'Η απάντηση σύνδεσης δεν αντιστοιχεί σε αυτό το πρόγραμμα περιήγησης. Ξεκινήστε ξανά τη σύνδεση.', 'The sign-in answer does not belong to this browser. Please start signing in again.');
  }
  // The code was already used, expired or not issued for our verifier: a replayed callback, not an outage.
  if (err.code === 'token_exchange_failed' && (err.cause as { error?: unknown } | undefined)?.error === 'invalid_grant') {
    return new HttpError(400, 'invalid_grant', 'Ο κωδικός σύνδεσης δεν ισχύει πια. Ξεκινήστε ξανά τη σύνδεση.', 'The sign-in code is no longer valid. Please start signing in again.');
  }
  // GSIS answered but named nobody: not an outage, and without a tax id there is nobody to sign in.
  if (err.code === 'missing_tax_id') {
    return new HttpError(502, 'gsis_no_tax_id', 'Το Taxisnet δεν έστειλε τον ΑΦΜ σας και χωρίς αυτόν η σύνδεση δεν μπορεί να ολοκληρωθεί. Αν συμβεί ξανά, επικοινωνήστε με την υποστήριξη του Taxisnet (ΓΓΠΣ).', 'Taxisnet did not send your tax number, and signing in cannot be completed without it. If it happens again, contact Taxisnet (GSIS) support.');
  }
  if (err.providerError === 'access_denied') {
    return new HttpError(400, 'sign_in_cancelled', 'Ακυρώσατε τη σύνδεση.', 'You cancelled signing in.');
  }
  return new HttpError(502, 'gsis_unavailable', 'Η υπηρεσία Taxisnet δεν απάντησε σωστά. Δοκιμάστε ξανά σε λίγο.', 'The Taxisnet service did not answer properly. Please try again shortly.');
}

async function startCitizenSession(deps: AppDeps, sessions: Sessions, ctx: Context, current: SessionRow, user: GsisUser) {
  const actor = await signInCitizen(deps, requester(ctx), user);
  ctx.state.session = await sessions.create(ctx, { kind: 'citizen', user_id: actor.userId }, current);
  ctx.state.actor = actor;
}

async function startEmployeeSession(deps: AppDeps, sessions: Sessions, ctx: Context, current: SessionRow, user: GsisUser) {
  const actor = await signInEmployee(deps, requester(ctx), user);
  ctx.state.session = await sessions.create(ctx, { kind: 'employee', employee_tax_id: user.taxId, active_municipality_id: actor.municipalityId }, current);
  ctx.state.actor = actor;
}
