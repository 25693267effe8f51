import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, ensureTestChromium, findTestChromium } from './tests/support/chromium.ts';
import { readConfig } from './src/config.ts';
import { NETWORK_CUT_ARGS } from './tests/support/outside-requests.ts';

const dist = process.env.KB_DIST ?? 'dist';
// A port of its own per checkout, so two checkouts can run their tests at once, and another for a
// KB_DIST run, so `npm test` can run the tests on dist/ and on the base-path build at the same time.
const port = Number(
  process.env.KB_TEST_PORT ?? 4400 + (([...process.cwd()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 250) * 2 + (process.env.KB_DIST ? 1 : 0)),
);
const base = readConfig().base;
// Chromium's headless shell (tests/support/chromium.ts): the main process installs it when it is
// missing and it can; the workers, which load this file again, only look for it.
const chromium = process.env.TEST_WORKER_INDEX === undefined ? ensureTestChromium() : findTestChromium();

export default defineConfig({
  testDir: './tests/e2e',
  // Each run its own folder: Playwright empties it at the start.
  outputDir: process.env.KB_DIST ? 'test-results/base-path' : 'test-results/site',
  fullyParallel: true,
  forbidOnly: true,
  // KB_TEST_WORKERS to try another number; see docs/testing.md for what was measured.
  workers: Number(process.env.KB_TEST_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // The search page registers a service worker, whose install fetches the whole small site (some
    // 870 files) and which then answers every request of its context. Only the tests of the worker
    // and of outside requests allow it (offline.spec.ts, outside-requests.spec.ts); elsewhere pages
    // come from the server, as on a first visit, whichever test ran before in the same context.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`,
    launchOptions: {
      executablePath: chromium ?? undefined,
      // Cut off from every host but 127.0.0.1: no test can depend on the internet, and a request that
      // leaves the site fails (tests/support/outside-requests.ts). One set of launch options for every
      // spec keeps them all on the same workers, each with one browser.
      args: [...CHROMIUM_ARGS, ...NETWORK_CUT_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the already built site (npm test builds it first): dist/, or KB_DIST for the base-path run.
    command: `node scripts/serve-dist.ts --port ${port} --dir ${dist}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
