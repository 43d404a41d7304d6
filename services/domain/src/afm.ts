/**
 * Greek tax registration number (ΑΦΜ): nine digits, the last one a check digit.
 * Each of the first eight digits is weighted by 2^(8 - position); the weighted
 * sum modulo 11, then modulo 10, must equal the ninth digit.
 *
 * Surrounding whitespace is ignored because GSIS pads the values it returns.
 * All-zero numbers pass the arithmetic but are never issued, so they fail here.
 */
export function isValidAfm(afm: string): boolean {
  const digits = afm.trim();
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += Number(digits[i]) * 2 ** (8 - i);
  }
  return (sum % 11) % 10 === Number(digits[8]);
}
