import { defineConfig } from 'vitest/config';

// Chaos tests (npm run test:chaos, after npm test in CI): a real server against a throwaway
// PostgreSQL cluster that the test stops, or a server killed with SIGKILL. One file at a time.
export default defineConfig({
  test: {
    name: 'chaos',
    include: ['test/chaos/**/*.chaos.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
