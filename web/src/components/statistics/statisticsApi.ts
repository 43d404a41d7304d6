// Requests of the statistics pages: the municipal admin's own municipality or,
// for the platform admin, every municipality. The same answer either way.
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { components } from '../../api/schema.gen';

export type Statistics = components['schemas']['Statistics'];
export type BreakdownRow = components['schemas']['StatisticsBreakdownRow'];
export type PublishedCount = components['schemas']['PublishedCount'];
export type StatisticsTable = 'outcomes' | 'municipalities' | 'topics' | 'modes' | 'offices' | 'employees' | 'timings' | 'video' | 'interpreting' | 'identityChecks';

export const STATISTICS_BASES = {
  municipality: '/api/v1/admin/municipality',
  platform: '/api/v1/platform',
} as const;
export type StatisticsScope = keyof typeof STATISTICS_BASES;

/** [from, to) in days; the API counts appointments starting in it, in Greek time. */
export interface Period {
  from: string;
  to: string;
}

export function useStatistics(scope: StatisticsScope, period: Period) {
  return useQuery({
    queryKey: ['statistics', scope, period.from, period.to],
    queryFn: () => api.get<Statistics>(`${STATISTICS_BASES[scope]}/statistics${query({ ...period })}`),
  });
}

/** The address of one table's CSV file (a plain link: the browser downloads it with the session cookie). */
export const csvUrl = (scope: StatisticsScope, period: Period, table: StatisticsTable, lang: 'el' | 'en') =>
  `${STATISTICS_BASES[scope]}/statistics.csv${query({ ...period, table, lang })}`;
