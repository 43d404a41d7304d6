import type { MunicipalityRow } from '@muni/db';
import { ruleBroken } from '../errors';

/** A municipality still joining (draft or submitted) has nothing to offer: not even free times. */
export function assertJoined(municipality: Pick<MunicipalityRow, 'status'>): void {
  if (municipality.status === 'active' || municipality.status === 'deactivated') return;
  throw ruleBroken(
    'municipality_not_joined',
    'Ο δήμος δεν έχει ακόμη ενταχθεί στην υπηρεσία και δεν δέχεται ραντεβού.',
    'The municipality has not joined the service yet and does not take appointments.',
    { field: 'municipalityId' },
  );
}

/**
 * Only an active municipality takes new bookings (holds, citizens' and desk
 * bookings): one still joining has not been approved, and a deactivated one
 * keeps its booked appointments, which can still be moved (its free times are
 * still shown for that) or cancelled, but takes no new ones.
 */
export function assertTakesBookings(municipality: Pick<MunicipalityRow, 'status'>): void {
  assertJoined(municipality);
  if (municipality.status === 'deactivated') {
    throw ruleBroken(
      'municipality_inactive',
      'Ο δήμος δεν δέχεται προς το παρόν νέα ραντεβού μέσω της υπηρεσίας. Τα ραντεβού που έχουν ήδη κλειστεί ισχύουν. Επικοινωνήστε με τον δήμο.',
      'The municipality is not taking new appointments through this service at present. Appointments already booked stand. Please contact the municipality.',
      { field: 'municipalityId' },
    );
  }
}
