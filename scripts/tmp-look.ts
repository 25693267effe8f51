import { chromium } from '@playwright/test';
import { serveSite } from './support/dist-server.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
const site = await serveSite('dist');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const tab = await browser.newPage();
tab.on('pageerror', (e) => console.log('PAGEERROR', e.message));
for (const q of process.argv.slice(2)) {
  await tab.goto(`${site.url}search/?q=${encodeURIComponent(q)}`);
  await tab.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 15000 });
  console.log('==', q, await tab.locator('#search-status').textContent());
  console.log('entry:', await tab.locator('#search-entry').evaluate((e) => (e.hidden ? '(hidden)' : e.innerText.replace(/\s+/g, ' ') + ' -> ' + e.querySelector('h3 a')?.getAttribute('href'))));
  console.log('block:', await tab.locator('#search-terms').evaluate((e) => (e.hidden ? '(hidden)' : e.innerText.replace(/\s+/g, ' '))));
  for (const li of await tab.locator('#search-results > li').all()) console.log(' -', (await li.innerText()).replace(/\s+/g, ' ').slice(0, 160), '|', await li.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')?.replace(/:~:text=.*/, '')).join(' ')));
}
await browser.close(); site.close();
