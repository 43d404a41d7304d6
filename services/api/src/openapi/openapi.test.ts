import type Koa from 'koa';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from '@muni/appointments';
import { useApiHarness } from '../testing/harness';
import { openApiDocument } from './document';

const h = useApiHarness();

type JsonSchema = { type?: string; required?: string[]; format?: string; enum?: string[]; const?: unknown; oneOf?: unknown[]; anyOf?: unknown[]; properties: Record<string, JsonSchema> };

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown>; parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, unknown> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every route the app's routers register, as "METHOD /openapi/{style}" (HEAD folded into GET, stand-ins left out). */
function registeredRoutes(app: Koa): string[] {
  const found = new Set<string>();
  for (const mw of app.middleware as Array<Koa.Middleware & { router?: { stack: { path: string; methods: string[] }[] } }>) {
    for (const layer of mw.router?.stack ?? []) {
      if (layer.path.startsWith('/dev/')) continue;
      const path = (layer.path.replace(/\/$/, '') || '/').replace(/:(\w+)/g, '{$1}');
      for (const method of layer.methods) if (method !== 'HEAD') found.add(`${method} ${path}`);
    }
  }
  return [...found].sort();
}

const documented = (doc: Doc) =>
  Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();

async function fetchDoc(): Promise<Doc> {
  const r = await h.client().get('/api/v1/openapi.json');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toContain('application/json');
  return r.body;
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document whose booking route carries the request schema the route validates with', async () => {
    const doc = await fetchDoc();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toContain('Ραντεβού');
    const booking = doc.paths['/api/v1/appointments']!.post!;
    const schema = booking.requestBody!.content['application/json']!.schema;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['municipalityId', 'topicId', 'mode', 'start', 'person', 'declarations']));
    expect(schema.properties.mode!.enum).toEqual(['in_person', 'phone', 'video']);
    expect(schema.properties.start!.format).toBe('date-time');
    expect(schema.properties.declarations!.properties.dataTrue!.const).toBe(true);
    expect(schema.properties.onBehalfOf!.oneOf ?? schema.properties.onBehalfOf!.anyOf).toHaveLength(3);
    expect(booking.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'Idempotency-Key' }));
    expect(Object.keys(booking.responses!)).toEqual(expect.arrayContaining(['201', '200', '409', '422']));
    // The free-slots query is the route's own schema: mode, topicId, from, to required.
    const slots = doc.paths['/api/v1/municipalities/{id}/slots']!.get!.parameters!;
    expect(slots.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(expect.arrayContaining(['mode', 'topicId', 'from', 'to', 'employeeId', 'interpretation']));
  });

  it('is the document openApiDocument() builds in-process (what npm run api:types generates the web\'s types from)', async () => {
    expect(await fetchDoc()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('describes every route the app registers, and nothing it does not', async () => {
    const doc = await fetchDoc();
    const app = createApp({ knex: h.knex, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), logger: pino({ level: 'silent' }), now: () => h.clock.now });
    const routes = registeredRoutes(app);
    expect(routes).toContain('POST /api/v1/appointments');
    expect(routes).toContain('GET /api/v1/openapi.json');
    // The document does not describe itself; everything else must match both ways.
    const mustBeDocumented = routes.filter((r) => r !== 'GET /api/v1/openapi.json');
    expect(mustBeDocumented.filter((r) => !documented(doc).includes(r)), 'routes missing from the OpenAPI document').toEqual([]);
    expect(documented(doc).filter((r) => !routes.includes(r)), 'documented routes the app does not have').toEqual([]);
  });

  it('is well-formed: summaries, responses, declared path parameters, resolvable references', async () => {
    const doc = await fetchDoc();
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(item).filter(([m]) => METHODS.includes(m))) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.summary, where).toBeTruthy();
        expect(Object.keys(operation.responses ?? {}).length, where).toBeGreaterThan(0);
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort(), where).toEqual([...names].sort());
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of new Set(refs)) expect(doc.components?.schemas?.[ref], ref).toBeDefined();
  });
});
