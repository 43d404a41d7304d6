/** A broken business rule, with a stable code for clients and a message in Greek and English. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly messageEl: string,
    readonly messageEn: string,
    /** HTTP-ish: 409 = conflicts with the current state, 422 = a rule forbids the request. */
    readonly status: 409 | 422 = 422,
  ) {
    super(messageEn);
  }
}
