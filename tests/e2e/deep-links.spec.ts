import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { parseRedirects } from '../../src/content/redirects.ts';
import { sources } from '../support/site-content.ts';

const redirects = parseRedirects(readFileSync('content/redirects.yaml', 'utf8'));

/** Every element matched that has no id, or no "link to here" control pointing at its id. */
async function unanchored(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els
        .filter((el) => !el.id || !el.querySelector(`a.anchor-link[href="#${CSS.escape(el.id)}"]`))
        .map((el) => `${el.tagName.toLowerCase()}#${el.id || '(none)'}: ${(el.textContent ?? '').slice(0, 30)}`),
    );
}

test.describe('deep links', () => {
  test('every heading, paragraph, list item, quote and key-figure row of a source page has an id and a link to it', async ({ readerPage: page }) => {
    for (const source of sources) {
      await page.goto(`sources/${source.slug}/`);
      const counts = await page.evaluate(() => ({
        paragraphs: document.querySelectorAll('.summary p').length,
        items: document.querySelectorAll('.summary li').length,
        figures: document.querySelectorAll('#key-figures + .table-wrap tbody tr').length,
        quotes: document.querySelectorAll('figure.quote').length,
      }));
      expect(counts.items, source.slug).toBeGreaterThan(3);
      expect(counts.figures).toBe(source.data.keyFigures.length);
      expect(counts.quotes).toBe(source.data.quotes.length);
      const missing = await unanchored(
        page,
        'article h2, article h3, .summary p:not(li p), .summary li, #key-figures + .table-wrap tbody tr, figure.quote, .mention-list li',
      );
      expect(missing, source.slug).toEqual([]);
    }
  });

  test('a term page anchors its definition, headings and explanation paragraphs', async ({ readerPage: page }) => {
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    expect(await unanchored(page, '#definition, article h2, .term-page .prose p:not(.outside-note), .term-page .prose li')).toEqual([]);
    await expect(page.locator('#definition .anchor-link')).toHaveAttribute('aria-label', '链接到定义');
  });

  test('the anchors that existed before keep working', async ({ readerPage: page }) => {
    await page.goto('sources/2019-yunyang-zhang-xuefeng-interview/');
    for (const id of [
      'key-figures',
      'quotes',
      'provenance',
      'inferences',
      'terms-used',
      'term-liang-bu-chou-san-bao-zhang',
      'figure-1',
      'quote-1',
      'inference-1',
    ]) {
      await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
    }
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    for (const id of ['definition', 'appears-in', 'explanation']) await expect(page.locator(`#${id}`)).toHaveCount(1);
    await page.goto('terms/');
    for (const id of ['by-pinyin', 'by-category', 'letter-l']) await expect(page.locator(`#${id}`)).toHaveCount(1);
  });

  test('an old positional link lands on and highlights the same row as before', async ({ readerPage: page }) => {
    const source = sources.find((s) => s.slug === '2018-suining-jiang-huaqiong-interview')!;
    const aliases = redirects.anchors[`sources/${source.slug}/`]!;
    await page.goto(`sources/${source.slug}/#figure-3`);
    const row = page.locator(`[id="${aliases['figure-3']}"]`);
    // figure-3 was the third row: its label comes from the content, not from the id.
    await expect(row.locator('th')).toHaveText(source.data.keyFigures[2]!.label);
    await expect(row).toBeInViewport();
    expect(await row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  test('the link control is reachable with Tab, shows when focused, and links to its element', async ({ readerPage: page }) => {
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    const control = page.locator('#definition .anchor-link');
    expect(await control.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await control.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab reaches the definition’s link control').toBe(true);
    await expect.poll(() => control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const box = await control.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#definition$/);
    expect(await page.locator('#definition').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('hovering a paragraph shows its control and only its control', async ({ readerPage: page }) => {
    await page.goto('sources/2019-changde-zhou-derui-article/');
    const items = page.locator('.summary li');
    await items.nth(0).hover();
    await expect
      .poll(() =>
        items
          .nth(0)
          .locator('.anchor-link')
          .evaluate((el) => getComputedStyle(el).opacity),
      )
      .toBe('1');
    expect(
      await items
        .nth(3)
        .locator('.anchor-link')
        .evaluate((el) => getComputedStyle(el).opacity),
    ).toBe('0');
  });

  test('the control has a Chinese accessible name and adds no text to the page', async ({ readerPage: page }) => {
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const link = page.locator('.summary li .anchor-link').first();
    await expect(link).toHaveAccessibleName('链接到本条');
    await expect(link).toHaveText('');
    await expect(page.getByRole('heading', { level: 2, name: '关键数字' })).toHaveText('关键数字');
  });
});
