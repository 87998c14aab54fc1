import { defineConfig } from 'vitest/config';

// One run covers: unit and HTTP integration tests on the embedded database; the same
// tests again on PostgreSQL when TEST_DATABASE_URL is set; browser journeys against a
// real server on each database.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const serverTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      { extends: true as const, test: { name: 'pglite', include: serverTests, env: { SEEDLINE_TEST_DB: 'pglite' } } },
      ...(onPostgres ? [{ extends: true as const, test: { name: 'postgres', include: serverTests, env: { SEEDLINE_TEST_DB: 'postgres' } } }] : []),
      { extends: true as const, test: { name: 'web', include: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'] } },
      {
        extends: true as const,
        test: {
          name: 'e2e-pglite',
          include: ['e2e/**/*.e2e.ts'],
          env: { SEEDLINE_E2E_DB: 'pglite' },
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e-postgres',
                include: ['e2e/**/*.e2e.ts'],
                // Axe and the other-language check walk every page of every role in both languages
                // (about five minutes); what they check does not depend on the database, so that walk
                // runs on the embedded database only. Every other journey runs on both.
                exclude: ['e2e/every-role-every-page.e2e.ts'],
                env: { SEEDLINE_E2E_DB: 'postgres' },
                globalSetup: ['e2e/global-setup.ts'],
                testTimeout: 90_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
