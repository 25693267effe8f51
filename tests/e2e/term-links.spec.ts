import { expect, test } from '../support/reader-page.ts';
import { sources, sourcesUsing, term } from '../support/site-content.ts';

test('term links in a summary land on the right glossary entry', { tag: '@base-path' }, async ({ readerPage: page }) => {
  await page.goto('sources/2019-yunyang-zhang-xuefeng-interview/');
  const link = page.locator('.summary a.term-link', { hasText: '两不愁三保障' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/terms\/liang-bu-chou-san-bao-zhang\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(term('liang-bu-chou-san-bao-zhang').data.term);
});

test('the longest term wins: 易地扶贫搬迁 links as one term', async ({ readerPage: page }) => {
  await page.goto('sources/2018-suining-jiang-huaqiong-interview/');
  const links = page.locator('a.term-link', { hasText: /易地扶贫搬迁/ });
  await expect(links.first()).toHaveAttribute('href', /\/terms\/yi-di-fu-pin-ban-qian\/$/);
  await expect(links.first()).toHaveText(/^易地扶贫搬迁/);
});

test("出现在 lists exactly the sources that use the term, linking to the term's row on the source page, whose 原文 link lands on a line that uses it", {
  tag: '@base-path',
}, async ({ readerPage: page }) => {
  const expected = sourcesUsing('liang-bu-chou-san-bao-zhang');
  expect(expected.length).toBeGreaterThan(1);
  await page.goto('terms/liang-bu-chou-san-bao-zhang/');
  const hrefs = await page.locator('section[aria-labelledby="appears-in"] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.map((h) => h.match(/sources\/([^/]+)\//)![1]).sort()).toEqual([...expected].sort());
  for (const href of hrefs) expect(href).toMatch(/#term-liang-bu-chou-san-bao-zhang$/);

  await page.locator('section[aria-labelledby="appears-in"] h3 a').first().click();
  const target = page.locator('#term-liang-bu-chou-san-bao-zhang');
  await expect(target).toBeVisible();
  await expect(target.locator('a').first()).toHaveText('两不愁三保障');
  const line = target.locator('.source-line a').first();
  // Written relative to the source page (text/#l12).
  await expect(line).toHaveAttribute('href', /^text\/#l\d+$/);
  await line.click();
  await expect(page).toHaveURL(/\/text\/#l\d+$/);
  await expect(page.locator(':target')).toContainText(/两不愁三保障|兩不愁三保障/);
});

test('the Traditional source 001 finds terms through script folding', async ({ readerPage: page }) => {
  const source = sources.find((s) => s.data.originalScript === 'zh-Hant')!;
  // The entry's 出现在 quotes the Traditional sentence in its own script, the term marked as written there.
  await page.goto('terms/jing-zhun-fu-pin/');
  const mention = page.locator(`#in-${source.slug}`);
  await expect(mention.locator('q')).toHaveAttribute('lang', 'zh-Hant');
  await expect(mention.locator('mark')).toHaveText('精準扶貧');
  // The source page lists the term, and its 原文 link lands on the Traditional line that uses it.
  await page.goto(`sources/${source.slug}/`);
  const row = page.locator('#term-jing-zhun-fu-pin');
  await expect(row).toBeVisible();
  await row.locator('.source-line a').first().click();
  await expect(page.locator(':target')).toContainText('精準扶貧');
});
