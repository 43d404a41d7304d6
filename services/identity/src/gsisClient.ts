import * as oauth from 'oauth4webapi';
import { GsisError } from './gsisError';
import { type GsisAudience, GSIS_PATHS } from './gsisPaths';
import { type GsisUser, parseUserinfoXml } from './userinfoXml';

export interface GsisClientConfig {
  /** e.g. https://test.gsis.gr, or the stand-in's http://127.0.0.1:port[/dev/gsis] */
  baseUrl: string;
  /** Citizens (`/oauth2server`) or public-sector employees (`/oauth2servergov`); the client was registered for one. */
  audience: GsisAudience;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Send a PKCE S256 challenge and verifier. Default true. */
  usePkce?: boolean;
  /** Per-request time limit towards GSIS. Default 10 s. */
  timeoutMs?: number;
}

export interface GsisLoginStart {
  /** Where to send the browser. */
  url: string;
  /** Keep these two server-side (e.g. in the session) until the callback. */
  state: string;
  codeVerifier: string;
}

export interface GsisClient {
  startLogin(): Promise<GsisLoginStart>;
  finishLogin(callbackUrl: URL, expected: { state: string; codeVerifier: string }): Promise<GsisUser>;
  logoutUrl(returnTo: string): string;
}

export function createGsisClient(config: GsisClientConfig): GsisClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const usePkce = config.usePkce ?? true;
  const timeoutMs = config.timeoutMs ?? 10_000;
  const paths = GSIS_PATHS[config.audience];
  // oauth4webapi refuses plain http; the local stand-in is the only place that may use it.
  const allowHttp = isLoopbackHttp(base);
  if (!allowHttp && new URL(base).protocol !== 'https:') {
    throw new Error(`GSIS base URL must use https (plain http only for localhost): ${base}`);
  }

  // GSIS publishes no discovery document, so the metadata is declared by hand.
  const as: oauth.AuthorizationServer = {
    issuer: base,
    authorization_endpoint: base + paths.authorize,
    token_endpoint: base + paths.token,
  };
  const client: oauth.Client = { client_id: config.clientId, token_endpoint_auth_method: 'client_secret_post' };
  const clientAuth = oauth.ClientSecretPost(config.clientSecret);
  const httpOptions = () => ({ [oauth.allowInsecureRequests]: allowHttp, signal: AbortSignal.timeout(timeoutMs) });

  return {
    async startLogin() {
      const state = oauth.generateRandomState();
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const url = new URL(as.authorization_endpoint!);
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('redirect_uri', config.redirectUri);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('scope', 'read');
      url.searchParams.set('state', state);
      if (usePkce) {
        url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
        url.searchParams.set('code_challenge_method', 'S256');
      }
      return { url: url.href, state, codeVerifier };
    },

    async finishLogin(callbackUrl, expected) {
      const params = validateCallback(as, client, callbackUrl, expected.state);

      let accessToken: string;
      try {
        const response = await oauth.authorizationCodeGrantRequest(
          as,
          client,
          clientAuth,
          params,
          config.redirectUri,
          usePkce ? expected.codeVerifier : oauth.nopkce,
          httpOptions(),
        );
        const tokens = await oauth.processAuthorizationCodeResponse(as, client, await tolerateGsisTokenResponse(response));
        accessToken = tokens.access_token;
      } catch (cause) {
        throw new GsisError('token_exchange_failed', `GSIS token exchange failed: ${describe(cause)}`, { cause });
      }

      let xml: string;
      try {
        const url = new URL(base + paths.userinfo);
        url.searchParams.set('format', 'xml');
        const headers = new Headers({ accept: 'application/xml, text/xml' });
        const response = await oauth.protectedResourceRequest(accessToken, 'GET', url, headers, null, httpOptions());
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        xml = await response.text();
      } catch (cause) {
        throw new GsisError('userinfo_failed', `GSIS userinfo request failed: ${describe(cause)}`, { cause });
      }
      // Throws GsisError: userinfo_failed (not a userinfo document) or missing_tax_id.
      return parseUserinfoXml(xml);
    },

    logoutUrl(returnTo) {
      return `${base}${paths.logout}/${encodeURIComponent(config.clientId)}/?url=${encodeURIComponent(returnTo)}`;
    },
  };
}

/**
 * Checks the redirect back from GSIS: our state first (a mismatch means the
 * callback was not started by this browser session), then any error GSIS
 * reports, then that a code is present.
 */
function validateCallback(
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  callbackUrl: URL,
  expectedState: string,
): URLSearchParams {
  const state = callbackUrl.searchParams.get('state');
  if (!expectedState || state !== expectedState) {
    throw new GsisError('invalid_state', state ? 'GSIS callback state does not match' : 'GSIS callback state missing');
  }
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callbackUrl, expectedState);
  } catch (cause) {
    const providerError = callbackUrl.searchParams.get('error') ?? undefined;
    throw new GsisError('provider_error', `GSIS returned an error: ${providerError ?? describe(cause)}`, {
      cause,
      providerError,
    });
  }
  if (!params.get('code')) throw new GsisError('provider_error', 'GSIS callback carries no authorization code');
  return params;
}

/**
 * GSIS's token endpoint is older than the checks oauth4webapi applies: it may
 * omit `token_type` (it is always a bearer token), send a non-JSON content type
 * or a list-valued scope. Rebuild a conforming response; anything that is not a
 * JSON object is passed through for oauth4webapi to reject.
 */
export async function tolerateGsisTokenResponse(response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, { status: response.status, headers: response.headers });
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const json = body as Record<string, unknown>;
    json.token_type ??= 'bearer';
    if (Array.isArray(json.scope)) json.scope = json.scope.join(' ');
  }
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

function isLoopbackHttp(base: string): boolean {
  const url = new URL(base);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function describe(error: unknown): string {
  if (error instanceof oauth.ResponseBodyError) return `${error.error}${error.error_description ? ` (${error.error_description})` : ''}`;
  return error instanceof Error ? error.message : String(error);
}
