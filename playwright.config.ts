/**
 * End-to-end tests in Debian's Chromium (Playwright downloads no browser here). The server is the real one
 * (server.ts, production build) on a free port of 127.0.0.1 with a fresh SQLite database per run.
 */
import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// The config is evaluated again in each worker: the first evaluation picks the port and data directory and
// leaves them in the environment, which workers inherit.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"]).toString().trim();
  process.env.E2E_DATA = mkdtempSync(path.join(tmpdir(), 'gongdu-e2e-'));
}
const port = Number(process.env.E2E_PORT);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export default defineConfig({
  testDir: 'e2e',
  // Generous for a whole test on a loaded machine (several sign-ups, two browsers); a single step that hangs still
  // fails within actionTimeout / navigationTimeout / expect's timeout below.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Two workers against the one server, test by test (a file's tests may run side by side). Each test signs up its
  // own users (random addresses), makes its own groups and sessions and asserts only on what those own, so two tests
  // at once do not see each other; the server's limits per address (sign-in and join-code failures, every browser
  // being 127.0.0.1) are far above what the whole suite spends. One worker took 13.1 min on the 2-core CI machine.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // the server's default zone: pages are drawn in it and the browser agrees, so no test sees a re-render for the
    // clock; tests of other zones set their own timezoneId
    timezoneId: 'Asia/Shanghai',
    // Every click, fill and navigation gives up in seconds rather than at the test's timeout: a click on a button
    // that never appears (CI, 2026-12-02: the phone's threads button on desktop) waited 8 minutes.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    // phone-sized Chromium (touch, 412×915) for the everyday-polish specs, which cover both kinds of screen
    // (matched from e2e/: a checkout whose own path has "polish/" in it, like a worktree named wt-polish, must not
    // run every spec on the phone)
    { name: 'phone', testMatch: /e2e[\\/]polish[\\/][^\\/]+\.spec\.ts$/, use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    command: 'node --import tsx server.ts',
    url: `http://127.0.0.1:${port}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${path.join(process.env.E2E_DATA!, 'gongdu.db')}`,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
      // app/test-routes/server-error: a page that fails on purpose, for the 500 page's test (404 without this)
      GONGDU_TEST_ROUTES: '1',
    },
  },
});
