/**
 * A browser page shared by the tests of one worker that only open built pages and
 * read them, click through them or type into them: creating a context and its first
 * page costs more than a visit (a new renderer process each time), so these tests
 * reuse one. What a test may leave behind in the page is reset before each test
 * (viewport, colour scheme, the mouse's position); the document itself is new after each `goto`. Tests that
 * install a clock, route requests, grant permissions, store a preference or need a
 * page that has never loaded anything use Playwright's own `page` instead.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<{ readerPage: Page }, { sharedReaderPage: Page }>({
  sharedReaderPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  readerPage: async ({ sharedReaderPage: page, viewport }, use) => {
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light', media: null, reducedMotion: null });
    await page.mouse.move(0, 0);
    await use(page);
  },
});

export { expect } from '@playwright/test';
