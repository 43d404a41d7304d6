export interface StandInClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface AuthorizeRequest {
  client: StandInClient;
  redirectUri: string;
  state: string | undefined;
  scope: string;
  codeChallenge: string | undefined;
}

export type AuthorizeValidation =
  | { ok: true; request: AuthorizeRequest }
  /** The client or redirect URI cannot be trusted: show an error page, never redirect (RFC 6749 §4.1.2.1). */
  | { ok: false; kind: 'page'; messageEl: string; messageEn: string }
  /** The redirect URI is trusted: report the error back to the client. */
  | { ok: false; kind: 'redirect'; redirectUri: string; state: string | undefined; error: string; description: string };

/**
 * Validates authorize parameters, both on the GET that shows the sign-in page
 * and again on the POST of that page (the hidden fields could be altered).
 */
export function validateAuthorizeRequest(
  params: (name: string) => string | undefined,
  clients: readonly StandInClient[],
): AuthorizeValidation {
  const client = clients.find((c) => c.clientId === params('client_id'));
  if (!client) {
    return {
      ok: false,
      kind: 'page',
      messageEl: 'Άγνωστη εφαρμογή (client_id).',
      messageEn: 'Unknown application (client_id).',
    };
  }
  const redirectUri = params('redirect_uri');
  // Exact string comparison, as GSIS does: no prefix or pattern matching.
  if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
    return {
      ok: false,
      kind: 'page',
      messageEl: 'Η διεύθυνση επιστροφής (redirect_uri) δεν είναι καταχωρισμένη για αυτή την εφαρμογή.',
      messageEn: 'The return address (redirect_uri) is not registered for this application.',
    };
  }
  const state = params('state') || undefined;
  const fail = (error: string, description: string): AuthorizeValidation => ({
    ok: false,
    kind: 'redirect',
    redirectUri,
    state,
    error,
    description,
  });
  if (params('response_type') !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
  const codeChallenge = params('code_challenge') || undefined;
  const method = params('code_challenge_method') || undefined;
  if (codeChallenge !== undefined && method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
  if (codeChallenge === undefined && method !== undefined) return fail('invalid_request', 'code_challenge missing');
  if (codeChallenge !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
    return fail('invalid_request', 'code_challenge is malformed');
  }
  return { ok: true, request: { client, redirectUri, state, scope: params('scope') || 'read', codeChallenge } };
}

/** `redirectUri` with the given parameters added (keeps any query it already has). */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

/** Logout may only send the browser back to a site the client registered. */
export function isAllowedLogoutTarget(target: string | undefined, client: StandInClient): boolean {
  if (!target || !URL.canParse(target)) return false;
  const origin = new URL(target).origin;
  return origin !== 'null' && client.redirectUris.some((uri) => URL.canParse(uri) && new URL(uri).origin === origin);
}
