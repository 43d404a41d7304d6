/**
 * Pure rules of the scheduler: whether a notification is still worth sending,
 * and the template props (links, calendar identity) for one that is.
 */
import { callRoles, joinToken, managePath, manageToken, type ParticipantRole, representationToProve } from '@muni/domain';
import { CHANGE_REASONS, type RenderMailProps } from '@muni/mail-templates';
import type { AppointmentContext } from './appointmentContext';
import type { NotificationKind, NotificationRow } from './notificationRow';

/**
 * These describe the change of their own version, so a later version does not
 * make them stale; an outcome stays true when the appointment is then marked
 * completed (a corrected outcome replaces its unsent e-mail at the source).
 */
const VERSION_BOUND_EXEMPT: ReadonlySet<NotificationKind> = new Set(['cancelled', 'rescheduled', 'outcome']);
/** The person served's own matters: the documents with the employee's note, and the outcome. */
const CITIZEN_ONLY: ReadonlySet<NotificationKind> = new Set(['documents', 'outcome']);

/** Why the notification must not be sent any more, or null to send it. Texts are stored in last_error. */
export function skipReason(
  n: Pick<NotificationRow, 'kind' | 'appointment_version' | 'recipient_role' | 'payload'>,
  a: Pick<AppointmentContext, 'status' | 'version' | 'startsAt'>,
  now: Date,
): string | null {
  // The documents, the employee's note and the outcome are the citizen's own.
  if (CITIZEN_ONLY.has(n.kind) && n.recipient_role !== 'citizen') return `skipped: ${n.kind} is not for the ${n.recipient_role}`;
  if (n.kind === 'outcome' && !n.payload?.outcome) return 'skipped: outcome e-mail without its outcome';
  if (n.kind === 'cancelled') {
    // A participant's part cancelled (an interpreter replaced): the appointment itself goes on.
    if (isWithdrawal(n)) return a.status === 'held' ? 'skipped: appointment not booked' : null;
    return a.status === 'cancelled' ? null : 'skipped: appointment is not cancelled';
  }
  if (a.status === 'cancelled') return 'skipped: appointment cancelled';
  if (a.status === 'held') return 'skipped: appointment not booked';
  const stale = staleVersionReason(n, a.version);
  if (stale) return stale;
  if (n.kind === 'reminder' && now.getTime() >= a.startsAt.getTime()) return 'skipped: reminder after the start';
  return null;
}

/** Why a message about one version of the appointment (its time, its links) that is no longer the current one will not be sent; null when it will. */
export function staleVersionReason(n: { kind: string; appointment_version: number }, version: number): string | null {
  if (VERSION_BOUND_EXEMPT.has(n.kind as NotificationKind) || n.appointment_version === version) return null;
  return `skipped: written for version ${n.appointment_version}, appointment is at version ${version}`;
}

function onBehalfOf(a: AppointmentContext): RenderMailProps['onBehalf'] {
  if (a.onBehalfKind === 'business' && a.companyName && a.companyTaxId) return { kind: 'business', companyName: a.companyName, companyTaxId: a.companyTaxId };
  if (a.onBehalfKind === 'other' && a.bookerFullName) return { kind: 'other', bookerName: a.bookerFullName };
  return undefined;
}

/** A cancellation of one participant's part, at the time they had (see the outbox). */
export function isWithdrawal(n: Pick<NotificationRow, 'kind' | 'payload'>): boolean {
  return n.kind === 'cancelled' && n.payload?.withdrawn === true;
}

/** The join link's role is the recipient's, whatever the kind of e-mail. */
export function joinRole(n: Pick<NotificationRow, 'recipient_role'>): ParticipantRole {
  return n.recipient_role;
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

/** The person served's own manage page, for the appointment's version (see @muni/domain manageToken). */
export function manageUrlOf(s: Pick<LinkSettings, 'publicUrl' | 'linkSecret'>, appointmentId: string, version: number): string {
  return `${trimSlash(s.publicUrl)}${managePath(manageToken(s.linkSecret, appointmentId, version))}`;
}

export function addressOf(from: string): string {
  const bracketed = /<([^>]+)>/.exec(from);
  return (bracketed?.[1] ?? from).trim();
}

export function mailProps(n: NotificationRow, a: AppointmentContext, s: LinkSettings, now: Date): RenderMailProps {
  const lang = n.language === 'en' ? 'en' : 'el';
  const organizerName = lang === 'el' ? a.municipality.nameEl : a.municipality.nameEn;
  const role = n.recipient_role;
  const citizen = role === 'citizen';
  // A withdrawn participant is told about the time they had agreed to.
  const withdrawn = isWithdrawal(n) && n.payload.startsAt && n.payload.endsAt ? { start: new Date(n.payload.startsAt), end: new Date(n.payload.endsAt) } : null;
  // Links of the current version (older links stop working after a change); a cancellation has none.
  // In person with interpreting only the interpreter joins by link (the citizen is at the counter).
  const joinUrl = callRoles(a).includes(joinRole(n)) && n.kind !== 'cancelled' ? joinUrlOf(s, a.id, joinRole(n), a.version) : undefined;
  return {
    lang,
    recipientRole: role,
    recipientName: n.recipient_name,
    reference: a.reference ?? a.id.slice(0, 8).toUpperCase(),
    municipality: a.municipality,
    topic: { nameEl: a.topic.nameEl, nameEn: a.topic.nameEn },
    mode: a.mode,
    start: withdrawn?.start ?? a.startsAt,
    end: withdrawn?.end ?? a.endsAt,
    office: a.mode === 'in_person' ? a.office : undefined,
    employeeName: a.employeeName,
    // The citizen's own matters go to the citizen only.
    requiredDocuments: citizen ? a.topic.requiredDocuments : [],
    joinUrl,
    // Only the person served manages the appointment; a cancelled one or one with an outcome has nothing left to manage.
    manageUrl: citizen && n.kind !== 'cancelled' && n.kind !== 'outcome' ? manageUrlOf(s, a.id, a.version) : undefined,
    interpretation: a.interpretation,
    // The representative of a business (link declared) is told what proof to have ready.
    representation:
      citizen && a.companyName && representationToProve({ on_behalf_kind: a.onBehalfKind, business_auth: a.businessAuth }) ? { companyName: a.companyName } : undefined,
    onBehalf: citizen ? onBehalfOf(a) : undefined,
    extraText: citizen && typeof n.payload?.text === 'string' ? n.payload.text : undefined,
    changeReason: changeReasonOf(n),
    documentsChanged: citizen && n.kind === 'documents' && n.payload?.listChanged === true,
    outcome: citizen && n.kind === 'outcome' && n.payload.outcome ? { outcome: n.payload.outcome, corrected: n.payload.corrected === true } : undefined,
    // The third person is told who invited them; the interpreter is invited by the municipality.
    inviterName: role === 'third_person' ? (a.personFullName ?? undefined) : undefined,
    withdrawn: Boolean(withdrawn),
    sequence: a.version,
    uid: calendarUidOf(a.id, s.publicUrl),
    organizer: { name: organizerName, email: addressOf(s.from) },
    recipientEmail: n.recipient_email,
    now,
  };
}

/** A change the municipality made itself (a closure, an absence): said in the new time's or the cancellation's e-mail. */
function changeReasonOf(n: Pick<NotificationRow, 'kind' | 'payload'>): RenderMailProps['changeReason'] {
  const reason = n.payload?.reason;
  if ((n.kind !== 'rescheduled' && n.kind !== 'cancelled') || !reason || !CHANGE_REASONS.includes(reason)) return undefined;
  return {
    kind: reason,
    previousStart: n.payload.previousStartsAt ? new Date(n.payload.previousStartsAt) : undefined,
    noFreeTime: n.payload.noFreeTime === true,
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
