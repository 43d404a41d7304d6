import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { adminPaths } from './paths/admin';
import { bookingPaths, sitePaths } from './paths/booking';
import { consolePaths } from './paths/console';
import { managePaths } from './paths/manage';
import { platformPaths } from './paths/platform';
import { shortLinkPaths } from './paths/shortLinks';
import { statisticsPaths } from './paths/statistics';
import { videoPaths } from './paths/video';

export type OpenApiDocument = ReturnType<typeof createDocument>;

/** Every documented path with its operations (zod schemas, before rendering). */
export const apiPaths: ZodOpenApiPathsObject = { ...sitePaths, ...bookingPaths, ...consolePaths, ...managePaths, ...shortLinkPaths, ...videoPaths, ...adminPaths, ...platformPaths, ...statisticsPaths };

let built: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas
 * the routes validate with (so request shapes cannot drift), built once.
 */
export function openApiDocument(): OpenApiDocument {
  built ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Ραντεβού Δήμων / Municipal appointments API',
      version: '1',
      description:
        'Ραντεβού δια ζώσης, τηλεφωνικά ή με βιντεοκλήση με τους δήμους. Σφάλματα: {error:{code, message:{el,en}, field?}}.\n\n' +
        'In-person, phone and video appointments with Greek municipalities. Errors: {error:{code, message:{el,en}, field?}}. ' +
        'Sign-in is a browser redirect to GSIS (/auth/gsis/login); the session cookie then authenticates, and every write carries the session\'s CSRF token (GET /api/v1/session) in X-CSRF-Token.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'session', description: 'Sign-in and the caller\'s session' },
      { name: 'catalogue', description: 'Municipalities, topics and free times (public)' },
      { name: 'booking', description: 'Holds, bookings and changes by citizens' },
      { name: 'console', description: 'Employees\' console' },
      { name: 'admin', description: 'Municipal administration' },
      { name: 'platform', description: 'Platform administration' },
      { name: 'video', description: 'Video calls through join links' },
      { name: 'health', description: 'Probes' },
    ],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'muni_sid', description: 'Set by signing in through GSIS.' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The csrfToken of GET /api/v1/session; required on every write.' },
      },
    },
    paths: apiPaths,
  });
  return built;
}
