import { expect, test, type Page } from '@playwright/test';
import { sourcesUsing, term } from '../support/site-content.ts';

async function resultSlugs(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toContainText('找到');
  return page.locator('#search-results > li h3 a').evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\/$/, '').split('/').slice(-2).join('/')),
  );
}

const QUERY = '两不愁三保障';

test('searching from the header box shows the term entry and the sources that use it', async ({ page }) => {
  await page.goto('terms/');
  await page.locator('#site-search').fill(QUERY);
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const slugs = await resultSlugs(page);
  expect(slugs).toContain('terms/liang-bu-chou-san-bao-zhang');
  for (const source of sourcesUsing('liang-bu-chou-san-bao-zhang')) expect(slugs).toContain(`sources/${source}`);
});

test('/search/?q= runs the search from the URL and tells 来源 from 术语', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(QUERY)}`);
  await expect(page.locator('#search-input')).toHaveValue(QUERY);
  const slugs = await resultSlugs(page);
  expect(slugs).toContain('terms/liang-bu-chou-san-bao-zhang');
  const termResult = page.locator('#search-results > li', { has: page.locator(`a[href$="/terms/liang-bu-chou-san-bao-zhang/"]`) });
  await expect(termResult.locator('.badge')).toHaveText('术语');
  await expect(termResult.locator('h3')).toHaveText(term('liang-bu-chou-san-bao-zhang').data.term);
  const sourceResult = page.locator('#search-results > li', { has: page.locator('a[href*="/sources/"]') }).first();
  await expect(sourceResult.locator('.badge')).toHaveText('来源');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
});

test('search filters by type, province and year, and keeps them in the URL', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('脱贫攻坚')}`);
  await resultSlugs(page);
  await page.locator('#search-filters input[name="type"][value="来源"]').check();
  await expect(page).toHaveURL(/type=%E6%9D%A5%E6%BA%90/);
  await expect(async () => {
    const slugs = await resultSlugs(page);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.every((s) => s.startsWith('sources/'))).toBe(true);
  }).toPass();

  await page.locator('#search-filters input[name="province"][value="吉林省"]').check();
  await expect(async () => {
    const slugs = await resultSlugs(page);
    expect(slugs).toEqual(['sources/2019-zhenlai-xianwei-shuji-article']);
  }).toPass();

  await page.locator('#search-filters input[name="province"][value="吉林省"]').uncheck();
  await page.locator('#search-filters input[name="year"][value="2018"]').check();
  await expect(async () => {
    const slugs = await resultSlugs(page);
    expect(slugs).toEqual(['sources/2018-suining-jiang-huaqiong-interview']);
  }).toPass();

  // A linked, filtered search restores the same state.
  await page.goto(page.url());
  await expect(page.locator('#search-filters input[name="year"][value="2018"]')).toBeChecked();
  expect(await resultSlugs(page)).toEqual(['sources/2018-suining-jiang-huaqiong-interview']);
});

test('the source list filters by province, genre and year, and sorts by date', async ({ page }) => {
  await page.goto('sources/');
  const visibleDates = () =>
    page.locator('#source-table tbody tr:not([hidden]) time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const dates = await visibleDates();
  expect(dates).toEqual([...dates].sort().reverse());
  await page.getByLabel('排序').selectOption('asc');
  expect(await visibleDates()).toEqual([...dates].sort());

  await page.getByLabel('省份').selectOption('湖南省');
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toHaveCount(1);
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toContainText('周德睿');
  await expect(page).toHaveURL(/province=/);

  await page.getByLabel('省份').selectOption('');
  await page.getByLabel('年份').selectOption('2019');
  const years = await page.locator('#source-table tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-year')));
  expect(years.length).toBeGreaterThan(1);
  expect(new Set(years)).toEqual(new Set(['2019']));

  await page.getByLabel('年份').selectOption('');
  await page.getByLabel('体裁').selectOption('在线访谈');
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toHaveCount(1);
});
