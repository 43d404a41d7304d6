import { z } from 'zod';
import { instant, interpretation, mode, uuid } from '@muni/domain';

export const holdSchema = z.object({
  municipalityId: uuid('ο δήμος', 'the municipality'),
  topicId: uuid('η υπηρεσία', 'the topic'),
  mode,
  start: instant,
  interpretation,
  requestedEmployeeId: uuid('ο υπάλληλος', 'the employee').nullable().default(null),
});

export const holdParams = z.object({ id: uuid('η δέσμευση', 'the hold') });
