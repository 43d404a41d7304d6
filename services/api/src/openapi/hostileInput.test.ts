// Hostile input against every route the OpenAPI document describes, as each
// kind of caller: anonymous, citizen, company representative, employee,
// municipal admin and platform admin. Path and query parameters and bodies
// are generated (fast-check, fixed seed, so a failure reproduces) from the
// document: the declared fields filled with wrong types, huge and odd strings,
// injection attempts, control and bidi characters, prototype keys; random
// JSON; malformed JSON. Whatever arrives, the answer is never a 5xx (503 only
// as the deliberate "video unavailable" answer), never shows a stack trace or
// a source path, and a refused request writes nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../testing/apiClient';
import { useApiHarness } from '../testing/harness';

const h = useApiHarness('2026-11-23T08:00:00Z');

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  parameters?: { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const ROLES = ['anonymous', 'citizen', 'company', 'employee', 'admin', 'platformAdmin'] as const;
type Role = (typeof ROLES)[number];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const SAMPLES_PER_ROUTE = 4;

// --- what hostile values look like ------------------------------------------------

const oddStrings = fc.constantFrom(
  '',
  ' ',
  "' OR '1'='1' --",
  '"; DROP TABLE appointments; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  'a\u0000b',
  '\u202Egnp.exe',
  '\uFEFF\u200B',
  '𝕳𝖊𝖑𝖑𝖔 😀',
  'Ωμέγα'.repeat(3000),
  'x'.repeat(70_000),
  '9999-99-99',
  '2026-02-30T25:61:00Z',
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '__proto__',
  'constructor',
  '{"$gt":""}',
  '${7*7}',
  '\\u0000',
);
const oddValues: fc.Arbitrary<unknown> = fc.oneof(
  oddStrings,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, [], {}),
  fc.uuid(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { polluted: true } } }),
  fc.array(oddStrings, { maxLength: 5 }),
);

function resolve(doc: Doc, schema: Schema | undefined, depth = 0): Schema | undefined {
  if (!schema || depth > 8) return schema;
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
  const alternative = schema.oneOf ?? schema.anyOf;
  if (alternative?.length) return resolve(doc, alternative[0], depth + 1);
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((s) => resolve(doc, s, depth + 1) ?? {});
    return { type: 'object', properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) };
  }
  return schema;
}

/** A body shaped like the documented one, each field (and its nested fields) either valid-looking or hostile. */
function bodyArbitrary(doc: Doc, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, schema);
  if (!s || depth > 4) return oddValues;
  if (s.enum?.length) return fc.oneof(fc.constantFrom(...s.enum), oddValues);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' && s.properties) {
    const fields = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, fc.option(bodyArbitrary(doc, v, depth + 1), { nil: undefined })]));
    return fc.oneof({ weight: 3, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: oddValues });
  }
  if (type === 'array') return fc.oneof(fc.array(bodyArbitrary(doc, s.items, depth + 1), { maxLength: 4 }), oddValues);
  return oddValues;
}

interface Attempt {
  url: string;
  /** undefined: no body; string: sent as it is (malformed JSON); else JSON. */
  body?: unknown;
}

const asQueryValue = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');

function attempts(doc: Doc, path: string, method: string, op: Operation, seed: number): Attempt[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = params.filter((p) => p.in === 'query').map((p) => p.name);
  const urlArb = fc.record({
    path: fc.tuple(...pathParams.map(() => fc.oneof(oddStrings, fc.uuid(), fc.string({ unit: 'grapheme', maxLength: 30 })))),
    query: fc.tuple(...queryParams.map(() => fc.option(oddValues, { nil: undefined }))),
  });
  const schema = Object.values(op.requestBody?.content ?? {})[0]?.schema;
  const bodyArb: fc.Arbitrary<unknown> =
    method === 'get' || method === 'delete'
      ? fc.constant(undefined)
      : fc.oneof(
          { weight: 5, arbitrary: bodyArbitrary(doc, schema) },
          { weight: 1, arbitrary: fc.constantFrom('{"unterminated": ', '[1,2,', 'null', '"just a string"', '{"a":1}{"b":2}') },
        );
  return fc.sample(fc.record({ u: urlArb, body: bodyArb }), { numRuns: SAMPLES_PER_ROUTE, seed }).map(({ u, body }) => {
    let i = 0;
    const filled = path.replace(/\{\w+\}/g, () => encodeURIComponent(u.path[i++] as string));
    const qs = queryParams
      .map((name, k) => (u.query[k] === undefined ? null : `${encodeURIComponent(name)}=${encodeURIComponent(asQueryValue(u.query[k]))}`))
      .filter(Boolean)
      .join('&');
    return { url: qs ? `${filled}?${qs}` : filled, body };
  });
}

// --- callers ---------------------------------------------------------------------

async function signIn(role: Role): Promise<ApiClient> {
  switch (role) {
    case 'anonymous': {
      const c = h.client();
      await c.csrfToken();
      return c;
    }
    case 'citizen':
      return h.citizen('045123787');
    case 'company':
      return h.citizen('800123456');
    case 'employee':
      return h.employee('055221137');
    case 'admin':
      return h.employee('135792468');
    case 'platformAdmin': {
      const taxId = '028765436';
      const c = await h.citizen(taxId);
      const [user] = await h.knex('users').where({ tax_id: taxId }).update({ platform_admin: true }).returning('id');
      await h.knex('sessions').where({ user_id: user!.id }).update({ data: JSON.stringify({ asPlatformAdmin: true }) });
      return c;
    }
  }
}

// --- what "nothing written" means ---------------------------------------------------

/** Bookkeeping every request may touch: sessions, rate-limit counters, the job queue, migrations, the audit trail of refusals. */
const BOOKKEEPING = /^(sessions|rate_limits|knex_migrations.*|agenda.*|jobs|audit_log)$/;
let tables: string[] = [];

/** A digest of every business table's content. */
async function digest(): Promise<string> {
  const parts = tables.map((t) => `select '${t}' as t, count(*)::text as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as d from "${t}" x`);
  const rows = (await h.knex.raw(parts.join(' union all '))).rows as { t: string; n: string; d: string }[];
  return rows.map((r) => `${r.t}:${r.n}:${r.d}`).join(',');
}

beforeAll(async () => {
  await h.knex('municipalities').update({ max_future_per_citizen: 1000, one_per_topic: false });
  const rows = (await h.knex.raw(`select tablename from pg_tables where schemaname = current_schema()`)).rows as { tablename: string }[];
  tables = rows.map((r) => r.tablename).filter((t) => !BOOKKEEPING.test(t)).sort();
});

describe('hostile input on every documented route, as every kind of caller', () => {
  it('never answers 5xx, never shows a stack trace, and writes nothing when it refuses', async () => {
    const doc = (await h.client().get('/api/v1/openapi.json')).body as Doc;
    const routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method]! })),
    );
    expect(routes.length).toBeGreaterThan(50);

    const clients = new Map<Role, ApiClient>();
    for (const role of ROLES) clients.set(role, await signIn(role));

    const problems: string[] = [];
    let sent = 0;
    let before = await digest();
    for (const [r, { path, method, op }] of routes.entries()) {
      for (const [k, role] of ROLES.entries()) {
        // Routes that start, end or switch a session get a caller of their own.
        const ownSession = path.startsWith('/auth/') || (/logout|act-as|session/.test(path) && method !== 'get');
        const client = ownSession ? await signIn(role) : clients.get(role)!;
        if (ownSession) before = await digest(); // signing in records the person
        const cookies = client.cookieHeader();
        for (const a of attempts(doc, path, method, op, 1_000 * r + k)) {
          const init: RequestInit = { method: method.toUpperCase(), headers: { 'X-CSRF-Token': await client.csrfToken(), 'content-type': 'application/json' } };
          if (a.body !== undefined) init.body = typeof a.body === 'string' && /^[[{"n]/.test(a.body) && method !== 'get' ? a.body : JSON.stringify(a.body);
          const res = await client.raw(a.url, init);
          const text = await res.text();
          sent++;
          const where = `${role} ${method.toUpperCase()} ${a.url.slice(0, 160)} → ${res.status}`;
          const deliberate503 = res.status === 503 && /unavailable/.test(text);
          if (res.status >= 500 && !deliberate503) problems.push(`${where}: ${text.slice(0, 200)}`);
          if (/\n\s+at .+\(|\.ts:\d+:\d+|node_modules\//.test(text)) problems.push(`${where}: stack trace or source path in the answer`);
          if (res.status >= 400 && res.headers.get('content-type')?.includes('json')) {
            const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
            if (typeof code !== 'string') problems.push(`${where}: error without a code`);
          }
          const after = await digest();
          if (res.status >= 400 && after !== before) problems.push(`${where}: refused, yet something was written`);
          before = after;
        }
        // The shared callers must stay who they are, or later routes would be tried as someone else.
        if (!ownSession) expect(client.cookieHeader(), `${role} ${method} ${path} changed the session`).toBe(cookies);
        // "Sign out everywhere" also ends the shared caller's session.
        else if (/logout-everywhere/.test(path)) clients.set(role, await signIn(role));
      }
    }
    expect(sent).toBeGreaterThan(routes.length * ROLES.length * (SAMPLES_PER_ROUTE - 1));
    expect(problems).toEqual([]);
  }, 600_000);
});
