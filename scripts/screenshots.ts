/**
 * `npm run screenshots`: full-page screenshots of every page type at 375 px
 * (phone) and 1440 px (desktop), in light and dark mode, for reviewing the
 * site as a reader would. Not a test. Needs a built dist/ (`npm run build`).
 * Writes PNGs to screenshots/ (git-ignored).
 *
 * Chinese text needs a CJK font on this machine to render (the site itself
 * uses the reader's system fonts); on Debian: `apt-get install fonts-noto-cjk`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { readConfig } from '../src/config.ts';
import { PAGE_TYPES, serveSite } from './support/dist-server.ts';

const OUT = 'screenshots';
const WIDTHS = [375, 1440] as const;
const SCHEMES = ['light', 'dark'] as const;

const server = await serveSite('dist', readConfig().base);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width, height: width < 800 ? 800 : 900 },
        colorScheme,
        deviceScaleFactor: 1,
        isMobile: width < 800,
        hasTouch: width < 800,
      });
      const page = await context.newPage();
      for (const { name, path } of PAGE_TYPES) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        if (name === 'search') await page.waitForSelector('#search-results li', { timeout: 5000 }).catch(() => {});
        const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${file}${overflow > 0 ? `  ⚠ ${overflow}px horizontal overflow` : ''}`);
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${OUT}/`);
