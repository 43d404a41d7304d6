// `npm run api:types`: writes web/src/api/schema.gen.ts, the web app's API
// types, from the API's OpenAPI document (built in-process from the zod
// schemas the routes validate with; no server is started). A test
// (web/src/api/schema.gen.test.ts) fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../services/api/src/openapi/document';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/src/api/schema.gen.ts');

const HEADER = `// GENERATED FILE: do not edit. Written by \`npm run api:types\` (scripts/api-types.ts)
// from the API's OpenAPI document (services/api/src/openapi, served at
// /api/v1/openapi.json). Change the zod schemas there, then run
// \`npm run api:types\` again; web/src/api/types.ts names these shapes.

`;

/** The TypeScript text of schema.gen.ts for the document the API serves now. */
export async function renderApiTypes(): Promise<string> {
  // Round-trip through JSON: exactly what GET /api/v1/openapi.json sends.
  const served = JSON.parse(JSON.stringify(openApiDocument())) as OpenAPI3;
  const ast = await openapiTS(served, { silent: true });
  return HEADER + astToString(ast);
}

/** The committed file's text, or null when there is none. */
export function committedApiTypes(): string | null {
  try {
    return readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await renderApiTypes();
  if (committedApiTypes() === text) {
    console.log(`${path.relative(process.cwd(), SCHEMA_FILE)} is up to date.`);
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}.`);
  }
}
