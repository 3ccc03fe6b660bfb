/**
 * Three tiers (CONVENTIONS.md habit 9): `unit` runs `*.test.ts`; the integration projects run
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
          },
        },
        integration('pglite'),
        ...(hasPostgres ? [integration('postgresql')] : []),
      ],
    },
  };
});
