import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveSite } from './support/dist-server.ts';
const served = await serveSite('/tmp/tenk/w10k/dist', '/', { gzip: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url()));
const t = Date.now();
await page.goto(`${served.url}search/?q=${encodeURIComponent('扶贫')}`);
for (let i = 0; i < 16; i++) {
  await new Promise((r) => setTimeout(r, 5000));
  const status = await page.locator('#search-status').textContent();
  const n = await page.locator('#search-results > li').count();
  console.log(Math.round((Date.now() - t) / 1000), 's', status, n);
  if (n > 0) break;
}
await browser.close();
served.close();
