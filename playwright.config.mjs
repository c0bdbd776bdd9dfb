// Playwright settings: end-to-end tests against the release build in dist/, served on 127.0.0.1, in the system Chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.mjs/,
  // Time limits guard against a hang; they measure nothing (speed is in BENCHMARKS.md). A loaded 2-core machine ran
  // the longest flow (a whole history, then axe over the results) in 11 s on one run and over 30 s on another.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 2,
  reporter: [['list'], ['./tests/e2e/summary-reporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
