/**
 * Three tiers (CONVENTIONS.md habit 9): `unit` runs `*.test.ts` (and `component` the web app's
 * `*.test.tsx` in jsdom); the integration projects run
 * `*.int.test.ts` over HTTP against real SQL — always on PGlite, and on the PostgreSQL server when it
 * is reachable (in CI it must be: an unreachable server fails the run instead of skipping it).
 */
import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config';
import { isPostgresReachable, testPostgresUrl } from './apps/server/src/testing/postgres.ts';

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const isCi = process.env.CI === 'true' || process.env.CI === '1';
  const hasPostgres = await isPostgresReachable(testPostgresUrl());
  if (isCi && !hasPostgres) {
    throw new Error(
      `CI needs the PostgreSQL server at ${testPostgresUrl()} for the integration tests, and it is not reachable.`,
    );
  }
  if (!hasPostgres) {
    process.stderr.write(
      `Note: PostgreSQL at ${testPostgresUrl()} is not reachable; integration tests run on PGlite only.\n`,
    );
  }
  const integration = (database: 'pglite' | 'postgresql') => ({
    extends: true as const,
    test: {
      name: `integration-${database}`,
      include: ['apps/**/*.int.test.ts'],
      // The platform-process tests are about the PGlite data folder: they belong to PGlite alone.
      exclude: [
        ...configDefaults.exclude,
        ...(database === 'postgresql' ? ['apps/server/src/testing/process/**'] : []),
      ],
      env: { TEST_DATABASE: database },
      globalSetup: ['apps/server/src/testing/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
  return {
    test: {
      env: { TZ: 'Asia/Bangkok' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['apps/**/*.test.ts', 'packages/**/*.test.ts', 'scripts/**/*.test.ts'],
            exclude: ['**/*.int.test.ts', '**/node_modules/**'],
            // Some unit tests write and read back whole PDFs (fonts loaded on first use, poppler run
            // as a child process): one took 7.6 s on a two-core machine under load.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            // The web app's components in a simulated browser (React Testing Library).
            name: 'component',
            include: ['apps/web/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['apps/web/src/testing/setup.ts'],
            // Typing through user-event in jsdom is slow on a loaded two-core machine.
            testTimeout: 30_000,
          },
        },
        integration('pglite'),
        ...(hasPostgres ? [integration('postgresql')] : []),
      ],
    },
  };
});
