import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the whole stack (embedded PostgreSQL, API, web
// build, scheduler, mail catcher, LiveKit) and Debian's Chromium via
// playwright-core. One file at a time: each starts its own stack.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
