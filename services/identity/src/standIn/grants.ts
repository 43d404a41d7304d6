import { createHash, randomBytes } from 'node:crypto';
import type { DemoPerson } from './demoPeople';

export const CODE_TTL_MS = 60_000;
export const ACCESS_TOKEN_TTL_S = 3600;

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  person: DemoPerson;
  scope: string;
  codeChallenge: string | undefined;
  expiresAt: number;
  used: boolean;
  /** Tokens bought with this code, revoked if the code is replayed. */
  accessTokens: string[];
}

interface IssuedToken {
  person: DemoPerson;
  expiresAt: number;
}

export type Redemption =
  | { ok: true; accessToken: string; expiresIn: number; scope: string }
  | { ok: false; error: 'invalid_grant' | 'invalid_request'; description: string };

/**
 * The stand-in's in-memory authorization codes and access tokens. One store
 * per stand-in instance; nothing survives a restart, which is fine for a
 * development double.
 */
export class GrantStore {
  private readonly codes = new Map<string, IssuedCode>();
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly now: () => number = Date.now) {}

  issueCode(grant: { clientId: string; redirectUri: string; person: DemoPerson; scope: string; codeChallenge?: string }): string {
    this.prune();
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId: grant.clientId,
      redirectUri: grant.redirectUri,
      person: grant.person,
      scope: grant.scope,
      codeChallenge: grant.codeChallenge,
      expiresAt: this.now() + CODE_TTL_MS,
      used: false,
      accessTokens: [],
    });
    return code;
  }

  /** Exchanges a code for an access token, enforcing RFC 6749 §4.1.3 and RFC 7636. */
  redeemCode(request: { code: string; clientId: string; redirectUri: string; codeVerifier?: string }): Redemption {
    const issued = this.codes.get(request.code);
    if (!issued || issued.expiresAt <= this.now() || issued.clientId !== request.clientId) {
      return invalidGrant('authorization code is unknown or expired');
    }
    if (issued.used) {
      // A replayed code may have been stolen: also withdraw what it already bought (RFC 6749 §4.1.2).
      for (const token of issued.accessTokens) this.tokens.delete(token);
      return invalidGrant('authorization code has already been used');
    }
    // Consumed on the first attempt, successful or not, so it cannot be retried.
    issued.used = true;
    if (request.redirectUri !== issued.redirectUri) {
      return invalidGrant('redirect_uri does not match the authorization request');
    }
    const pkce = checkPkce(issued.codeChallenge, request.codeVerifier);
    if (pkce) return pkce;

    const accessToken = randomBytes(32).toString('base64url');
    this.tokens.set(accessToken, { person: issued.person, expiresAt: this.now() + ACCESS_TOKEN_TTL_S * 1000 });
    issued.accessTokens.push(accessToken);
    return { ok: true, accessToken, expiresIn: ACCESS_TOKEN_TTL_S, scope: issued.scope };
  }

  personForToken(accessToken: string): DemoPerson | null {
    const token = this.tokens.get(accessToken);
    if (!token || token.expiresAt <= this.now()) return null;
    return token.person;
  }

  private prune(): void {
    const now = this.now();
    for (const [code, issued] of this.codes) if (issued.expiresAt <= now) this.codes.delete(code);
    for (const [token, issued] of this.tokens) if (issued.expiresAt <= now) this.tokens.delete(token);
  }
}

function checkPkce(challenge: string | undefined, verifier: string | undefined): Redemption | null {
  if (challenge === undefined) {
    return verifier === undefined ? null : invalidGrant('code_verifier sent but no code_challenge was given');
  }
  if (verifier === undefined) return { ok: false, error: 'invalid_request', description: 'code_verifier required' };
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return invalidGrant('code_verifier is malformed');
  const computed = createHash('sha256').update(verifier).digest('base64url');
  return computed === challenge ? null : invalidGrant('code_verifier does not match code_challenge');
}

function invalidGrant(description: string): Redemption {
  return { ok: false, error: 'invalid_grant', description };
}
