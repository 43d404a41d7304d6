import { defineConfig } from 'vitest/config';

// One run for every workspace. The global setup starts a throw-away embedded
// PostgreSQL cluster; each test file that needs a database gets its own copy
// of a migrated template (see services/db/src/testing.ts).
export default defineConfig({
  test: {
    include: ['services/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'scheduler/src/**/*.test.ts', 'mail-templates/src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
    globalSetup: ['services/db/src/testing/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
