export type GsisErrorCode =
  | 'invalid_state'
  | 'provider_error'
  | 'token_exchange_failed'
  | 'userinfo_failed'
  /** GSIS answered with a userinfo document that names nobody: no tax id to sign in with. */
  | 'missing_tax_id';

/**
 * Why a GSIS sign-in failed. `providerError` carries the OAuth `error` value
 * GSIS sent back (e.g. 'access_denied' when the citizen pressed Cancel), so the
 * caller can tell a cancelled sign-in from a broken one.
 */
export class GsisError extends Error {
  override readonly name = 'GsisError';
  readonly code: GsisErrorCode;
  readonly providerError: string | undefined;

  constructor(code: GsisErrorCode, message: string, options: { cause?: unknown; providerError?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.providerError = options.providerError;
  }
}
