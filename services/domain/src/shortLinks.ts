import { createHmac } from 'node:crypto';
import type { ParticipantRole } from './joinLinks';

/** Where a short link in a text leads: the person's own join link or manage link. */
export type ShortLinkTarget = 'join' | 'manage';

export const SHORT_CODE_LENGTH = 10;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SPACE = 62n ** BigInt(SHORT_CODE_LENGTH);

/**
 * The code of a short link (/s/CODE) in a text: ten base62 characters (about
 * 59 bits) of an HMAC over the appointment, the recipient's role, the target
 * and the version, as join-link tokens are derived. Unguessable without the
 * link secret, the same for a resend of the same text (so a retry never makes a
 * second link), new for each version; the database keeps only its hash.
 */
export function shortLinkCode(secret: string, appointmentId: string, role: ParticipantRole, target: ShortLinkTarget, version: number): string {
  const mac = createHmac('sha256', secret).update(`short:${appointmentId}:${role}:${target}:${version}`).digest();
  let n = mac.readBigUInt64BE(0) % SPACE;
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code = BASE62[Number(n % 62n)]! + code;
    n /= 62n;
  }
  return code;
}

export const SHORT_CODE = /^[0-9A-Za-z]{10}$/;

export const shortPath = (code: string) => `/s/${code}`;
