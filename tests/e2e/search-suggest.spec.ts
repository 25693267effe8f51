/**
 * Suggestions of glossary names while typing (src/search/browser/suggest-combobox.ts):
 * a WAI-ARIA combobox on every search box, used by keyboard and read from the
 * accessibility tree; the nearest entries for a query without results; the
 * script loaded only when a box is focused, hosted and over file://.
 *
 * On content pages the script is added by the page script (_kb/page.js) on the
 * first focus of an input[data-kb-suggest].
 */
import { expect, test } from '../support/reader-page.ts';
import { blockingViolations } from '../support/axe.ts';
import { PAGE_SCRIPT } from '../../src/site/page-script-url.ts';
import { offlineUrl } from '../support/site-dirs.ts';
import { term } from '../support/site-content.ts';

const TERM = 'liang-bu-chou-san-bao-zhang';
const SUGGEST_SCRIPT = /\/_kb\/suggest\.js$/;

test('the header box suggests glossary names by keyboard: ↓ chooses, Enter opens the entry', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`terms/${TERM}/`);
  await page.waitForLoadState('networkidle');
  expect(
    scripts.map((path) => path.endsWith(`/${PAGE_SCRIPT}`)),
    'a content page loads only the page script before the box is focused',
  ).toEqual([true]);

  const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
  await box.focus();
  const combobox = page.getByRole('combobox', { name: '搜索全站' });
  await expect(combobox).toBeVisible();
  expect(scripts.filter((s) => SUGGEST_SCRIPT.test(s))).toHaveLength(1);
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.type('liang');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox', { name: '术语建议' });
  await expect(listbox).toBeVisible();
  const option = listbox.getByRole('option', { name: /两不愁三保障/ });
  await expect(option).toBeVisible();
  // The matched pinyin is shown, marked as pinyin.
  await expect(option.locator('[lang="zh-Latn-pinyin"]')).toHaveText(term(TERM).data.pinyin!);
  expect(await combobox.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));

  // ↓ moves the active option (focus stays in the box), ↑ from the first wraps to the last.
  await page.keyboard.press('ArrowDown');
  await expect(combobox).toBeFocused();
  const options = listbox.getByRole('option');
  const firstId = await options.first().getAttribute('id');
  await expect(combobox).toHaveAttribute('aria-activedescendant', firstId!);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.last().getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');

  // No serious accessibility violation in the header with the list open.
  expect(await blockingViolations(page, `/terms/${TERM}/ .site-header`, '.site-header')).toEqual([]);

  // Escape closes the list; a second Escape clears the box.
  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox).toBeHidden();
  await expect(combobox).not.toHaveAttribute('aria-activedescendant');
  await page.keyboard.press('Escape');
  await expect(combobox).toHaveValue('');

  // English and Traditional names, then Enter on the chosen option opens its entry.
  await page.keyboard.type('Two Assur');
  await expect(listbox.getByRole('option').first()).toContainText('两不愁三保障');
  await expect(listbox.getByRole('option').first().locator('[lang="en"]')).toContainText('Two Assurances');
  await page.keyboard.press('Escape');
  await combobox.fill('');
  await page.keyboard.type('兩不愁');
  await expect(listbox.getByRole('option').first()).toContainText('两不愁三保障');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/terms/${TERM}/$`));
});

test('Enter with no suggestion chosen still searches; a click on a suggestion opens it', async ({ readerPage: page }) => {
  await page.goto('about/');
  const combobox = page.locator('#site-search');
  await combobox.focus();
  await expect(combobox).toHaveAttribute('role', 'combobox');
  await page.keyboard.type('扶贫');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%89%B6%E8%B4%AB/);

  await page.goto('about/');
  await page.locator('#site-search').focus();
  await expect(page.locator('#site-search')).toHaveAttribute('role', 'combobox');
  await page.keyboard.type('wugeyipi');
  await page.getByRole('option', { name: /五个一批/ }).click();
  await expect(page).toHaveURL(/\/terms\/wu-ge-yi-pi\/$/);
});

test('the search page box suggests too, and a query without results offers the nearest entries', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (SUGGEST_SCRIPT.test(new URL(r.url()).pathname)) scripts.push(r.url());
  });
  // A search from a link, and focusing the box, fetch no suggestions script.
  await page.goto('search/?q=%E6%89%B6%E8%B4%AB');
  await expect(page.locator('#search-status')).toContainText('找到');
  await page.locator('#search-input').focus();
  await expect(page.locator('#search-input')).toBeFocused();
  expect(scripts).toEqual([]);
  // The first key pressed in the box brings it.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('kongchuo');
  await expect(page.locator('#search-input')).toHaveAttribute('role', 'combobox');
  await expect(page.getByRole('listbox', { name: '术语建议' }).getByRole('option').first()).toContainText('控辍保学');
  expect(scripts).toHaveLength(1);

  // A typo in Chinese from a link (the page adds the suggestions script for the nearest entries), then one
  // in English typed into the box (the script is there): nothing found, the nearest entry offered.
  for (const [q, slug, name, from] of [
    ['两不愁三保证', TERM, /两不愁三保障/, 'link'],
    ['targetted poverty', 'jing-zhun-fu-pin', /精准扶贫/, 'box'],
  ] as const) {
    if (from === 'link') {
      await page.goto(`search/?q=${encodeURIComponent(q)}`);
    } else {
      await page.locator('#search-input').fill(q);
      await page.locator('#search-input').press('Enter');
    }
    await expect(page.locator('#search-status')).toContainText(`没有找到与“${q}”相关`);
    const nearest = page.locator('#search-nearest');
    await expect(nearest).toBeVisible();
    const link = nearest.getByRole('link', { name }).first();
    await expect(link).toBeVisible();
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`/terms/${slug}/$`));
  }
  // A query with results hides the block again.
  await page.locator('#search-input').fill('两不愁三保障');
  await expect(page.locator('#search-status')).toContainText('找到');
  await expect(page.locator('#search-nearest')).toBeHidden();
});

test('suggestions work in the offline copy over file://', async ({ readerPage: page }) => {
  await page.goto(offlineUrl('terms/index.html'));
  const combobox = page.locator('#site-search');
  await combobox.focus();
  await expect(combobox).toHaveAttribute('role', 'combobox');
  await page.keyboard.type('jiandang');
  await expect(page.getByRole('option').first()).toContainText('建档立卡');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(offlineUrl('terms/jian-dang-li-ka/index.html'));
  await expect(page.locator('h1')).toHaveText('建档立卡');
});
