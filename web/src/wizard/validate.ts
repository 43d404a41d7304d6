// Checks run before leaving a step. They return i18n keys; the API still has the final word (422).
import type { PersonDetails } from '../api/types';
import { isGreekMobile } from '@muni/domain/mobilePhone';
import { sameName } from '@muni/domain/personName';
import { isValidAfm } from '../lib/afm';
import type { WizardState } from './state';

export interface FieldProblem {
  /** API field path, e.g. 'person.email'. */
  field: string;
  /** i18n key of the message. */
  key: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with optional leading +, spaces, dashes or dots between: at least 10 digits.
const PHONE = /^\+?[\d\s.-]{10,20}$/;

function required(value: string, field: string, out: FieldProblem[]): boolean {
  if (value.trim() === '') {
    out.push({ field, key: 'errors.required' });
    return false;
  }
  return true;
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isPhone(value: string): boolean {
  const v = value.trim();
  return PHONE.test(v) && v.replace(/\D/g, '').length >= 10;
}

export function validatePerson(p: PersonDetails): FieldProblem[] {
  const out: FieldProblem[] = [];
  required(p.fullName, 'person.fullName', out);
  if (required(p.email, 'person.email', out) && !isEmail(p.email)) out.push({ field: 'person.email', key: 'errors.email' });
  if (required(p.phone, 'person.phone', out) && !isPhone(p.phone)) out.push({ field: 'person.phone', key: 'errors.phone' });
  else if (p.smsConsent && !isGreekMobile(p.phone)) out.push({ field: 'person.phone', key: 'errors.mobile' });
  return out;
}

/** `attendee`: the name of the person who will attend (the contact details'), which "for another person" must not repeat. */
export function validateOnBehalf(o: WizardState['onBehalfOf'], attendee?: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (o.kind === 'other' && required(o.bookerFullName, 'onBehalfOf.bookerFullName', out) && attendee !== undefined && sameName(o.bookerFullName, attendee)) {
    out.push({ field: 'onBehalfOf.bookerFullName', key: 'errors.samePerson' });
  }
  if (o.kind === 'business') {
    const afm = o.companyTaxId.trim();
    if (required(afm, 'onBehalfOf.companyTaxId', out) && !isValidAfm(afm))
      out.push({ field: 'onBehalfOf.companyTaxId', key: 'errors.afm' });
    required(o.companyName, 'onBehalfOf.companyName', out);
  }
  return out;
}

export function validateThirdPerson(t: WizardState['thirdPerson']): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!t.wanted) return out;
  required(t.fullName, 'thirdPerson.fullName', out);
  if (required(t.email, 'thirdPerson.email', out) && !isEmail(t.email)) out.push({ field: 'thirdPerson.email', key: 'errors.email' });
  return out;
}

export function validateDeclarations(d: WizardState['declarations']): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!d.dataTrue) out.push({ field: 'declarations.dataTrue', key: 'errors.declarationDataTrue' });
  if (!d.privacyRead) out.push({ field: 'declarations.privacyRead', key: 'errors.declarationPrivacy' });
  return out;
}
