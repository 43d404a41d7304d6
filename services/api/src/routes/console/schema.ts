import { APPOINTMENT_STATUSES, MODES } from '@muni/domain';
import { z } from 'zod';
import { localDate, uuid } from '@muni/domain';

export const consoleListQuery = z.object({
  date: localDate,
  to: localDate.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  mode: z.enum(MODES).optional(),
  employeeId: uuid('ο υπάλληλος', 'the employee').optional(),
});

export const reassignSchema = z.object({ employeeId: uuid('ο υπάλληλος', 'the employee') });
export const documentsEmailSchema = z.object({
  text: z.string().trim().max(2000, { error: 'Έως 2000 χαρακτήρες. | Up to 2000 characters.' }).optional(),
});
