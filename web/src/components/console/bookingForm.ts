// The "book on behalf of a citizen" form as plain data: its checks and the
// POST /console/appointments body. Reuses the wizard's field checks so citizens
// and employees are held to the same rules.
import { interpretingFor } from '@muni/domain/interpreting';
import type { paths } from '../../api/schema.gen';
import type { Interpretation, Mode, PersonDetails, SessionUser, Slot } from '../../api/types';
import { isValidAfm } from '../../lib/afm';
import { onBehalfOfBody } from '../../wizard/buildBooking';
import type { WizardState } from '../../wizard/state';
import { type FieldProblem, validateOnBehalf, validatePerson, validateThirdPerson } from '../../wizard/validate';

/** What POST /api/v1/console/appointments accepts: the booking, with the e-mail optional and the caller's ΑΦΜ. */
export type ConsoleBookingRequest = paths['/api/v1/console/appointments']['post']['requestBody']['content']['application/json'];

export interface ConsoleBookingForm {
  mode: Mode | null;
  topicId: string | null;
  interpretation: Interpretation | null;
  requestedEmployeeId: string | null;
  slot: Slot | null;
  /** May stay empty at the desk or on the phone: then nobody is e-mailed. */
  person: PersonDetails;
  /** The caller's ΑΦΜ (optional): the appointment then appears in their "My appointments". */
  taxId: string;
  onBehalfOf: WizardState['onBehalfOf'];
  thirdPerson: WizardState['thirdPerson'];
  notes: string;
  declarations: { dataTrue: boolean; privacyRead: boolean };
}

export const emptyBookingForm: ConsoleBookingForm = {
  mode: null,
  topicId: null,
  interpretation: null,
  requestedEmployeeId: null,
  slot: null,
  person: { fullName: '', email: '', phone: '', language: 'el' },
  taxId: '',
  onBehalfOf: { kind: 'self', bookerFullName: '', companyTaxId: '', companyName: '' },
  thirdPerson: { wanted: false, fullName: '', email: '' },
  notes: '',
  declarations: { dataTrue: false, privacyRead: false },
};

/**
 * Applies a change and drops the answers it invalidates: another mode or topic
 * has other staff and times; another interpreter or employee other times.
 */
export function updateForm(form: ConsoleBookingForm, patch: Partial<ConsoleBookingForm>): ConsoleBookingForm {
  const next = { ...form, ...patch };
  const changed = <K extends keyof ConsoleBookingForm>(k: K) => k in patch && patch[k] !== form[k];
  if (changed('mode')) {
    next.topicId = 'topicId' in patch ? next.topicId : null;
    if (next.mode !== 'video') next.thirdPerson = { ...next.thirdPerson, wanted: false };
    // Not offered in every mode (by phone): the same rule as the API's.
    if (next.mode && interpretingFor(next.mode) === 'not_offered' && !('interpretation' in patch)) next.interpretation = null;
  }
  if (changed('mode') || changed('topicId')) next.requestedEmployeeId = 'requestedEmployeeId' in patch ? next.requestedEmployeeId : null;
  if (changed('mode') || changed('topicId') || changed('interpretation') || changed('requestedEmployeeId')) {
    next.slot = 'slot' in patch ? next.slot : null;
  }
  return next;
}

/** Problems to show before sending; i18n keys as the wizard uses them. */
export function validateBookingForm(f: ConsoleBookingForm, allowThirdPerson: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!f.mode) out.push({ field: 'mode', key: 'errors.chooseMode' });
  if (!f.topicId) out.push({ field: 'topicId', key: 'errors.chooseTopic' });
  if (!f.slot) out.push({ field: 'start', key: 'errors.chooseTime' });
  out.push(...validateDeskPerson(f.person, f.taxId), ...validateOnBehalf(f.onBehalfOf, f.person.fullName));
  if (f.mode === 'video' && allowThirdPerson) out.push(...validateThirdPerson(f.thirdPerson));
  if (!f.declarations.dataTrue) out.push({ field: 'declarations.dataTrue', key: 'console.book.errors.dataTrue' });
  if (!f.declarations.privacyRead) out.push({ field: 'declarations.privacyRead', key: 'console.book.errors.privacyRead' });
  return out;
}

/** The wizard's checks of the person, except that the e-mail may be left out (a caller on the phone); the ΑΦΜ, when given, must be valid. */
export function validateDeskPerson(p: PersonDetails, taxId: string): FieldProblem[] {
  const out = validatePerson(p).filter((problem) => !(problem.field === 'person.email' && !p.email.trim()));
  if (taxId.trim() && !isValidAfm(taxId.trim())) out.push({ field: 'person.taxId', key: 'errors.afm' });
  return out;
}

/** The request body, or null while something required is missing. */
export function consoleBookingBody(
  f: ConsoleBookingForm,
  ctx: { municipalityId: string; allowThirdPerson: boolean; user: SessionUser | null },
): ConsoleBookingRequest | null {
  if (!f.mode || !f.topicId || !f.slot || !f.declarations.dataTrue || !f.declarations.privacyRead) return null;
  const tp = f.thirdPerson;
  const body: ConsoleBookingRequest = {
    municipalityId: ctx.municipalityId,
    topicId: f.topicId,
    mode: f.mode,
    start: f.slot.start,
    person: {
      fullName: f.person.fullName.trim(),
      ...(f.person.email.trim() ? { email: f.person.email.trim() } : {}),
      phone: f.person.phone.trim(),
      language: f.person.language,
      ...(f.taxId.trim() ? { taxId: f.taxId.trim() } : {}),
    },
    onBehalfOf: onBehalfOfBody(f.onBehalfOf, ctx.user),
    interpretation: f.interpretation,
    thirdPerson: tp.wanted && f.mode === 'video' && ctx.allowThirdPerson ? { fullName: tp.fullName.trim(), email: tp.email.trim() } : null,
    requestedEmployeeId: f.requestedEmployeeId,
    declarations: { dataTrue: true, privacyRead: true },
  };
  if (f.notes.trim()) body.notes = f.notes.trim();
  return body;
}

/**
 * One Idempotency-Key per attempt of the same booking: a retry of an unchanged
 * body keeps the key (so a lost answer never books twice); any change gets a new one.
 */
export function idempotencyKeyFor(
  previous: { body: string; key: string } | null,
  body: ConsoleBookingRequest,
  newKey: () => string,
): { body: string; key: string } {
  const json = JSON.stringify(body);
  return previous && previous.body === json ? previous : { body: json, key: newKey() };
}
