/**
 * Whether the person served must prove they represent a business (decree,
 * article 3§1): a booking on behalf of a business whose link to it is only
 * declared. A business signed in with its own credentials has proven it.
 * The identity step then checks the proof, and the e-mails say to have it ready.
 */
export function representationToProve(appt: {
  on_behalf_kind: 'self' | 'other' | 'business';
  business_auth: 'company_credentials' | 'declared' | null;
}): boolean {
  return appt.on_behalf_kind === 'business' && appt.business_auth !== 'company_credentials';
}
