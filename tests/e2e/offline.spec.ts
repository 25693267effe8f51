/**
 * Offline use (issue 4): the offline copy opened from its folder over file://
 * in Chromium with no special flags, and the hosted site read again after the
 * network is gone (service worker).
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { readConfig } from '../../src/config.ts';
import { expect, test } from '../support/reader-page.ts';
import { sourcesUsing, term } from '../support/site-content.ts';
import { OFFLINE_DIR, offlineUrl } from '../support/site-dirs.ts';

/** Records every request and every failed one. */
function recordRequests(page: Page) {
  const log = { all: [] as string[], failed: [] as string[] };
  page.on('request', (r) => log.all.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  return log;
}

/**
 * The named entry (shown first) and the result pages, as site paths (terms/x), for the offline copy
 * (…/tuopin-kb-offline/terms/x/index.html) and the hosted site (/base/terms/x/); with `selector`, other links.
 */
const resultPaths = async (page: Page, selector = '#search-entry:not([hidden]) h3 a, #search-results > li h3 a') => {
  await expect(page.locator('#search-status')).toContainText(/找到|没有找到/, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  const root = new URL('../', page.url()).pathname;
  return page
    .locator(selector)
    .evaluateAll((links, r) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(r.length).replace(/\/?(index\.html)?$/, '')), root);
};

/**
 * Searches for `q`: opens `url` when given, else types `q` into the box of the search page already
 * open and submits it. Resolves when the status names this query.
 */
async function searchFor(page: Page, q: string, url: string | null): Promise<void> {
  if (url) await page.goto(url);
  else {
    await page.locator('#search-input').fill(q);
    await page.locator('#search-input').press('Enter');
  }
  await expect(page.locator('#search-status')).toContainText(`与“${q}”相关`, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
}

test.describe('the offline copy, opened from its folder (file://)', { tag: '@base-path' }, () => {
  test('exists beside the build', () => {
    expect(existsSync(`${OFFLINE_DIR}/index.html`)).toBe(true);
  });

  test('navigates by clicking, follows an anchor, and searches, with no request leaving the folder', async ({ page }) => {
    const log = recordRequests(page);
    await page.goto(offlineUrl('index.html'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('脱贫攻坚政策知识库');

    // Click through: the glossary, a term, then its 出现在 link to the sentence on a source page.
    await page.locator('.site-nav a', { hasText: '术语' }).click();
    await expect(page).toHaveURL(/terms\/index\.html$/);
    await page.locator('a[href$="liang-bu-chou-san-bao-zhang/index.html"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('两不愁三保障');
    const backlink = page.locator('#appears-in ~ ul h3 a, section[aria-labelledby="appears-in"] h3 a').first();
    await backlink.click();
    await expect(page).toHaveURL(/sources\/[^/]+\/index\.html#term-liang-bu-chou-san-bao-zhang$/);
    await expect(page.locator('#term-liang-bu-chou-san-bao-zhang')).toBeInViewport();

    // Search from the header box: the term entry first, then the sources that use it.
    // The box loads the suggestions script from the folder when it gets focus; it runs before the form leaves
    // the page (a navigation would abort the script's load, which the request log counts as failed).
    await page.locator('#site-search').fill('两不愁三保障');
    await expect(page.locator('#site-search')).toHaveAttribute('role', 'combobox');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/search\/index\.html\?q=/);
    const paths = await resultPaths(page);
    expect(paths[0]).toBe('terms/liang-bu-chou-san-bao-zhang');
    expect(new Set(paths.slice(1, 4))).toEqual(new Set(sourcesUsing('liang-bu-chou-san-bao-zhang').map((s) => `sources/${s}`)));
    // The other matching entries: a block of links that open from the folder; the 原文 link names the paragraph.
    const entryLinks = await resultPaths(page, '#search-terms a');
    expect(entryLinks.length).toBeGreaterThan(0);
    expect(entryLinks.every((p) => /^terms\/[a-z0-9-]+$/.test(p))).toBe(true);
    await expect(page.locator('#search-results .result-original a').first()).toHaveAttribute('href', /\/text\/index\.html#l\d+$/);

    // Traditional query, and a result link that opens its page from the folder.
    await page.locator('#search-input').fill('脫貧');
    await page.locator('#search-input').press('Enter');
    expect((await resultPaths(page)).length).toBeGreaterThan(2);
    await expect(page.locator('#search-status')).toContainText(/找到 \d{2,} 条/);
    await expect(page.locator('#search-results mark').first()).toHaveText(/^(脱贫|脫貧)$/);
    // The first key pressed in the search page's box loaded its suggestions script from the folder, too.
    await expect(page.locator('#search-input')).toHaveAttribute('role', 'combobox');
    await page.locator('#search-results > li h3 a').first().click();
    await expect(page).toHaveURL(/^file:.*index\.html/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(log.failed).toEqual([]);
    expect(log.all.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  test('gives the same results as the hosted site', async ({ readerPage: page }) => {
    // Each search page is loaded once, with the first query; the others are typed into its box.
    const queries = ['易地扶贫搬迁', 'liangbuchou', '遂宁 搬迁'];
    const hosted: string[][] = [];
    for (const [i, q] of queries.entries()) {
      await searchFor(page, q, i === 0 ? `search/?q=${encodeURIComponent(q)}` : null);
      hosted.push(await resultPaths(page));
    }
    for (const [i, q] of queries.entries()) {
      await searchFor(page, q, i === 0 ? `${offlineUrl('search/index.html')}?q=${encodeURIComponent(q)}` : null);
      expect(await resultPaths(page), q).toEqual(hosted[i]);
    }
  });

  test('shows term previews: the previews script loads from the folder on the first hover', async ({ page }) => {
    const log = recordRequests(page);
    await page.goto(offlineUrl('sources/2019-zhenlai-xianwei-shuji-article/index.html'));
    await expect(page.locator('.term-preview')).toHaveCount(0);
    const link = page.locator('.summary a.term-link').first();
    const slug = (await link.getAttribute('data-term'))!;
    const entry = term(slug);
    await link.hover();
    const preview = page.locator(`#preview-${slug}`);
    await expect(preview).toBeVisible();
    await expect(preview.locator('strong')).toHaveText(entry.data.term);
    await expect(preview).toContainText(entry.data.definition);
    // The entry's link opens from the folder.
    await expect(preview.getByRole('link')).toHaveAttribute('href', `../../terms/${slug}/index.html`);
    await preview.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`terms/${slug}/index\\.html$`));
    expect(log.all.filter((u) => u.endsWith('/_kb/term-previews.js'))).toHaveLength(1);
    expect(log.failed).toEqual([]);
    expect(log.all.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  test('shows no copy controls (over file:// the tool cannot reach its page); ¶ links and one-click citation selection remain', async ({ page }) => {
    const log = recordRequests(page);
    await page.goto(offlineUrl('terms/liang-bu-chou-san-bao-zhang/index.html'));
    await expect(page.locator('html')).toHaveClass(/\boffline-copy\b/);
    // Hidden, so neither seen nor reached by Tab, nor read out.
    await expect(page.locator('a.copy-link').first()).toBeAttached();
    for (const selector of ['a.copy-link', 'a.copy-cite', '.copy-only', '.copy-status']) {
      expect(await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length), selector).toBe(0);
    }
    const anchor = page.locator('#definition > a.anchor-link');
    await anchor.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#definition > a.copy-link')).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await anchor.press('Enter');
    await expect(page).toHaveURL(/index\.html#definition$/);
    // The citation: the help text reads whole without the copy sentence; a click still selects the block.
    await expect(page.locator('.citation-help')).toBeVisible();
    expect(await page.locator('.citation-help').innerText()).toMatch(/^点一下引文即可全选，再按 Ctrl\+C/);
    await page.locator('#cite-gbt-text').click();
    expect(await page.evaluate(() => window.getSelection()?.toString().replace(/\s+/g, ''))).toBe(
      (await page.locator('#cite-gbt-text').textContent())!.replace(/\s+/g, ''),
    );
    // The tool was never loaded.
    expect(log.all.filter((u) => u.includes('/_kb/copy'))).toEqual([]);
    expect(log.failed).toEqual([]);
  });

  test('its about page says it is the offline copy; the hosted one offers the zip with size and date', async ({ readerPage: page }) => {
    await page.goto(offlineUrl('about/index.html'));
    await expect(page.locator('[data-offline-download]')).toHaveText('你正在使用的就是离线副本。');
    await page.goto('about/');
    const link = page.locator('[data-offline-download] a');
    await expect(link).toContainText(/ZIP，\d+(\.\d)? (KB|MB)，内容更新于 \d{4}年\d{1,2}月\d{1,2}日/);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/zip/);
    const body = await response.body();
    expect(body.subarray(0, 4).toString('hex')).toBe('504b0304');
  });
});

test.describe('the hosted site after one visit, without a network', { tag: '@base-path' }, () => {
  /** The test suite's second build sets KB_PRECACHE_BUDGET=0: its worker caches only the shell at install, as a large site's does. */
  const shellOnly = readConfig().precacheBudget === 0;

  // One visit installs the worker, in a context of this group's own: the first test reads what the
  // install asked for and cached, the second then reads the site from that cache. They run in this
  // order on one Playwright worker, which installs the service worker once for both.
  test.describe.configure({ mode: 'default' });
  let context: BrowserContext;
  let page: Page;
  /** Every request the service worker made (its install's included), recorded on the context, where Playwright reports them. */
  const asked: string[] = [];

  test.beforeAll(async ({ browser }, workerInfo) => {
    context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, serviceWorkers: 'allow' });
    context.on('request', (request) => {
      if (request.serviceWorker()) asked.push(request.url());
    });
    page = await context.newPage();
    // Opens the search page (which registers the worker) and waits until the install has cached its files.
    await page.goto(`search/?q=${encodeURIComponent('第一书记')}`);
    await resultPaths(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await new Promise<void>((resolve) => {
        if (registration.active?.state === 'activated') resolve();
        else registration.active?.addEventListener('statechange', () => resolve());
      });
    });
  });

  test.afterAll(async () => {
    await context.close();
  });

  test('the install caches the whole of a small site, only the shell of a large one, and asks only the site for it', async ({ baseURL }) => {
    const cached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('kb-'))!;
      return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    });
    const origin = new URL(baseURL!).origin;
    expect(asked.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // The record is complete: every file in the cache was a request seen above.
    const askedPaths = new Set(asked.map((url) => new URL(url).pathname));
    expect(cached.filter((p) => !askedPaths.has(p))).toEqual([]);
    expect(cached.some((p) => p.endsWith('/search/'))).toBe(true);
    expect(cached.some((p) => /\/pagefind\/(shard-\d+\/)?pagefind\.[^/]+\.pf_meta$/.test(p))).toBe(true);
    expect(cached.some((p) => p.endsWith('/terms/wu-ge-yi-pi/'))).toBe(!shellOnly);
    // No source page was opened: the shell alone holds none of them.
    expect(cached.some((p) => /\/sources\/[^/]+\/$/.test(p))).toBe(!shellOnly);
  });

  test('pages and search still work from the service worker cache', async () => {
    if (shellOnly) {
      // A large site keeps what the reader opened: open the page and run the search once online.
      await page.goto('terms/wu-ge-yi-pi/');
      await page.goto(`search/?q=${encodeURIComponent('易地扶贫搬迁')}`);
      await resultPaths(page);
    }
    await context.setOffline(true);
    await page.goto('terms/wu-ge-yi-pi/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('五个一批');
    await expect(page.locator('footer')).toContainText('本副本内容更新于');
    await page.goto(`search/?q=${encodeURIComponent('易地扶贫搬迁')}`);
    expect((await resultPaths(page))[0]).toBe('terms/yi-di-fu-pin-ban-qian');
    await context.setOffline(false);
  });
});
