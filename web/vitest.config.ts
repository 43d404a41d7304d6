import { defineConfig } from 'vitest/config';

// Unit tests of the web app's pure helpers; no database needed, so they can run
// without the root config's embedded PostgreSQL: `npx vitest run --config web/vitest.config.ts`.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
  },
});
