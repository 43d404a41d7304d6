import { localDate } from '@muni/domain';
import { STATISTICS_TABLES } from '@muni/appointments';
import { z } from 'zod';

/** A period of days in Greek time: from the first day up to, not including, `to`. */
export const statisticsQuery = z.object({
  from: localDate.meta({ description: 'The first day (YYYY-MM-DD, Greek time).' }),
  to: localDate.meta({ description: 'The day after the last (YYYY-MM-DD): [from, to). At most 400 days after from.' }),
});

/** One table as a CSV file, in the chosen language. */
export const statisticsCsvQuery = statisticsQuery.extend({
  table: z.enum(STATISTICS_TABLES, { error: `Άγνωστος πίνακας. | Unknown table. (${STATISTICS_TABLES.join(', ')})` }),
  lang: z.enum(['el', 'en']).default('el').meta({ description: 'Language of the header row and labels.' }),
});
