import { createHash, createHmac } from 'node:crypto';

export const PARTICIPANT_ROLES = ['citizen', 'employee', 'interpreter', 'third_person'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * A participant's join-link token. Derived (HMAC) from the appointment, the
 * role and the appointment's version, so the API and the mail scheduler get
 * the same link without storing it; the database keeps only its hash. A new
 * version (reschedule, cancel) yields new tokens and the old ones stop matching.
 */
export function joinToken(secret: string, appointmentId: string, role: ParticipantRole, version: number): string {
  return createHmac('sha256', secret).update(`join:${appointmentId}:${role}:${version}`).digest('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const joinPath = (token: string) => `/join/${token}`;
