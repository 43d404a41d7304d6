/**
 * Greek mobile numbers, for texts (SMS). A Greek mobile has ten digits
 * starting with 69; written with or without the country code (+30, 0030, 30)
 * and with spaces, dots, dashes or brackets between the digits. Landlines
 * (2…) cannot receive texts and are not mobiles.
 */

const GREEK_MOBILE = /^69\d{8}$/;

/** The number in E.164 (+3069XXXXXXXX), or null when it is not a Greek mobile. */
export function greekMobileE164(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const compact = raw.trim().replace(/[\s().\-/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  const national = compact.startsWith('+30') ? compact.slice(3) : compact.startsWith('0030') ? compact.slice(4) : compact.length === 12 && compact.startsWith('30') ? compact.slice(2) : compact;
  return GREEK_MOBILE.test(national) ? `+30${national}` : null;
}

export const isGreekMobile = (raw: string | null | undefined): boolean => greekMobileE164(raw) !== null;

/** "+30 69X XXX XXXX", for people to read (the console, the dev SMS catcher). */
export function formatGreekMobile(e164: string): string {
  const m = /^\+30(69\d)(\d{3})(\d{4})$/.exec(e164);
  return m ? `+30 ${m[1]} ${m[2]} ${m[3]}` : e164;
}
