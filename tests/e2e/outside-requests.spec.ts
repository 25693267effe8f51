/**
 * The site never requests anything from outside: every built page is loaded in a
 * browser cut off from every host but the local test server, and every request is
 * recorded until the page has made all it makes on its own (see `settle`).
 * The Content-Security-Policy blocks outside requests on its own, and still
 * lets search (Pagefind: fetch, WebAssembly, a worker) work.
 * The same loads, made at a phone's width, show that no page scrolls sideways at 320 px.
 */
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/site/csp.ts';
import { builtPages } from '../support/site-pages.ts';
import { CUT_ERROR, describeLog, recordRequests, settle } from '../support/outside-requests.ts';
import { expect, test } from '../support/reader-page.ts';

// Every end-to-end test runs in a Chromium that can reach 127.0.0.1 and nothing else (NETWORK_CUT_ARGS in
// playwright.config.ts); here the service worker the search page registers is allowed, so that its requests are recorded too.
test.use({ serviceWorkers: 'allow' });

const pages = builtPages();
/** Pages per test: one browser page visits each in turn (a fresh context per page costs more than the visit). */
const CHUNK = 12;

test.describe('no page makes a request that leaves the site (network cut), and none scrolls sideways at 320 px', () => {
  // Every page is loaded once, 320 px wide: what a page requests does not depend on the width (no
  // stylesheet, image or source of the site has a media or srcset condition, and lazy images are
  // made eager), and the same load, settled, shows whether the page fits a small phone.
  test.use({ viewport: { width: 320, height: 640 } });

  for (let start = 0; start < pages.length; start += CHUNK) {
    const chunk = pages.slice(start, start + CHUNK);
    test(`pages ${start + 1}–${start + chunk.length} of ${pages.length}: /${chunk[0]} … /${chunk.at(-1)}`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const log = recordRequests(page, new URL(baseURL!).origin);
      const problems: string[] = [];
      for (const path of chunk) {
        log.clear();
        const response = await page.goto(path);
        await settle(page, log);
        if (response?.status() !== 200) problems.push(`/${path}: HTTP ${response?.status()}`);
        const found = describeLog(path, log);
        if (found) problems.push(found);
        // The policy and the sideways scroll, read together.
        const { policies, extra } = await page.evaluate(() => ({
          policies: [...document.querySelectorAll('head > meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.getAttribute('content')),
          extra: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        if (policies.length !== 1 || policies[0] !== contentSecurityPolicy())
          problems.push(`/${path}: not one Content-Security-Policy, the site's: ${JSON.stringify(policies)}`);
        if (extra > 0) problems.push(`/${path}: scrolls sideways at 320 px (+${extra}px)`);
      }
      expect(problems.join('\n')).toBe('');
    });
  }

  test("/search/ with results: the search bundle, Pagefind's wasm and its index all come from the site, and the results fit 320 px", async ({
    page,
    baseURL,
  }) => {
    const log = recordRequests(page, new URL(baseURL!).origin);
    const local: string[] = [];
    page.on('requestfinished', (request) => local.push(new URL(request.url()).pathname));
    await page.goto(`search/?q=${encodeURIComponent('两不愁三保障')}`);
    await expect(page.locator('#search-status')).toContainText('找到', { timeout: 20_000 });
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(describeLog('search/', log)).toBe('');
    // Pagefind really ran here, under the policy: the bundle with its JS API, its wasm and its index came from the site.
    expect(local.some((p) => p.endsWith('/_kb/search.js'))).toBe(true);
    expect(local.some((p) => /\/pagefind\/.*\.pagefind$/.test(p) || /wasm/.test(p))).toBe(true);
    expect(local.some((p) => p.includes('/pagefind/index/'))).toBe(true);
    expect(await sidewaysScroll(page), 'the results page scrolls sideways at 320 px').toBe(0);
  });
});

/** How far the page scrolls sideways, in CSS pixels (0 when it fits its viewport's width). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Opens a made-up page under the site, served by the test itself, without the site's policy. */
async function openFixturePage(page: Page, name: string, title: string, body: string): Promise<void> {
  await page.route(`**/__fixture__/${name}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`__fixture__/${name}/`);
}

test.describe('the cut and the recorder (bad input)', () => {
  test('the browser reaches the test server and nothing else: outside requests, by name or by address, are seen and fail', async ({ page, baseURL }) => {
    const log = recordRequests(page, new URL(baseURL!).origin);
    // A made-up page under the site, served by the test itself, without the policy: nothing but the cut stops its fetches.
    await openFixturePage(page, 'no-policy', '无策略', '');
    const outside = ['https://example.com/data.json', 'http://93.184.216.34/data.json', 'http://[2606:2800:220:1:248:1893:25c8:1946]/data.json'];
    const results = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url).then(
              (response) => `${url} ${response.status}`,
              (error) => `${url} ${String(error)}`,
            ),
          ),
        ),
      [...outside, new URL('favicon.svg', baseURL).href],
    );
    await log.quiet();
    expect(results).toEqual([...outside.map((url) => `${url} TypeError: Failed to fetch`), `${new URL('favicon.svg', baseURL).href} 200`]);
    expect(log.outside).toEqual(outside.map((url) => ({ url, by: 'page', failure: CUT_ERROR })));
  });

  test('a page without the policy that loads an outside image is reported', async ({ page, baseURL }) => {
    const log = recordRequests(page, new URL(baseURL!).origin);
    // A made-up page under the site, served by the test itself: no CSP, one outside image.
    await openFixturePage(page, 'leaky', '漏', '<img src="https://example.com/pixel.gif" alt="">');
    await settle(page, log);
    expect(describeLog('__fixture__/leaky/', log)).toBe(
      `/__fixture__/leaky/: the page requested https://example.com/pixel.gif, which leaves the site (${CUT_ERROR})`,
    );
  });

  test('a page whose inline script the policy blocks is reported with the browser’s message', async ({ page, baseURL }) => {
    const log = recordRequests(page, new URL(baseURL!).origin);
    await page.route('**/__fixture__/inline/', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}"><title>内联</title></head><body><script>document.title = 'ran'</script></body></html>`,
      }),
    );
    await page.goto('__fixture__/inline/');
    await settle(page, log);
    expect(await page.title()).toBe('内联');
    expect(describeLog('__fixture__/inline/', log)).toMatch(
      /^\/__fixture__\/inline\/: .*inline script violates the following Content Security Policy directive 'script-src 'self' 'wasm-unsafe-eval''/,
    );
  });
});

test.describe('Content-Security-Policy', () => {
  test('blocks a fetch, an image, a script, a stylesheet and a frame from outside, before they reach the network', async ({ page, baseURL }) => {
    const log = recordRequests(page, new URL(baseURL!).origin);
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      // Resolves when the five blocked loads below have each reported their violation.
      const allReported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
          if (violations.length === 5) resolve();
        }),
      );
      let fetchError = '';
      try {
        await fetch('https://example.com/data.json');
      } catch (error) {
        fetchError = String(error);
      }
      const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
      add('<img src="https://example.com/pixel.gif" alt="">');
      add('<link rel="stylesheet" href="https://cdn.example.com/style.css">');
      add('<iframe src="https://example.com/frame"></iframe>');
      const script = document.createElement('script');
      script.src = 'https://cdn.example.com/lib.js';
      document.body.append(script);
      await allReported;
      return { fetchError, violations: violations.sort() };
    });
    expect(result.fetchError).toMatch(/TypeError/);
    expect(result.violations).toEqual([
      'connect-src https://example.com/data.json',
      'frame-src https://example.com', // a blocked navigation reports only the origin
      'img-src https://example.com/pixel.gif',
      'script-src-elem https://cdn.example.com/lib.js',
      'style-src-elem https://cdn.example.com/style.css',
    ]);
    // Blocked by the policy itself: none of them reached the (cut) network. Chromium reports some
    // of them as requests that failed with 'csp', and never starts the others.
    await log.quiet();
    expect(log.outside.filter((r) => r.failure !== 'csp')).toEqual([]);
  });

  test('blocks inline script and inline style, so the build must never inline them', async ({ page }) => {
    await page.goto('about/');
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      // Resolves when both the inline script and the inline style have been refused.
      const bothReported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          violations.push(e.effectiveDirective);
          if (violations.length === 2) resolve();
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(p);
      await bothReported;
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, color: getComputedStyle(p).color, violations: violations.sort() };
    });
    expect(result.ran).toBe(false);
    expect(result.color).not.toBe('rgb(1, 2, 3)');
    expect(result.violations).toEqual(['script-src-elem', 'style-src-attr']);
  });
});
