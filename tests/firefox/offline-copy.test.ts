/**
 * The offline copy in Firefox, opened from its folder (file://) with no flags
 * and no network: navigation by clicking, an anchor, and search in both scripts,
 * with no request leaving the folder. (The same scenario runs in Chromium in
 * tests/e2e/offline.spec.ts.) And term previews in Firefox, which has no interest
 * invokers (it ignores `interestfor`): the previews' script answers every hover and
 * focus of a term link itself, not only the first one the page script asked for
 * (Chromium's interest invokers are tested in tests/e2e/reading.spec.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { ensureFirefox } from '../support/firefox.ts';
import { offlineUrl } from '../support/site-dirs.ts';

let browser: Browser;
let page: Page;
const requests: string[] = [];
const failed: string[] = [];

before(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true });
  page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(r.url()));
});
after(async () => browser?.close());

/** The search page's result paths: the entry the query names (shown first, apart from the list), then the results list. */
async function searchFor(query: string): Promise<{ status: string; paths: string[] }> {
  await page.goto(`${offlineUrl('search/index.html')}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), { timeout: 30_000 });
  const status = await page.$eval('#search-status', (e) => e.textContent ?? '');
  const paths = await page.$$eval('#search-entry:not([hidden]) h3 a, #search-results > li h3 a', (links) =>
    links.map((a) => {
      const path = new URL((a as HTMLAnchorElement).href).pathname;
      return path.slice(path.indexOf('tuopin-kb-offline/') + 'tuopin-kb-offline/'.length).replace(/\/?index\.html$/, '');
    }),
  );
  return { status, paths };
}

describe('the offline copy in Firefox (file://)', () => {
  it('navigates by clicking and follows an anchor', async () => {
    await page.goto(offlineUrl('index.html'));
    await Promise.all([page.waitForNavigation(), page.click('.site-nav a[href$="terms/index.html"]')]);
    assert.match(page.url(), /terms\/index\.html$/);
    await Promise.all([page.waitForNavigation(), page.click('a[href$="liang-bu-chou-san-bao-zhang/index.html"]')]);
    assert.equal(await page.$eval('h1', (h) => h.textContent?.trim()), '两不愁三保障');
    await Promise.all([page.waitForNavigation(), page.click('section[aria-labelledby="appears-in"] h3 a')]);
    assert.match(page.url(), /#term-liang-bu-chou-san-bao-zhang$/);
    const top = await page.$eval('#term-liang-bu-chou-san-bao-zhang', (el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 800, `the anchored element is in view (top ${top})`);
  });

  it('searches 两不愁三保障 and finds the entry first, then the sources', async () => {
    const { paths } = await searchFor('两不愁三保障');
    assert.equal(paths[0], 'terms/liang-bu-chou-san-bao-zhang');
    assert.ok(paths.slice(1).some((p) => p.startsWith('sources/')));
  });

  it('searches 脫貧 in Traditional script and finds Simplified pages', async () => {
    const { status, paths } = await searchFor('脫貧');
    assert.match(status, /找到 \d{2,} 条/);
    assert.ok(paths.length > 0);
    const mark = await page.$eval('#search-results mark', (m) => m.textContent);
    assert.match(mark ?? '', /^(脱贫|脫貧)$/);
  });

  it('made no request outside the folder and none failed', () => {
    assert.deepEqual(
      requests.filter((u) => !/^(file|data|about|moz-extension|resource|chrome):/.test(u)),
      [],
    );
    assert.deepEqual(failed, []);
  });
});

/** The ids of the previews open now. */
const openPreviews = () => page.$$eval('.term-preview:popover-open', (open) => open.map((p) => p.id));

async function waitForOpen(id: string): Promise<void> {
  await page.waitForFunction((want) => document.getElementById(want)?.matches(':popover-open') === true, { timeout: 10_000 }, id);
}

async function waitForNoneOpen(): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.term-preview:popover-open') === null, { timeout: 10_000 });
}

describe('term previews in Firefox (no interest invokers)', () => {
  it('shows the hovered or focused term’s preview every time, not only the first', async () => {
    await page.goto(offlineUrl('sources/2018-suining-jiang-huaqiong-interview/index.html'));
    assert.equal(await page.evaluate(() => 'interestForElement' in HTMLAnchorElement.prototype), false, 'this Firefox has interest invokers');
    const links: Array<ElementHandle<HTMLAnchorElement>> = [];
    const slugs: string[] = [];
    for (const link of (await page.$$('[data-term-previews] a.term-link[data-term]')) as Array<ElementHandle<HTMLAnchorElement>>) {
      const slug = await link.evaluate((a) => a.dataset.term!);
      if (slugs.includes(slug)) continue;
      links.push(link);
      slugs.push(slug);
      if (slugs.length === 2) break;
    }
    assert.equal(slugs.length, 2, 'the page links two different terms');
    const [first, second] = links as [ElementHandle<HTMLAnchorElement>, ElementHandle<HTMLAnchorElement>];

    // The first hover loads the previews (the page script asks) …
    await first.hover();
    await waitForOpen(`preview-${slugs[0]}`);
    await page.mouse.move(1, 1);
    await waitForNoneOpen();
    // … and each later hover is answered by the previews' script.
    await second.hover();
    await waitForOpen(`preview-${slugs[1]}`);
    assert.deepEqual(await openPreviews(), [`preview-${slugs[1]}`]);
    await page.mouse.move(1, 1);
    await waitForNoneOpen();
    await first.hover();
    await waitForOpen(`preview-${slugs[0]}`);
    await page.mouse.move(1, 1);
    await waitForNoneOpen();

    // Focus shows it too, and focus leaving closes it.
    await second.focus();
    await waitForOpen(`preview-${slugs[1]}`);
    // It is that term's preview: its link leads where the term link does.
    const more = await page.$eval(`#preview-${slugs[1]} .term-preview__more`, (a) => a.getAttribute('href'));
    assert.equal(more, await second.evaluate((a) => a.getAttribute('href')));
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await waitForNoneOpen();
  });
});
