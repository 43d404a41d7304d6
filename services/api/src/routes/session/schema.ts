import { z } from 'zod';
import { uuid } from '@muni/domain';

export const pickMunicipality = z.object({ municipalityId: uuid('ο δήμος', 'the municipality') });
