import { DomainError } from './errors';

export const APPOINTMENT_STATUSES = ['held', 'booked', 'completed', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_ACTIONS = ['book', 'reschedule', 'cancel', 'complete', 'mark_no_show', 'reassign'] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];

/*
 * A hold (slot reserved while the citizen fills in the form) becomes a booking or is released.
 * Only a booked appointment can move, change hands or end; the three end states are final.
 */
const TRANSITIONS: Record<AppointmentStatus, Partial<Record<AppointmentAction, AppointmentStatus>>> = {
  held: { book: 'booked', cancel: 'cancelled' },
  booked: {
    reschedule: 'booked',
    reassign: 'booked',
    cancel: 'cancelled',
    complete: 'completed',
    mark_no_show: 'no_show',
  },
  completed: {},
  no_show: {},
  cancelled: {},
};

const STATUS_EL: Record<AppointmentStatus, string> = {
  held: 'σε προσωρινή δέσμευση',
  booked: 'κλεισμένο',
  completed: 'ολοκληρωμένο',
  no_show: 'σημειωμένο ως μη προσέλευση',
  cancelled: 'ακυρωμένο',
};
const STATUS_EN: Record<AppointmentStatus, string> = {
  held: 'on hold',
  booked: 'booked',
  completed: 'completed',
  no_show: 'marked as no-show',
  cancelled: 'cancelled',
};
const ACTION_EL: Record<AppointmentAction, string> = {
  book: 'κλειστεί',
  reschedule: 'αλλάξει ώρα',
  cancel: 'ακυρωθεί',
  complete: 'ολοκληρωθεί',
  mark_no_show: 'σημειωθεί ως μη προσέλευση',
  reassign: 'ανατεθεί σε άλλον υπάλληλο',
};
const ACTION_EN: Record<AppointmentAction, string> = {
  book: 'be booked',
  reschedule: 'be rescheduled',
  cancel: 'be cancelled',
  complete: 'be completed',
  mark_no_show: 'be marked as no-show',
  reassign: 'be reassigned',
};

export function canTransition(status: AppointmentStatus, action: AppointmentAction): boolean {
  return TRANSITIONS[status][action] !== undefined;
}

/** The status after `action`, or a 409 DomainError('invalid_transition') when the action is not allowed. */
export function nextStatus(status: AppointmentStatus, action: AppointmentAction): AppointmentStatus {
  const next = TRANSITIONS[status][action];
  if (next) return next;
  throw new DomainError(
    'invalid_transition',
    `Το ραντεβού είναι ${STATUS_EL[status]} και δεν μπορεί να ${ACTION_EL[action]}.`,
    `The appointment is ${STATUS_EN[status]} and cannot ${ACTION_EN[action]}.`,
    409,
  );
}

/**
 * Citizens may reschedule or cancel only until `cutoffMinutes` before the start
 * (exactly at the cut-off is still allowed). Throws DomainError('change_cutoff_passed', 422).
 */
export function assertChangeAllowed(startsAt: Date, now: Date, cutoffMinutes: number): void {
  if (now.getTime() <= startsAt.getTime() - cutoffMinutes * 60_000) return;
  const [el, en] = describeDuration(cutoffMinutes);
  throw new DomainError(
    'change_cutoff_passed',
    `Αλλαγές και ακυρώσεις επιτρέπονται έως ${el} πριν από το ραντεβού. Επικοινωνήστε με τον δήμο.`,
    `Changes and cancellations are possible until ${en} before the appointment. Please contact the municipality.`,
    422,
  );
}

function describeDuration(minutes: number): [el: string, en: string] {
  if (minutes > 0 && minutes % 60 === 0) {
    const h = minutes / 60;
    return h === 1 ? ['1 ώρα', '1 hour'] : [`${h} ώρες`, `${h} hours`];
  }
  return minutes === 1 ? ['1 λεπτό', '1 minute'] : [`${minutes} λεπτά`, `${minutes} minutes`];
}
