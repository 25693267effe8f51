/**
 * The page script (src/browser/page-enhancements.ts): the theme choice kept across pages
 * and visits, the `/` shortcut to the search box, search suggestions loaded on
 * first focus, and pages that work without it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { offlineUrl } from '../support/site-dirs.ts';

const SOURCE = 'sources/2019-changde-zhou-derui-article/';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
};

test.describe('the theme choice lasts', () => {
  test.use({ colorScheme: 'light' });

  test('across pages and reloads, until 跟随系统 is chosen again', async ({ page }) => {
    await page.goto(SOURCE);
    await page.getByRole('radio', { name: '深色' }).check();
    expect(isDark(await background(page))).toBe(true);

    await page.locator('.site-nav a', { hasText: '术语' }).click();
    await expect(page).toHaveURL(/\/terms\/$/);
    await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(isDark(await background(page))).toBe(true);

    await page.reload();
    await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
    expect(isDark(await background(page))).toBe(true);

    await page.getByRole('radio', { name: '跟随系统' }).check();
    await page.goto('');
    await expect(page.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(isDark(await background(page))).toBe(false);
  });

  test('is applied from <head>, before the body exists', async ({ page }) => {
    await page.goto(SOURCE);
    await page.getByRole('radio', { name: '深色' }).check();
    // Records <html data-theme> when the parser first inserts <body>: a script run later would be too late for the first paint.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        (window as { themeAtBody?: string | null }).themeAtBody = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as { themeAtBody?: string | null }).themeAtBody)).toBe('dark');
  });

  test('works when storage is unavailable: the choice holds for the page', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(SOURCE);
    await page.getByRole('radio', { name: '深色' }).check();
    expect(isDark(await background(page))).toBe(true);
    await page.reload();
    await expect(page.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    expect(errors).toEqual([]);
  });
});

test.describe('the / shortcut', () => {
  test('focuses the header search box without typing a slash', async ({ readerPage: page }) => {
    await page.goto(SOURCE);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await expect(page.locator('#site-search')).toHaveValue('');
  });

  test('types a slash inside a field, and does nothing with a modifier key', async ({ readerPage: page }) => {
    await page.goto(SOURCE);
    await page.locator('#site-search').click();
    await page.keyboard.type('1/2');
    await expect(page.locator('#site-search')).toHaveValue('1/2');
    await page.locator('#site-search').blur();
    await page.keyboard.press('Control+/');
    await expect(page.locator('#site-search')).not.toBeFocused();
  });

  test('opens the search page from a page without a search box', async ({ readerPage: page }) => {
    await page.goto(SOURCE);
    await page.evaluate(() => document.querySelector('.search-form')?.remove());
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('works in the offline copy (file://)', async ({ readerPage: page }) => {
    await page.goto(offlineUrl('terms/index.html'));
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.evaluate(() => document.querySelector('.search-form')?.remove());
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/index\.html$/);
  });
});

test.describe('search suggestions on demand', () => {
  test('the first focus of input[data-kb-suggest] loads its script, once', async ({ page }) => {
    let requests = 0;
    await page.route('**/_kb/suggest-test.js', (route) => {
      requests++;
      return route.fulfill({ contentType: 'text/javascript', body: 'window.suggestRuns = (window.suggestRuns || 0) + 1;' });
    });
    await page.goto(SOURCE);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'suggest-box';
      input.setAttribute('aria-label', 'test');
      input.setAttribute('data-kb-suggest', '../../_kb/suggest-test.js');
      document.querySelector('main')!.prepend(input);
    });
    expect(await page.evaluate(() => (window as { suggestRuns?: number }).suggestRuns)).toBeUndefined();
    await page.locator('#suggest-box').focus();
    await page.waitForFunction(() => (window as { suggestRuns?: number }).suggestRuns === 1);
    await page.locator('#suggest-box').blur();
    await page.locator('#suggest-box').focus();
    await page.locator('#site-search').focus();
    expect(await page.locator('head script[src$="suggest-test.js"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as { suggestRuns?: number }).suggestRuns)).toBe(1);
    expect(requests).toBe(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a content page renders in full and the search form still submits', async ({ page }) => {
    await page.goto(SOURCE);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.summary')).not.toBeEmpty();
    await page.locator('#site-search').fill('两不愁三保障');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });
});
