import type { TFunction } from 'i18next';

/** A booking for another person or a business, as the wizard's answers and the API's appointment both carry it. */
export interface OnBehalfOfOther {
  kind: 'other' | 'business';
  bookerFullName?: string | null;
  companyName?: string | null;
  companyTaxId?: string | null;
}

/** For whom it is booked, in words: the review page and "My appointments" say it alike. */
export function onBehalfText(t: TFunction, o: OnBehalfOfOther): string {
  return o.kind === 'business' ? t('review.onBehalfBusiness', { name: o.companyName, taxId: o.companyTaxId }) : t('review.onBehalfOther', { name: o.bookerFullName });
}
