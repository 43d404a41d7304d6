/**
 * Checks a Greek tax number (ΑΦΜ): nine digits, the last being a check digit
 * (sum of the first eight weighted by powers of two, mod 11, mod 10).
 */
export function isValidAfm(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * 2 ** (8 - i);
  return (sum % 11) % 10 === Number(value[8]);
}
