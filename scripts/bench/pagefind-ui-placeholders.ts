/**
 * `npx node scripts/bench/pagefind-ui-placeholders.ts <dist> [query]` times Pagefind's default UI on a
 * built site's pages (scripts/bench/pagefind-default.ts), entering the query as the benchmark does,
 * to two marks: its first result's <li>, which the UI writes with grey placeholders as soon as the
 * search returns, and that result's title link, written when its fragment has arrived. The benchmark
 * times a peer to the second: a placeholder is not a result.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveSite } from '../support/dist-server.ts';
import { buildDefaultPagefindSite } from './pagefind-default.ts';
import { PAGEFIND_UI_RESULT } from './starlight.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: pagefind-ui-placeholders.ts <dist> [query]');
const query = process.argv[3] ?? '两不愁三保障';
const dir = buildDefaultPagefindSite(dist, join(tmpdir(), 'kb-pf-default-marks'));
const served = await serveSite(dir, '/', { gzip: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${served.url}pf-default/`, { waitUntil: 'networkidle' });
    await page.locator('.pagefind-ui__search-input').click();
    await page.evaluate((loaded) => {
      const w = window as unknown as { __marks: Promise<Record<string, number>> };
      w.__marks = new Promise((resolve) => {
        document.querySelector('.pagefind-ui__search-input')!.addEventListener(
          'input',
          (event) => {
            const t0 = event.timeStamp;
            const marks: Record<string, number> = {};
            const observer = new MutationObserver(() => {
              if (marks.li === undefined && document.querySelector('.pagefind-ui__result')) marks.li = performance.now() - t0;
              if (marks.loaded === undefined && document.querySelector(loaded)) marks.loaded = performance.now() - t0;
              if (marks.loaded !== undefined) {
                observer.disconnect();
                resolve(marks);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
          },
          { once: true, capture: true },
        );
      });
    }, PAGEFIND_UI_RESULT);
    await page.locator('.pagefind-ui__search-input').fill(query);
    const marks = await page.evaluate(() => (window as unknown as { __marks: Promise<Record<string, number>> }).__marks);
    console.log(`run ${run + 1}: first <li> (placeholders) ${marks.li?.toFixed(0)} ms, its title link (data in) ${marks.loaded?.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  served.close();
  rmSync(dir, { recursive: true, force: true });
}
