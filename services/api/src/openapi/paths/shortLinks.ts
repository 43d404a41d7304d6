import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { get } from '../common';

// The short links in texts (SMS): outside /api/v1, opened by people from their phones.
export const shortLinkPaths: ZodOpenApiPathsObject = {
  '/s/{code}': {
    get: get({
      summary: 'A short link from a text',
      description:
        'Redirects to the recipient\'s own join link (a video call) or manage link of the appointment version the text was sent for. Unknown, mistyped, expired (after the join link\'s grace, or the end for a manage link) or replaced (the appointment changed or was cancelled): a bilingual HTML page with status 404 and code short_link_unknown, the same for every case. Rate-limited per address (30 a minute).',
      tags: ['booking'],
      access: 'anyone',
      path: z.object({ code: z.string().max(200).meta({ description: 'Ten letters and digits.', example: 'Ab3dE5gH9k' }) }),
      ok: {
        302: { description: 'Location: the join or manage link.' },
        404: { description: 'The link does not work (page for people).', schema: z.string(), contentType: 'text/html' },
      },
      errors: [429],
    }),
  },
};
