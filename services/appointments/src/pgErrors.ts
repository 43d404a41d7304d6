import { unavailable } from './errors';

/** PostgreSQL error classification for the few codes we turn into answers. */
export const isExclusionViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string }).code === '23P01' && (!constraint || (err as { constraint?: string }).constraint === constraint);

export const isUniqueViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string }).code === '23505' && (!constraint || (err as { constraint?: string }).constraint === constraint);

export const isCheckViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string }).code === '23514' && (!constraint || (err as { constraint?: string }).constraint === constraint);

/** Two writers waited on each other (e.g. both checking an exclusion constraint); PostgreSQL rolled this one back. */
export const isDeadlock = (err: unknown) => (err as { code?: string }).code === '40P01';

/** The appointments_open_time trigger: the time is on a closed day or in the employee's absence (013_person_timeline). */
export const isClosedTime = (err: unknown) => isCheckViolation(err, 'appointments_open_time');

/** The database cannot be reached (stopped, restarting, connection lost): see @muni/db's availability.ts. */
export { isDatabaseUnavailable } from '@muni/db';

/** How long a person is told to wait while the database is away (the Retry-After header and the body say it). */
export const DATABASE_RETRY_SECONDS = 5;

/** Said for any request that needed the database while it is away: nothing to fix on their side, just wait a moment. */
export const databaseUnavailable = () =>
  unavailable(
    'database_unavailable',
    `Η υπηρεσία δεν είναι διαθέσιμη για λίγο. Δοκιμάστε ξανά σε ${DATABASE_RETRY_SECONDS} δευτερόλεπτα.`,
    `The service is briefly unavailable. Please try again in ${DATABASE_RETRY_SECONDS} seconds.`,
    { retryAfterSeconds: DATABASE_RETRY_SECONDS },
  );
