/**
 * The original texts in index shards of their own (src/search/build/index-shards.ts): the search page
 * shows the first screen of results without them, then merges their shards and completes the results
 * (src/search/browser/search-page.ts, completeWithTexts). Tagged @base-path: the base-path build's
 * index is in shards; dist/'s is one index, which holds the texts, and there the same searches are
 * complete at once (each test says what it expects of both).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';

const TEXT_SHARDS = '**/pagefind/texts-*/**';
/** In the summaries of two sources (the 2017 and the Changde article) and in the original text of Suining's interview alone. */
const IN_SUMMARIES_AND_A_TEXT = '庄严承诺';
const SUINING = '2018-suining-jiang-huaqiong-interview';
/** Only in the original text of the Changde article. */
const ONLY_IN_CHANGDE_TEXT = '不漏一户';
/** Only in the original text of Suining's interview. */
const ONLY_IN_SUINING_TEXT = '专场招聘';

/** Whether this build's original texts are in shards of their own. */
async function textShards(page: Page): Promise<boolean> {
  return (await page.request.get('pagefind/texts-0/pagefind-entry.json')).ok();
}

/** Holds every request whose URL `matches` until `release` is called; `requested` settles at the first. */
async function holdRequests(page: Page, matches: string | ((url: URL) => boolean)): Promise<{ release: () => void; requested: Promise<void> }> {
  let release!: () => void;
  let seen!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requested = new Promise<void>((resolve) => {
    seen = resolve;
  });
  await page.route(matches, async (route) => {
    seen();
    await held;
    await route.continue();
  });
  return { release, requested };
}

/** Holds every request for the original texts' shards until `release` is called. */
const holdTextShards = (page: Page) => holdRequests(page, TEXT_SHARDS);

/** The results shown, as site paths without the base (sources/x, sources/x/text). */
function resultPaths(page: Page): Promise<string[]> {
  const base = new URL(page.url()).pathname.replace(/search\/.*$/, '');
  return page
    .locator('#search-results > li h3 a')
    .evaluateAll((links, b) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(b.length).replace(/\/$/, '')), base);
}

const status = (page: Page) => page.locator('#search-status');
const list = (page: Page) => page.locator('#search-results');

async function typeQuery(page: Page, q: string): Promise<void> {
  await page.locator('#search-input').fill(q);
  await page.locator('#search-input').press('Enter');
  await expect(status(page)).toContainText(`与“${q}”相关`, { timeout: 20_000 });
}

test('the first results come before the original texts are searched; then the texts complete them without moving them', { tag: '@base-path' }, async ({
  page,
}) => {
  const sharded = await textShards(page);
  const gate = await holdTextShards(page);
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const q = IN_SUMMARIES_AND_A_TEXT;
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(status(page)).toContainText(`与“${q}”相关`, { timeout: 20_000 });
  const first = await resultPaths(page);
  if (sharded) {
    // The first screen, complete while the texts' shards are held: summaries with their excerpts, no 原文 anywhere.
    await expect(status(page)).toContainText('正在检索原文');
    await expect(list(page)).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#search-filters')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#search-results > li .result-excerpt mark').first()).toBeVisible();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((p) => /^sources\/[a-z0-9-]+$/.test(p))).toBe(true);
    await expect(page.locator('#search-results .result-original')).toHaveCount(0);
    await expect(page.locator('#search-filters input[name="type"][value="原文"]')).toHaveCount(0);
    gate.release();
  }
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(status(page)).not.toContainText('正在检索原文');
  const all = await resultPaths(page);
  // What was shown stays where it was; the source found only in its original text follows.
  expect(all.slice(0, first.length)).toEqual(first);
  expect(all).toContain(`sources/${SUINING}/text`);
  if (sharded) expect(all.indexOf(`sources/${SUINING}/text`)).toBeGreaterThanOrEqual(first.length);
  await expect(page.locator(`#search-results > li:has(a[href*="/sources/${SUINING}/text/"]) .badge`).first()).toHaveText('原文');
  // The status and the filter counts count the texts too.
  await expect(status(page)).toContainText(`来源和其他页面 ${all.length} 个`);
  await expect(page.locator('#search-filters label', { hasText: '原文' }).locator('.facet-count')).toHaveText(/^\([1-9]\d*\)$/);
  await expect(page.locator('#search-filters')).not.toHaveAttribute('aria-busy', 'true');
  // The texts' shards' files, fetched before their merge, are not fetched again by Pagefind when it merges them.
  const textFiles = fetched.filter((path) => /\/pagefind\/texts-\d+\//.test(path));
  expect(textFiles.length > 0).toBe(sharded);
  expect(textFiles).toEqual([...new Set(textFiles)]);
});

test("a summary shown first gets its original text's 原文 line when that matches too", { tag: '@base-path' }, async ({ page }) => {
  const sharded = await textShards(page);
  const gate = await holdTextShards(page);
  // 扶贫 is in every summary and every original text.
  await page.goto(`search/?q=${encodeURIComponent('扶贫')}`);
  await expect(status(page)).toContainText('与“扶贫”相关', { timeout: 20_000 });
  const first = await resultPaths(page);
  if (sharded) {
    await expect(list(page)).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#search-results .result-original')).toHaveCount(0);
    gate.release();
  }
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  expect((await resultPaths(page)).slice(0, first.length)).toEqual(first);
  const lines = page.locator('#search-results > li .result-original a');
  await expect(lines.first()).toHaveAttribute('href', /\/sources\/[a-z0-9-]+\/text\/#l\d+/);
  expect(await lines.count()).toBe(await page.locator('#search-results > li').count());
});

test('results shown by “显示更多” while the texts load get their 原文 lines too', { tag: '@base-path' }, async ({ page }) => {
  const sharded = await textShards(page);
  const texts = await holdTextShards(page);
  await page.goto(`search/?q=${encodeURIComponent('扶贫')}`);
  await expect(status(page)).toContainText('与“扶贫”相关', { timeout: 20_000 });
  await expect(page.locator('#search-results > li[aria-busy]')).toHaveCount(0);
  const firstCount = await page.locator('#search-results > li').count();
  // The next results' views wait for their fragments, held here while the texts' shards are merged,
  // so the merge finds those results not yet complete on the page.
  const fragments = await holdRequests(page, (url) => /\/pagefind\/(shard-\d+\/)?fragment\//.test(url.pathname));
  await page.locator('#search-more').click();
  await fragments.requested;
  texts.release();
  if (sharded) await expect(status(page)).not.toContainText('正在检索原文', { timeout: 20_000 });
  fragments.release();
  await expect(page.locator('#search-results > li[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
  // 扶贫 is in every summary and every original text: each summary found has its 原文 line, those shown by the click too.
  const summaries = await page.locator('#search-results > li').evaluateAll((items) =>
    items
      .map((li, i) => ({
        i,
        path: new URL(li.querySelector<HTMLAnchorElement>('h3 a')!.href).pathname,
        original: li.querySelector('.result-original') !== null,
      }))
      .filter(({ path }) => /\/sources\/[a-z0-9-]+\/$/.test(path)),
  );
  expect(summaries.filter((s) => s.i >= firstCount).length).toBeGreaterThan(0);
  expect(summaries.filter((s) => !s.original)).toEqual([]);
});

test('a new query drops the late results of the one before it', { tag: '@base-path' }, async ({ page }) => {
  const sharded = await textShards(page);
  const gate = await holdTextShards(page);
  await page.goto(`search/?q=${encodeURIComponent(ONLY_IN_CHANGDE_TEXT)}`);
  await expect(status(page)).toContainText(`与“${ONLY_IN_CHANGDE_TEXT}”相关`, { timeout: 20_000 });
  if (sharded) await expect(status(page)).toContainText('正在检索原文');
  // The next query is entered while the texts' shards are still loading for the first.
  await typeQuery(page, ONLY_IN_SUINING_TEXT);
  gate.release();
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(async () => expect(await resultPaths(page)).toEqual([`sources/${SUINING}/text`])).toPass();
  await expect(status(page)).toContainText(`与“${ONLY_IN_SUINING_TEXT}”相关`);
  await expect(status(page)).not.toContainText(ONLY_IN_CHANGDE_TEXT);
});

test('original texts that cannot be loaded leave the results found, say so, and are tried again by the next query', { tag: '@base-path' }, async ({ page }) => {
  const sharded = await textShards(page);
  await page.route(TEXT_SHARDS, (route) => route.abort());
  const q = IN_SUMMARIES_AND_A_TEXT;
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await expect(status(page)).toContainText(`与“${q}”相关`, { timeout: 20_000 });
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  const found = await resultPaths(page);
  expect(found.length).toBeGreaterThan(0);
  if (sharded) {
    await expect(status(page)).toContainText('原文暂时无法检索');
    expect(found.some((p) => p.endsWith('/text'))).toBe(false);
  } else expect(found).toContain(`sources/${SUINING}/text`);
  // The index still answers: another query finds its summaries.
  await typeQuery(page, '两不愁三保障');
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  expect((await resultPaths(page)).length).toBeGreaterThan(1);
  // With the texts' shards within reach again, the next query loads them.
  await page.unroute(TEXT_SHARDS);
  await typeQuery(page, ONLY_IN_SUINING_TEXT);
  await expect(list(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(async () => expect(await resultPaths(page)).toEqual([`sources/${SUINING}/text`])).toPass();
  await expect(status(page)).not.toContainText('原文暂时无法检索');
});
