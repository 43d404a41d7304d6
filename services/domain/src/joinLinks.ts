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

/**
 * The person served's manage link (see, change the time, cancel) for one
 * version of the appointment. It names the appointment (its id, hex) and
 * carries an HMAC of the id and the version, like a join link: nothing is
 * stored, the mail scheduler and the API derive the same token, and a new
 * version (reschedule, reassignment, cancellation) makes the old links stop
 * working. Only the citizen (the person served) gets one.
 */
export function manageToken(secret: string, appointmentId: string, version: number): string {
  const mac = createHmac('sha256', secret).update(`manage:${appointmentId}:citizen:${version}`).digest('base64url');
  return `${appointmentId.replace(/-/g, '').toLowerCase()}${mac}`;
}

const MANAGE_TOKEN = /^([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;

/** The appointment id a manage token names, or null when it is not of our shape (its MAC is checked by the caller). */
export function manageTokenAppointmentId(token: string): string | null {
  const m = MANAGE_TOKEN.exec(token);
  if (!m) return null;
  const h = m[1]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const managePath = (token: string) => `/manage/${token}`;
