import { randomBytes } from 'node:crypto';

/**
 * An opaque, unguessable id such as `rm_3q2kTz…` (prefix + `_` + 22 url-safe
 * characters = 132 random bits). Room names and participant identities are
 * visible to every participant and in LiveKit's logs, so they must never carry
 * names, e-mails or tax numbers: use these instead.
 */
export function opaqueId(prefix: string): string {
  // 17 bytes → 23 base64url chars; 22 keeps the length fixed and still > 128 bits.
  return `${prefix}_${randomBytes(17).toString('base64url').slice(0, 22)}`;
}
