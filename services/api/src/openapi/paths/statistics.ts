import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { get } from '../common';
import { statisticsCsvQuery, statisticsQuery } from '../../routes/statistics/schema';

// Statistics of the admin's own municipality and of the whole platform.

const RULE =
  'No personal data. In every breakdown (by municipality, topic, mode, office, employee, interpreting, identity check, and the counts of calls and timings) a count from 1 to 4 is "<5", and where it could be worked out from the row or column sums another count beside it is "withheld". `outcomes`, the totals of the whole scope for the period, are exact. Shares and timing figures are null when based on fewer than 5.';

const count = z.union([z.number().int(), z.enum(['<5', 'withheld'])]).meta({ id: 'PublishedCount', description: 'A count, or "<5" (1 to 4), or "withheld" (hidden so a small count beside it cannot be worked out).' });
const share = z.number().nullable().meta({ description: 'From 0 to 1; null when a count is hidden or the base is under 5.' });
const label = z.object({ el: z.string(), en: z.string() });

const breakdownRow = z
  .object({
    key: z.string().meta({ description: 'The id (of the municipality, topic, office or employee), the mode, or "none".' }),
    label,
    total: count,
    completed: count,
    noShow: count,
    cancelledByCitizen: count,
    cancelledByMunicipality: count,
    booked: count.meta({ description: 'Booked, not (yet) closed as held or no-show.' }),
    noShowRate: share.meta({ description: 'No-shows out of held plus no-shows.' }),
  })
  .meta({ id: 'StatisticsBreakdownRow' });

const statistics = z
  .object({
    scope: z.enum(['municipality', 'platform']),
    period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
    outcomes: z.object({
      total: z.number().int(),
      completed: z.number().int(),
      noShow: z.number().int(),
      cancelledByCitizen: z.number().int(),
      cancelledByMunicipality: z.number().int(),
      booked: z.number().int(),
      noShowRate: share,
    }),
    municipalities: z.array(breakdownRow).nullable().meta({ description: 'The platform only.' }),
    topics: z.array(breakdownRow),
    modes: z.array(breakdownRow),
    offices: z.array(breakdownRow).nullable().meta({ description: "A municipality only (the employees' current offices)." }),
    employees: z.array(breakdownRow).nullable().meta({ description: 'A municipality only.' }),
    timings: z.array(
      z.object({
        measure: z.enum(['lead_time_hours', 'waiting_minutes', 'call_minutes']),
        count,
        median: z.number().nullable(),
        p90: z.number().nullable(),
        mean: z.number().nullable(),
      }),
    ),
    video: z.object({ calls: count, audioOnly: count, audioOnlyShare: share }),
    interpreting: z.array(z.object({ kind: z.enum(['none', 'gsl', 'lip_reading']), count })),
    identityChecks: z.array(z.object({ outcome: z.string(), count })),
  })
  .meta({ id: 'Statistics', description: RULE });

const CSV = 'One table as text/csv: UTF-8 with a byte order mark, ";" between cells, CRLF line ends, a header row in the chosen language; "< 5" and "—" for hidden counts. Audited as an export.';
const csvAnswer = { 200: { description: 'text/csv, as an attachment.', schema: z.string(), contentType: 'text/csv' } };
const PERIOD = 'Appointments (not holds) starting in [from, to), days in Greek time. Lead time: booking to start. Waiting: the citizen\'s first connection to being let in. Call length: from then to the last participant leaving.';

export const statisticsPaths: ZodOpenApiPathsObject = {
  '/api/v1/admin/municipality/statistics': {
    get: get({ summary: "The municipality's statistics over a period", description: PERIOD, tags: ['admin'], access: 'municipal_admin', query: statisticsQuery, ok: { 200: { description: 'The statistics.', schema: statistics } } }),
  },
  '/api/v1/admin/municipality/statistics.csv': {
    get: get({ summary: "One table of the municipality's statistics as a CSV file", description: CSV, tags: ['admin'], access: 'municipal_admin', query: statisticsCsvQuery, ok: csvAnswer }),
  },
  '/api/v1/platform/statistics': {
    get: get({ summary: 'Statistics of every municipality over a period (the ministry\'s view)', description: PERIOD, tags: ['platform'], access: 'platform_admin', query: statisticsQuery, ok: { 200: { description: 'The statistics.', schema: statistics } } }),
  },
  '/api/v1/platform/statistics.csv': {
    get: get({ summary: "One table of the platform's statistics as a CSV file", description: CSV, tags: ['platform'], access: 'platform_admin', query: statisticsCsvQuery, ok: csvAnswer }),
  },
};
