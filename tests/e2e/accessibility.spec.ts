/**
 * axe-core finds no serious or critical violation on any page type, in light mode
 * or in dark mode (tests/support/axe.ts runs it).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeRun, blockingViolations, colourRules } from '../support/axe.ts';
import { listFiles } from '../support/dist-files.ts';
import { expect, test } from '../support/reader-page.ts';
import { DIST_DIR } from '../support/site-dirs.ts';
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
  // The colour scheme reaches the pages only through light-dark() colours and color-scheme (the test below
  // keeps it so): in dark mode the same document, laid out the same, changes only its colours. So each page
  // type is loaded once and checked with every rule in light mode, then switched to dark and checked again
  // with those of the rules axe ran that are about colour (contrast, links told apart by colour).
  for (const { name, path, ready } of PAGE_TYPES) {
    test(`${name}: no serious or critical axe violation, light or dark`, async ({ readerPage: page }) => {
      await page.goto(path);
      if (ready) await ready(page);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
      const light = await axeRun(page, `/${path} (light)`);
      const colour = new Set(await colourRules(page));
      const darkRules = light.rules.filter((rule) => colour.has(rule));
      expect(darkRules).toContain('color-contrast');
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const dark = await axeRun(page, `/${path} (dark)`, { rules: darkRules });
      expect(dark.rules).toEqual(darkRules);
      expect([...light.violations, ...dark.violations].join('\n')).toBe('');
    });
  }

  test('the colour scheme changes only colours: no page, stylesheet, script or image of the build asks for it by a media query', () => {
    const asking = listFiles(DIST_DIR)
      .filter((file) => /\.(html|css|js|mjs|svg)$/.test(file))
      .filter((file) => /prefers-color-scheme/i.test(readFileSync(file, 'utf8')));
    expect(asking, 'a page that asks for prefers-color-scheme can change more than colours in dark mode: check it there with every rule').toEqual([]);
  });
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
  // The dark pass of the page types, with axe's colour rules only, finds it too.
  const { violations } = await axeRun(page, '/__fixture__/dark-only/ (dark, colour rules)', { rules: ['color-contrast', 'link-in-text-block'] });
  expect(violations.join('\n')).toMatch(
    /^\/__fixture__\/dark-only\/ \(dark, colour rules\) › color-contrast \(serious\): Elements must meet minimum color contrast ratio thresholds at p/,
  );
});
