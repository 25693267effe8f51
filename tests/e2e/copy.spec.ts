/**
 * Copy controls (issue 5) with no script on the page until one is used (issue 8):
 * a copy control is a plain link into the page's hidden tool iframe; the tool
 * page writes the clipboard of the page and announces the result. Real clicks
 * and key presses in Chromium, read back from the real clipboard.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { COPY_TOOL_PAGE, COPY_TOOL_SCRIPT } from '../../src/site/copy-controls.ts';
import { SOURCE_PAGE_SCRIPT } from '../../src/site/page-script-url.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SLUG = '2018-suining-jiang-huaqiong-interview';
const SOURCE = `sources/${SLUG}/`;
const TERM = 'terms/liang-bu-chou-san-bao-zhang/';

/** The page's address as the reader sees it, without any fragment. */
const pageAddress = (page: Page) => page.url().replace(/#.*$/, '');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (page: Page, text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

function recordScripts(page: Page) {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return {
    scripts: () => requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname),
    all: () => requests.map((r) => new URL(r.url()).pathname),
  };
}

test.describe('copy controls', () => {
  test('a content page loads only the page script; the tool page and its script come only with the first click', { tag: '@base-path' }, async ({
    page,
    baseURL,
  }) => {
    const base = new URL(baseURL!).pathname.replace(/\/?$/, '/');
    const log = recordScripts(page);
    await page.goto(SOURCE, { waitUntil: 'networkidle' });
    expect(log.scripts()).toEqual([`${base}${SOURCE_PAGE_SCRIPT}`]);
    expect(log.all().filter((p) => p.includes('/_kb/') && p !== `${base}${SOURCE_PAGE_SCRIPT}`)).toEqual([]);
    // The one hidden, empty tool frame the controls open in.
    const frame = page.locator('iframe[name="kb-tools"]');
    await expect(frame).toHaveCount(1);
    await expect(frame).toBeHidden();
    expect(await frame.getAttribute('src')).toBeNull();

    const paragraph = page.locator('.summary p[id]').first();
    await paragraph.locator('> a.copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(`${pageAddress(page)}#${await paragraph.getAttribute('id')}`);
    expect(log.scripts()).toEqual([`${base}${SOURCE_PAGE_SCRIPT}`, `${base}${COPY_TOOL_SCRIPT}`]);
    expect(log.all()).toContain(`${base}${COPY_TOOL_PAGE}`);
  });

  test('a click copies the address of that paragraph; a click on another control copies its own; the same control works again', { tag: '@base-path' }, async ({
    page,
  }) => {
    await page.goto(SOURCE);
    const paragraph = page.locator('.summary p[id]').first();
    const heading = page.locator('.summary h2[id]').first();
    const link = async (el: typeof paragraph) => `${pageAddress(page)}#${await el.getAttribute('id')}`;

    await paragraph.hover();
    await paragraph.locator('> a.copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(await link(paragraph));

    await heading.locator('> a.copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(await link(heading));

    // The same control twice in a row (the tool forgets each request, so the second is not lost).
    await setClipboard(page, 'something else');
    await heading.locator('> a.copy-link').click();
    await expect.poll(() => clipboard(page)).toBe(await link(heading));

    // A key-figure row and a quote, drawn by components rather than Markdown.
    for (const row of [page.locator('#key-figures + .table-wrap tbody tr').first(), page.locator('figure.quote').first()]) {
      await row.locator('a.copy-link').click();
      await expect.poll(() => clipboard(page)).toBe(await link(row));
    }
  });

  test('by keyboard: Tab goes from the ¶ link to its copy control, which shows, and Enter copies', async ({ page }) => {
    await page.goto(TERM);
    const anchor = page.locator('#definition > a.anchor-link');
    const copy = page.locator('#definition > a.copy-link');
    await expect(copy).toHaveAccessibleName('复制定义链接');
    await expect(copy).toHaveText('');
    expect(await copy.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await anchor.focus();
    await page.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await expect.poll(() => copy.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${pageAddress(page)}#definition`);
    // Focus stays on the control, the page does not move to another address.
    await expect(copy).toBeFocused();
    expect(pageAddress(page)).toMatch(new RegExp(`${TERM}$`));
  });

  test('the result is announced in a status region and shown on the control for two seconds', async ({ page }) => {
    // A fake clock in the page and in its tool frame, paused once the page has loaded: the tool's
    // timers (the message after 50 ms, the reset after two seconds) fire only as the test moves time on.
    const start = new Date('2026-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(SOURCE);
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    const status = page.getByRole('status');
    await expect(status).toHaveCount(1);
    await expect(status).toHaveText('');
    const item = page.locator('.summary li[id]').first();
    const control = item.locator('a.copy-link').first();
    await control.click();
    await expect(control).toHaveAttribute('data-copied', 'yes');
    await page.clock.runFor(100);
    await expect(status).toHaveText('已复制本条链接');
    await expect(status).toBeVisible();
    // The control fades in with a 0.1 s CSS transition, which runs on the browser's own clock, not the fake one.
    await expect.poll(() => control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.clock.runFor(1800);
    await expect(control).toHaveAttribute('data-copied', 'yes');
    await expect(status).toHaveText('已复制本条链接');
    await page.clock.runFor(200);
    await expect(control).not.toHaveAttribute('data-copied');
    await expect(status).toHaveText('');
  });

  test('the GB/T 7714 citation has a 复制 control that copies exactly the text shown, as in its .txt file', { tag: '@base-path' }, async ({ page }) => {
    // The page's timers stand still, so the status is still there to be read however slow the checks before it are.
    await page.clock.install();
    await page.goto(SOURCE);
    const gbt = page.locator('#cite-gbt-text');
    const copyGbt = page.locator('#cite-gbt a.copy-cite');
    await expect(copyGbt).toHaveText('复制');
    await expect(copyGbt).toHaveAccessibleName('复制 GB/T 7714-2015 格式引文');
    await copyGbt.click();
    const shown = (await gbt.innerText()).trim();
    expect(shown.split('\n')).toHaveLength(2); // the original, then this page
    await expect.poll(() => clipboard(page)).toBe(shown);
    const file = await page.request.get(new URL((await page.locator('#cite-gbt a[download]').getAttribute('href'))!, page.url()).href);
    expect(shown).toBe((await file.text()).trim());
    await expect(page.getByRole('status')).toHaveText('已复制 GB/T 7714-2015 格式引文');

    // BibTeX and CSL-JSON are files to download (tests/e2e/citations.spec.ts): no copy control that would copy text the page does not hold.
    await expect(page.locator('a.copy-cite')).toHaveCount(1);
    // Selecting the whole block in one click still works, for when copying is not possible.
    expect(await gbt.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
    await expect(page.locator('.citation-help')).toContainText('点“复制”即可复制引文；或者点一下引文即可全选');
  });

  test('copying adds no history entries: Back leaves the page in one step', async ({ page }) => {
    await page.goto('terms/');
    await page.goto(TERM);
    const length = await page.evaluate(() => history.length);
    for (const selector of ['#definition > a.copy-link', '#cite-gbt a.copy-cite', '#definition > a.copy-link']) {
      await setClipboard(page, '');
      await page.locator(selector).click();
      await expect.poll(() => clipboard(page)).not.toBe('');
    }
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.goBack();
    await expect(page).toHaveURL(/\/terms\/$/);
  });

  test('when the Clipboard API refuses, the tool falls back to the copy command in the page', async ({ page }) => {
    // The page's own Clipboard API rejects every write, as a browser that does not allow it would.
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.goto(TERM);
    const control = page.locator('#definition > a.copy-link');
    await control.click();
    await expect.poll(() => clipboard(page)).toBe(`${pageAddress(page)}#definition`);
    await expect(page.getByRole('status')).toHaveText('已复制定义链接');
    // The temporary text area is gone and the focus is back on the control.
    await expect(page.locator('.copy-buffer')).toHaveCount(0);
    await expect(control).toBeFocused();
  });

  test('pages without copy controls get no tool frame; the tool page on its own only explains itself', { tag: '@base-path' }, async ({ page }) => {
    for (const path of ['search/', 'sources/', '404.html']) {
      await page.goto(path);
      await expect(page.locator('iframe'), path).toHaveCount(0);
      await expect(page.locator('a.copy-link'), path).toHaveCount(0);
    }
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${COPY_TOOL_PAGE}#link:definition`, { waitUntil: 'networkidle' });
    await expect(page.locator('body')).toContainText('单独打开时没有内容');
    expect(errors).toEqual([]);
  });
});
