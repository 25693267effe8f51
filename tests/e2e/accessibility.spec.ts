/**
 * axe-core (through @axe-core/playwright) finds no serious or critical violation
 * on any page type, in light mode or in dark mode.
 */
import type { Page } from '@playwright/test';
import { blockingViolations } from '../support/axe.ts';
import { expect, test } from '../support/reader-page.ts';
import { sources, terms } from '../support/site-content.ts';

const PAGE_TYPES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<void> }> = [
  { name: 'home', path: '' },
  { name: 'source list', path: 'sources/' },
  { name: 'source page', path: `sources/${sources[0]!.slug}/` },
  { name: 'Traditional source page', path: `sources/${sources.find((s) => s.data.originalScript === 'zh-Hant')!.slug}/` },
  { name: 'term list', path: 'terms/' },
  { name: 'term page', path: `terms/${terms.find((t) => t.slug === 'liang-bu-chou-san-bao-zhang')!.slug}/` },
  { name: 'term page with broader/narrower terms and a formula map', path: 'terms/wu-ge-yi-pi/' },
  { name: 'study sheet', path: 'print/study/shu-zi-gai-kuo-yu/' },
  { name: 'about', path: 'about/' },
  {
    name: 'search with results',
    path: `search/?q=${encodeURIComponent('两不愁三保障')}`,
    ready: async (page) => {
      await expect(page.locator('#search-status')).toContainText('找到', { timeout: 20_000 });
      await expect(page.locator('#search-filters')).toBeVisible();
    },
  },
  { name: '404', path: 'no-such-page/' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${scheme} mode`, () => {
    for (const { name, path, ready } of PAGE_TYPES) {
      test(`${name}: no serious or critical axe violation`, async ({ readerPage: page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (ready) await ready(page);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect((await blockingViolations(page, `/${path} (${scheme})`)).join('\n')).toBe('');
      });
    }
  });
}

test('axe reports a serious violation on a deliberately inaccessible page (bad input)', async ({ page }) => {
  await page.route('**/__fixture__/inaccessible/', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>坏</title></head><body><main><p style="color:#999;background:#aaa">对比度太低的文字</p><img src="x.png"></main></body></html>',
    }),
  );
  await page.goto('__fixture__/inaccessible/');
  const violations = await blockingViolations(page, '/__fixture__/inaccessible/');
  expect(violations.find((v) => v.includes('color-contrast'))).toMatch(
    /^\/__fixture__\/inaccessible\/ › color-contrast \(serious\): Elements must meet minimum color contrast ratio thresholds at p/,
  );
  expect(violations.find((v) => v.includes('image-alt'))).toMatch(
    /^\/__fixture__\/inaccessible\/ › image-alt \(critical\): Images must have alternative text at img/,
  );
});
