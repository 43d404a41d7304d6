/**
 * An error a person can act on: HTTP status, a machine code and the message
 * in Greek and English. Everything the API rejects goes through this shape.
 */
export class HttpError extends Error {
  constructor(
    public status: number,
    public code: string,
    public messageEl: string,
    public messageEn: string,
    public extra: Record<string, unknown> = {},
  ) {
    super(messageEn);
    this.name = 'HttpError';
  }

  toBody() {
    return { error: { code: this.code, message: { el: this.messageEl, en: this.messageEn }, ...this.extra } };
  }
}

export const notFound = (what: { el: string; en: string }) =>
  new HttpError(404, 'not_found', `Δεν βρέθηκε: ${what.el}.`, `Not found: ${what.en}.`);
