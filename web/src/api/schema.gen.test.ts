import { describe, expect, it } from 'vitest';
import { committedApiTypes, renderApiTypes } from '../../../scripts/api-types';

// The web's API types are generated from the server's OpenAPI document; a
// server change the committed file does not reflect must fail here, not in a
// browser.
describe('schema.gen.ts', () => {
  it('is what the API\'s OpenAPI document generates today', async () => {
    const fresh = await renderApiTypes();
    const committed = committedApiTypes();
    if (committed === fresh) return;
    const a = (committed ?? '').split('\n');
    const b = fresh.split('\n');
    const at = b.findIndex((line, i) => line !== a[i]);
    const where = at === -1 ? `the committed file has ${a.length - b.length} extra lines` : `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, document gives ${JSON.stringify(b[at])}`;
    expect.fail(`web/src/api/schema.gen.ts ${committed === null ? 'is missing' : 'differs from the OpenAPI document'} (${where}): run npm run api:types`);
  });
});
