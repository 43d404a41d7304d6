import { APPOINTMENT_STATUSES, MODES } from '@muni/domain';
import { z } from 'zod';
import { localDate, uuid } from '@muni/domain';

const listFilters = {
  date: localDate.optional().meta({ description: 'The first day (the municipality\'s calendar). Required unless q is given; a search without it looks at every date.' }),
  to: localDate.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  mode: z.enum(MODES).optional(),
  employeeId: uuid('ο υπάλληλος', 'the employee').optional(),
  topicId: uuid('η υπηρεσία', 'the topic').optional(),
  q: z
    .string()
    .trim()
    .min(2, { error: 'Γράψτε τουλάχιστον 2 χαρακτήρες. | Type at least 2 characters.' })
    .max(100, { error: 'Έως 100 χαρακτήρες. | Up to 100 characters.' })
    .optional()
    .meta({ description: 'Search: booking reference, name (accents and case ignored), ΑΦΜ of the booking citizen or the company, phone or e-mail. Without a date: the 50 latest matches.' }),
};

const dateOrSearch = <T extends { date?: string; q?: string }>(v: T) => Boolean(v.date || v.q);
const dateOrSearchError = { error: 'Δώστε ημερομηνία ή κάτι για αναζήτηση. | Give a date or something to search for.', path: ['date'] };

export const consoleListQuery = z.object(listFilters).refine(dateOrSearch, dateOrSearchError);

/** The CSV export: the same filters, and the language of its header and words. */
export const consoleExportQuery = z
  .object({ ...listFilters, lang: z.enum(['el', 'en']).default('el').meta({ description: 'Language of the header row, statuses and modes.' }) })
  .refine(dateOrSearch, dateOrSearchError);

export const reassignSchema = z.object({ employeeId: uuid('ο υπάλληλος', 'the employee') });
export const documentsEmailSchema = z.object({
  text: z.string().trim().max(2000, { error: 'Έως 2000 χαρακτήρες. | Up to 2000 characters.' }).optional(),
});
