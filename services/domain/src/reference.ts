import { randomBytes } from 'node:crypto';

/*
 * 32 symbols without the look-alikes 0/O and 1/I, so a reference read aloud on the phone or
 * typed from a printout survives. 32 divides 256, so `byte % 32` has no modulo bias.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 9; // 45 bits

/** A booking reference like "K7P-4XQ-92M". Pass `bytes` (≥ 9) only to make it deterministic. */
export function appointmentReference(bytes: Uint8Array = randomBytes(LENGTH)): string {
  if (bytes.length < LENGTH) throw new RangeError(`need at least ${LENGTH} random bytes`);
  let raw = '';
  for (let i = 0; i < LENGTH; i++) raw += REFERENCE_ALPHABET[bytes[i]! % REFERENCE_ALPHABET.length];
  return format(raw);
}

/**
 * A reference as a person typed it (any case, spaces or dashes) in canonical form, or null if it
 * cannot be one.
 */
export function normalizeAppointmentReference(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (raw.length !== LENGTH || ![...raw].every((c) => REFERENCE_ALPHABET.includes(c))) return null;
  return format(raw);
}

function format(raw: string): string {
  return `${raw.slice(0, 3)}-${raw.slice(3, 6)}-${raw.slice(6, 9)}`;
}
