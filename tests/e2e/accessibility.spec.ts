/**
 * axe-core finds no serious or critical violation on any page type, in light mode
 * or in dark mode (tests/support/axe.ts runs it).
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

test.describe('accessibility in light and dark mode', () => {
  for (const { name, path, ready } of PAGE_TYPES) {
    // One load per page type: the palette follows the system in CSS alone, so the page is checked
    // in light mode, switched to dark and checked again.
    test(`${name}: no serious or critical axe violation, light or dark`, async ({ readerPage: page }) => {
      await page.goto(path);
      if (ready) await ready(page);
      const violations: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        violations.push(...(await blockingViolations(page, `/${path} (${scheme})`)));
      }
      expect(violations.join('\n')).toBe('');
    });
  }
});

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

test('axe checks the colour scheme the page shows now: text unreadable only in dark mode is found after the switch (bad input)', async ({ page }) => {
  await page.route('**/__fixture__/dark-only/', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>暗</title><style>body{color:#000;background:#fff}@media (prefers-color-scheme: dark){body{color:#222;background:#000}}</style></head><body><main><p>只在深色模式下看不清的文字</p></main></body></html>',
    }),
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('__fixture__/dark-only/');
  expect(await blockingViolations(page, '/__fixture__/dark-only/ (light)')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await blockingViolations(page, '/__fixture__/dark-only/ (dark)')).join('\n')).toMatch(
    /^\/__fixture__\/dark-only\/ \(dark\) › color-contrast \(serious\): Elements must meet minimum color contrast ratio thresholds at p/,
  );
});
