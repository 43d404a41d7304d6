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
