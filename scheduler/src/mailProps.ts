/**
 * Pure rules of the scheduler: whether a notification is still worth sending,
 * and the template props (links, calendar identity) for one that is.
 */
import { joinToken, type ParticipantRole } from '@muni/domain';
import type { RenderMailProps } from '@muni/mail-templates';
import type { AppointmentContext } from './appointmentContext';
import type { NotificationKind, NotificationRow } from './notificationRow';

/** These describe the change of their own version, so a later version does not make them stale. */
const VERSION_BOUND_EXEMPT: ReadonlySet<NotificationKind> = new Set(['cancelled', 'rescheduled']);

/** Why the notification must not be sent any more, or null to send it. Texts are stored in last_error. */
export function skipReason(
  n: Pick<NotificationRow, 'kind' | 'appointment_version'>,
  a: Pick<AppointmentContext, 'status' | 'version' | 'startsAt'>,
  now: Date,
): string | null {
  if (n.kind === 'cancelled') return a.status === 'cancelled' ? null : 'skipped: appointment is not cancelled';
  if (a.status === 'cancelled') return 'skipped: appointment cancelled';
  if (a.status === 'held') return 'skipped: appointment not booked';
  if (!VERSION_BOUND_EXEMPT.has(n.kind) && n.appointment_version !== a.version) {
    return `skipped: written for version ${n.appointment_version}, appointment is at version ${a.version}`;
  }
  if (n.kind === 'reminder' && now.getTime() >= a.startsAt.getTime()) return 'skipped: reminder after the start';
  return null;
}

export function joinRole(kind: NotificationKind): ParticipantRole {
  if (kind === 'invite_third_person') return 'third_person';
  if (kind === 'invite_interpreter') return 'interpreter';
  return 'citizen';
}

export interface LinkSettings {
  publicUrl: string;
  linkSecret: string;
  /** The From address, e.g. `"Δήμος <no-reply@x.gr>"`; its address is the .ics ORGANIZER. */
  from: string;
}

export const publicHost = (publicUrl: string): string => new URL(publicUrl).hostname;

/** Stable per notification, so a resend after a crash carries the same Message-ID. */
export const messageIdOf = (notificationId: string, publicUrl: string): string => `<${notificationId}@${publicHost(publicUrl)}>`;

/** Stable per appointment, so calendars update (SEQUENCE) or drop (CANCEL) the same event. */
export const calendarUidOf = (appointmentId: string, publicUrl: string): string => `${appointmentId}@${publicHost(publicUrl)}`;

export function joinUrlOf(s: Pick<LinkSettings, 'publicUrl' | 'linkSecret'>, appointmentId: string, role: ParticipantRole, version: number): string {
  return `${trimSlash(s.publicUrl)}/join/${joinToken(s.linkSecret, appointmentId, role, version)}`;
}

export const manageUrlOf = (publicUrl: string, appointmentId: string): string => `${trimSlash(publicUrl)}/appointments/${appointmentId}`;

export function addressOf(from: string): string {
  const bracketed = /<([^>]+)>/.exec(from);
  return (bracketed?.[1] ?? from).trim();
}

export function mailProps(n: NotificationRow, a: AppointmentContext, s: LinkSettings, now: Date): RenderMailProps {
  const lang = n.language === 'en' ? 'en' : 'el';
  const organizerName = lang === 'el' ? a.municipality.nameEl : a.municipality.nameEn;
  return {
    lang,
    recipientName: n.recipient_name,
    reference: a.reference ?? a.id.slice(0, 8).toUpperCase(),
    municipality: a.municipality,
    topic: { nameEl: a.topic.nameEl, nameEn: a.topic.nameEn },
    mode: a.mode,
    start: a.startsAt,
    end: a.endsAt,
    office: a.mode === 'in_person' ? a.office : undefined,
    employeeName: a.employeeName,
    requiredDocuments: a.topic.requiredDocuments,
    // Links of the current version: older links stop working after a change.
    joinUrl: a.mode === 'video' ? joinUrlOf(s, a.id, joinRole(n.kind), a.version) : undefined,
    manageUrl: manageUrlOf(s.publicUrl, a.id),
    interpretation: a.interpretation,
    extraText: typeof n.payload?.text === 'string' ? n.payload.text : undefined,
    inviterName: n.kind === 'invite_third_person' ? (a.personFullName ?? undefined) : undefined,
    sequence: a.version,
    uid: calendarUidOf(a.id, s.publicUrl),
    organizer: { name: organizerName, email: addressOf(s.from) },
    recipientEmail: n.recipient_email,
    now,
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
