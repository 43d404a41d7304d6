import type { BookingRequest, OnBehalfOf, SessionUser } from '../api/types';
import type { WizardState } from './state';

/**
 * A business booked by a company signed in with its own tax number is proven by
 * those credentials; any other business booking is only declared by the user.
 */
export function businessAuth(companyTaxId: string, user: SessionUser | null): 'company_credentials' | 'declared' {
  return user?.kind === 'citizen' && user.isCompany && user.taxId === companyTaxId.trim() ? 'company_credentials' : 'declared';
}

export function onBehalfOfBody(o: WizardState['onBehalfOf'], user: SessionUser | null): OnBehalfOf {
  switch (o.kind) {
    case 'self':
      return { kind: 'self' };
    case 'other':
      return { kind: 'other', bookerFullName: o.bookerFullName.trim() };
    case 'business':
      return {
        kind: 'business',
        companyTaxId: o.companyTaxId.trim(),
        companyName: o.companyName.trim(),
        auth: businessAuth(o.companyTaxId, user),
      };
  }
}

/** Whether the third-person question applies: video calls, where the municipality allows it. */
export function thirdPersonAllowed(mode: WizardState['mode'], allowThirdPerson: boolean): boolean {
  return mode === 'video' && allowThirdPerson;
}

/** The POST /appointments body, or null while a required answer is missing. */
export function buildBooking(
  s: WizardState,
  ctx: { user: SessionUser | null; allowThirdPerson: boolean; now?: Date },
): BookingRequest | null {
  if (!s.municipalityId || !s.mode || !s.topicId || !s.slot) return null;
  if (!s.declarations.dataTrue || !s.declarations.privacyRead) return null;
  const tp = s.thirdPerson;
  const body: BookingRequest = {
    municipalityId: s.municipalityId,
    topicId: s.topicId,
    mode: s.mode,
    start: s.slot.start,
    person: {
      fullName: s.person.fullName.trim(),
      email: s.person.email.trim(),
      phone: s.person.phone.trim(),
      language: s.person.language,
      ...(s.person.smsConsent ? { smsConsent: true } : {}),
    },
    onBehalfOf: onBehalfOfBody(s.onBehalfOf, ctx.user),
    interpretation: s.interpretation,
    thirdPerson:
      tp.wanted && thirdPersonAllowed(s.mode, ctx.allowThirdPerson) ? { fullName: tp.fullName.trim(), email: tp.email.trim() } : null,
    requestedEmployeeId: s.requestedEmployeeId,
    declarations: { dataTrue: true, privacyRead: true },
  };
  // Without a matching, live hold the API simply tries to book the slot as it stands.
  const now = ctx.now ?? new Date();
  if (s.hold && !holdIsStale(s) && Date.parse(s.hold.expiresAt) > now.getTime()) body.holdId = s.hold.id;
  if (s.notes.trim()) body.notes = s.notes.trim();
  return body;
}

/** True when the current hold no longer matches what would be booked, so a new hold is needed. */
export function holdIsStale(s: WizardState): boolean {
  if (!s.slot) return false;
  const h = s.hold;
  return (
    !h || h.start !== s.slot.start || h.interpretation !== s.interpretation || h.requestedEmployeeId !== s.requestedEmployeeId
  );
}
