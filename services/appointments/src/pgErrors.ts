/** PostgreSQL error classification for the few codes we turn into answers. */
export const isExclusionViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string }).code === '23P01' && (!constraint || (err as { constraint?: string }).constraint === constraint);

export const isUniqueViolation = (err: unknown, constraint?: string) =>
  (err as { code?: string }).code === '23505' && (!constraint || (err as { constraint?: string }).constraint === constraint);
