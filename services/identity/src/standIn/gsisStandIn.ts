import { createHash, timingSafeEqual } from 'node:crypto';
import { bodyParser } from '@koa/bodyparser';
import { Router } from '@koa/router';
import Koa, { type Context, type Middleware } from 'koa';
import { type GsisAudience, GSIS_PATHS } from '../gsisPaths';
import { renderUserinfoXml } from '../userinfoXml';
import {
  isAllowedLogoutTarget,
  redirectWith,
  type StandInClient,
  validateAuthorizeRequest,
} from './authorizeRequest';
import type { DemoPerson } from './demoPeople';
import { GrantStore } from './grants';
import { renderErrorPage, renderSignInPage } from './pages';

export interface GsisStandInOptions {
  /**
   * Which GSIS service this stands in for. It answers only that service's
   * paths, as the real one does (`/oauth2server/...` for citizens,
   * `/oauth2servergov/...` for public-sector employees), so a client built
   * for the other family fails here too.
   */
  audience: GsisAudience;
  clients: StandInClient[];
  people: readonly DemoPerson[];
  /** Page heading, e.g. 'Taxisnet (τοπικό υποκατάστατο)'. */
  title: string;
  /**
   * Public path prefix the endpoints live under, e.g. '/dev/gsis' when composed
   * into the main server. Routes, form actions and redirects all include it.
   * Default '' (served at the root of its own port).
   */
  basePath?: string;
  /** Clock for code and token expiry; tests may replace it. */
  now?: () => number;
  /**
   * Answer userinfo in every odd shape GSIS is known to use at once (padding on
   * both sides, names as character references, other attribute order, extra
   * attributes and elements); see renderUserinfoXml. Default false.
   */
  oddShapes?: boolean;
}

/** A stand-alone Koa app implementing GSIS's OAuth2 endpoints; `app.listen(port)` it. */
export function createGsisStandIn(options: GsisStandInOptions): Koa {
  const app = new Koa();
  app.use(createGsisStandInMiddleware(options));
  return app;
}

/**
 * The same endpoints as one Koa middleware, for composing into another app
 * with `app.use(...)`: it answers only paths under `basePath` + its audience's
 * root ('/oauth2server' or '/oauth2servergov') and passes everything else on.
 */
export function createGsisStandInMiddleware(options: GsisStandInOptions): Middleware {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const grants = new GrantStore(options.now);
  const router = new Router({ prefix: basePath || undefined });
  const parseForm = bodyParser({ enableTypes: ['form'] });
  const paths = GSIS_PATHS[options.audience];
  const authorizeAction = basePath + paths.authorize;

  const sendHtml = (ctx: Context, status: number, html: string) => {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    // The URL carries state and codes: never leak it to other sites.
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    ctx.body = html;
  };

  /** The validated request, or null once the error page or error redirect has been sent. */
  const acceptAuthorizeRequest = (ctx: Context, params: (name: string) => string | undefined) => {
    const validation = validateAuthorizeRequest(params, options.clients);
    if (!validation.ok && validation.kind === 'page') {
      sendHtml(ctx, 400, renderErrorPage({ title: options.title, ...validation }));
      return null;
    }
    if (!validation.ok) {
      const { redirectUri, state, error, description } = validation;
      ctx.redirect(redirectWith(redirectUri, { error, error_description: description, state }));
      return null;
    }
    return validation.request;
  };

  router.get(paths.authorize, async (ctx) => {
    const request = acceptAuthorizeRequest(ctx, (name) => queryParam(ctx, name));
    if (!request) return;
    sendHtml(ctx, 200, renderSignInPage({ title: options.title, action: authorizeAction, request, people: options.people }));
  });

  router.post(paths.authorize, parseForm, async (ctx) => {
    const form = formParams(ctx);
    const request = acceptAuthorizeRequest(ctx, form);
    if (!request) return;
    if (form('action') === 'cancel') {
      ctx.redirect(redirectWith(request.redirectUri, { error: 'access_denied', state: request.state }));
      return;
    }
    const person = options.people.find((p) => p.taxId === form('person'));
    if (!person) {
      const page = renderSignInPage({
        title: options.title,
        action: authorizeAction,
        request,
        people: options.people,
        showPersonMissing: true,
      });
      sendHtml(ctx, 400, page);
      return;
    }
    const code = grants.issueCode({
      clientId: request.client.clientId,
      redirectUri: request.redirectUri,
      person,
      scope: request.scope,
      codeChallenge: request.codeChallenge,
    });
    ctx.redirect(redirectWith(request.redirectUri, { code, state: request.state }));
  });

  router.post(paths.token, parseForm, async (ctx) => {
    const form = formParams(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Pragma', 'no-cache');
    const oauthError = (status: number, error: string, description: string) => {
      ctx.status = status;
      ctx.body = { error, error_description: description };
    };

    const credentials = clientCredentials(ctx.get('authorization'), form);
    const client = options.clients.find((c) => c.clientId === credentials.clientId);
    if (!client || credentials.clientSecret === undefined || !secretsEqual(client.clientSecret, credentials.clientSecret)) {
      if (ctx.get('authorization')) ctx.set('WWW-Authenticate', 'Basic realm="oauth2server"');
      return oauthError(401, 'invalid_client', 'client authentication failed');
    }
    if (form('grant_type') !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', 'only authorization_code is supported');
    }
    const code = form('code');
    const redirectUri = form('redirect_uri');
    if (!code || !redirectUri) return oauthError(400, 'invalid_request', 'code and redirect_uri are required');

    const result = grants.redeemCode({ code, clientId: client.clientId, redirectUri, codeVerifier: form('code_verifier') });
    if (!result.ok) return oauthError(400, result.error, result.description);
    ctx.body = { access_token: result.accessToken, token_type: 'bearer', expires_in: result.expiresIn, scope: result.scope };
  });

  router.get(paths.userinfo, async (ctx) => {
    const match = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
    const person = match?.[1] ? grants.personForToken(match[1]) : null;
    if (!person) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      ctx.body = { error: 'invalid_token', error_description: 'access token is unknown or expired' };
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/xml; charset=utf-8';
    ctx.body = renderUserinfoXml(person, { oddShapes: options.oddShapes });
  });

  router.get(`${paths.logout}/:clientId`, async (ctx) => {
    const client = options.clients.find((c) => c.clientId === ctx.params.clientId);
    const target = queryParam(ctx, 'url');
    if (!client || !isAllowedLogoutTarget(target, client)) {
      const page = renderErrorPage({
        title: options.title,
        messageEl: 'Η διεύθυνση επιστροφής μετά την αποσύνδεση δεν επιτρέπεται για αυτή την εφαρμογή.',
        messageEn: 'The return address after sign-out is not allowed for this application.',
      });
      sendHtml(ctx, 400, page);
      return;
    }
    ctx.redirect(target!);
  });

  // The router adds ctx.params itself; callers need only a plain Koa middleware.
  return router.routes() as Middleware;
}

function queryParam(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  return typeof value === 'string' ? value : undefined;
}

function formParams(ctx: Context): (name: string) => string | undefined {
  const body = ctx.request.body;
  return (name) => {
    if (typeof body !== 'object' || body === null) return undefined;
    const value = (body as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
}

/** client_secret_basic or client_secret_post; GSIS accepts both. */
function clientCredentials(
  authorization: string,
  form: (name: string) => string | undefined,
): { clientId: string | undefined; clientSecret: string | undefined } {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization);
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { clientId: undefined, clientSecret: undefined };
    return {
      clientId: decodeFormComponent(decoded.slice(0, colon)),
      clientSecret: decodeFormComponent(decoded.slice(colon + 1)),
    };
  }
  return { clientId: form('client_id'), clientSecret: form('client_secret') };
}

function decodeFormComponent(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}

function secretsEqual(expected: string, given: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
