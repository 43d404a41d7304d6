import { z } from 'zod';
import { interpretation, localDate, mode, uuid } from '@muni/domain';

export const municipalityParams = z.object({ id: uuid('ο δήμος', 'the municipality') });
export const topicsQuery = z.object({ mode: mode.optional() });
export const employeesQuery = z.object({ topicId: uuid('η υπηρεσία', 'the topic'), mode });
export const slotsQuery = z
  .object({
    mode,
    topicId: uuid('η υπηρεσία', 'the topic'),
    from: localDate,
    to: localDate,
    employeeId: uuid('ο υπάλληλος', 'the employee').optional(),
    interpretation: interpretation.optional(),
  })
  .refine((q) => q.from <= q.to, { error: 'Η ημερομηνία «έως» είναι πριν από την «από». | "to" is before "from".', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 31, {
    error: 'Ζητήστε έως 31 ημέρες τη φορά. | Ask for at most 31 days at a time.',
    path: ['to'],
  });
