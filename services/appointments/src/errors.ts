/**
 * What the application refuses, typed by kind so that it needs no HTTP: the
 * API maps each kind to a status in one place (middlewares/errors.ts). Every
 * refusal has a stable code and a message in Greek and English a person can
 * act on; `extra` carries what helps them (the field, the next free times).
 */
export type AppErrorKind =
  | 'invalid' // the request is malformed or a field is wrong
  | 'sign_in_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // the current state does not allow it (a lost slot: with alternatives)
  | 'rule' // a rule of the service forbids it, with the reason in `code`
  | 'gone' // it existed and no longer applies (a replaced or cancelled link)
  | 'too_early'
  | 'unavailable'; // a part we depend on (LiveKit) is down

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    readonly code: string,
    readonly messageEl: string,
    readonly messageEn: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(messageEn);
  }
}

type Args = [code: string, messageEl: string, messageEn: string, extra?: Record<string, unknown>];

export const invalid = (...a: Args) => new AppError('invalid', ...a);
export const forbidden = (...a: Args) => new AppError('forbidden', ...a);
export const notFound = (...a: Args) => new AppError('not_found', ...a);
/** A conflict with the current state; `extra.alternatives` lists what is free instead. */
export const conflict = (...a: Args) => new AppError('conflict', ...a);
export const ruleBroken = (...a: Args) => new AppError('rule', ...a);
export const gone = (...a: Args) => new AppError('gone', ...a);
export const tooEarly = (...a: Args) => new AppError('too_early', ...a);
export const unavailable = (...a: Args) => new AppError('unavailable', ...a);

export const signInRequired = () =>
  new AppError('sign_in_required', 'sign_in_required', 'Συνδεθείτε με τους κωδικούς Taxisnet για να συνεχίσετε.', 'Please sign in with your Taxisnet credentials to continue.');

export const notAllowed = () => forbidden('forbidden', 'Δεν έχετε δικαίωμα για αυτή την ενέργεια.', 'You are not allowed to do this.');

/** Something named in the request does not exist. */
export const notFoundThing = (what: { el: string; en: string }) => notFound('not_found', `Δεν βρέθηκε: ${what.el}.`, `Not found: ${what.en}.`);

export const appointmentNotFound = () => notFound('not_found', 'Δεν βρέθηκε το ραντεβού.', 'The appointment was not found.');

/** Admin writes: something of the caller's own municipality that does not exist. */
export const adminNotFound = (el: string, en: string) => notFound('not_found', `Δεν βρέθηκε ${el} στον δήμο σας.`, `${en} was not found in your municipality.`);

/** Admin writes: a field whose value breaks a rule, named so the form can point at it. */
export const invalidField = (field: string, code: string, el: string, en: string, extra: Record<string, unknown> = {}) =>
  ruleBroken(code, `Πεδίο «${field}»: ${el}`, `Field "${field}": ${en}`, { field, ...extra });
