import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { consoleExportQuery } from '../../routes/console/schema';
import { get } from '../common';
import { localizedText } from '../responses';

// The employee console's search aids: the list as a spreadsheet, and what the list can be narrowed by.
// (The list itself and the actions on an appointment are in booking.ts.)

const tags = ['console'];

export const consoleFilters = z
  .object({
    topics: z.array(z.object({ id: z.uuid(), name: localizedText, active: z.boolean() })),
    employees: z.array(z.object({ id: z.uuid(), displayName: z.string(), active: z.boolean() })),
  })
  .meta({ id: 'ConsoleFilters', description: 'Every topic and employee of the municipality, active ones first.' });

export const consolePaths: ZodOpenApiPathsObject = {
  '/api/v1/console/appointments.csv': {
    get: get({
      summary: 'The list as a CSV file for Excel (same filters and search as the list)',
      description: 'UTF-8 with a byte order mark, ";" between cells (the list separator of Greek Windows), CRLF line ends; a header row in the chosen language; times in the municipality\'s zone. Audited as an export (the filters used and the count, never a search term).',
      tags,
      access: 'staff',
      query: consoleExportQuery,
      ok: { 200: { description: 'text/csv, as an attachment.', schema: z.string(), contentType: 'text/csv' } },
    }),
  },
  '/api/v1/console/filters': {
    get: get({ summary: 'Topics and employees to narrow the console\'s list by', tags, access: 'staff', ok: { 200: { description: 'Inactive ones too: their past appointments are still listed.', schema: consoleFilters } } }),
  },
};
