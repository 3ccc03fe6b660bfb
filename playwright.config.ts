/**
 * Browser tests (`npm run test:e2e`): Debian's Chromium against the real platform, started by
 * e2e/support/start-server.ts on a fresh PGlite folder with one administrator and demo mode off.
 * scripts/ensure-test-tools.ts installs Chromium and the Thai and CJK fonts first.
 */
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL } from './e2e/support/environment.ts';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores: two browsers at once, with the platform beside them.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // A test is a user's whole journey (sign in, several pages, a download); on a two-core runner
  // shared by two browsers and the platform, a journey of ten steps took up to 32 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: E2E_BASE_URL,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node --import tsx e2e/support/start-server.ts',
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
