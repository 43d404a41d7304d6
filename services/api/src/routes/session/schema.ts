import { z } from 'zod';
import { uuid } from '../../lib/schemaParts';

export const pickMunicipality = z.object({ municipalityId: uuid('ο δήμος', 'the municipality') });
