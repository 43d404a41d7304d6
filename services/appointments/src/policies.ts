import type { AppointmentRow } from '@muni/db';
import type { Actor } from './actor';
import { conflict, forbidden, notAllowed, notFound, signInRequired } from './errors';

// Who may do what, in one place. Routes state their rule by calling one of these.

/** Anyone with a signed-in session (citizen, employee, platform admin). */
export function requireSignedIn(actor: Actor): asserts actor is Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') throw signInRequired();
}

/** A signed-in employee, whether or not they have picked a municipality yet. */
export function requireEmployee(actor: Actor): asserts actor is Extract<Actor, { kind: 'employee' }> {
  if (actor.kind === 'anonymous') throw signInRequired();
  if (actor.kind !== 'employee') throw notAllowed();
}

/** Booking: a signed-in citizen, or an employee acting for a municipality. */
export function requireBooker(actor: Actor): asserts actor is Extract<Actor, { kind: 'citizen' | 'employee' }> {
  if (actor.kind === 'citizen') return;
  if (actor.kind === 'employee') return requireStaff(actor);
  if (actor.kind === 'anonymous') throw signInRequired();
  throw notAllowed();
}

export function requireCitizen(actor: Actor): asserts actor is Extract<Actor, { kind: 'citizen' }> {
  if (actor.kind === 'anonymous') throw signInRequired();
  if (actor.kind !== 'citizen') throw notAllowed();
}

/** An employee who has picked the municipality they act for. */
export function requireStaff(actor: Actor): asserts actor is Extract<Actor, { kind: 'employee' }> & { employeeId: string; municipalityId: string } {
  if (actor.kind === 'anonymous') throw signInRequired();
  if (actor.kind !== 'employee') throw notAllowed();
  if (!actor.municipalityId || !actor.employeeId) {
    throw conflict('municipality_not_selected', 'Επιλέξτε πρώτα τον δήμο για τον οποίο εργάζεστε.', 'First choose the municipality you are working for.');
  }
}

export function requireMunicipalAdmin(actor: Actor, municipalityId: string) {
  requireStaff(actor);
  if (!actor.isAdmin || actor.municipalityId !== municipalityId) throw notAllowed();
}

/** A platform-admin user acting as such in this session (not a municipal admin). */
export function requirePlatformAdmin(actor: Actor): asserts actor is Extract<Actor, { kind: 'platform_admin' }> {
  if (actor.kind === 'anonymous') throw signInRequired();
  if (actor.kind !== 'platform_admin') {
    throw forbidden('forbidden', 'Μόνο ο διαχειριστής της πλατφόρμας μπορεί να το κάνει.', 'Only the platform administrator may do this.');
  }
}

/**
 * Read or change an appointment: its owner, or staff of its municipality.
 * Everyone else gets 404 so ids of other tenants reveal nothing.
 */
export function canAccessAppointment(actor: Actor, appt: AppointmentRow): boolean {
  if (actor.kind === 'citizen') return appt.user_id === actor.userId;
  if (actor.kind === 'employee') return Boolean(actor.municipalityId) && actor.municipalityId === appt.municipality_id;
  return false;
}

export function assertAppointmentAccess(actor: Actor, appt: AppointmentRow | undefined): AppointmentRow {
  if (actor.kind === 'anonymous') throw signInRequired();
  // An employee who has not picked a municipality is told to pick one, not "not found".
  if (actor.kind === 'employee') requireStaff(actor);
  if (!appt || appt.status === 'held' || !canAccessAppointment(actor, appt)) {
    throw notFound('not_found', 'Δεν βρέθηκε το ραντεβού.', 'The appointment was not found.');
  }
  return appt;
}
