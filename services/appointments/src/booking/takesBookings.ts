import type { MunicipalityRow } from '@muni/db';
import { ruleBroken } from '../errors';

/**
 * Only an active municipality takes new bookings (holds, citizens' and desk
 * bookings, free times): one still joining has not been approved, and a
 * deactivated one keeps its booked appointments but takes no new ones.
 */
export function assertTakesBookings(municipality: Pick<MunicipalityRow, 'status'>): void {
  if (municipality.status === 'active') return;
  if (municipality.status === 'deactivated') {
    throw ruleBroken(
      'municipality_inactive',
      'Ο δήμος δεν δέχεται προς το παρόν νέα ραντεβού μέσω της υπηρεσίας. Τα ραντεβού που έχουν ήδη κλειστεί ισχύουν. Επικοινωνήστε με τον δήμο.',
      'The municipality is not taking new appointments through this service at present. Appointments already booked stand. Please contact the municipality.',
      { field: 'municipalityId' },
    );
  }
  throw ruleBroken(
    'municipality_not_joined',
    'Ο δήμος δεν έχει ακόμη ενταχθεί στην υπηρεσία και δεν δέχεται ραντεβού.',
    'The municipality has not joined the service yet and does not take appointments.',
    { field: 'municipalityId' },
  );
}
