/**
 * Handouts: pages printed to PDF by Chromium, then read back (pdftotext) and
 * rendered (pdftoppm) to check what a trainer gets on paper. The rendered
 * PNGs are attached to each test's results for people to look at.
 */
import { offlineUrl } from '../support/site-dirs.ts';
import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { inkInBand, pdfInfo, pdfText, renderPages, squeezed } from '../support/pdf.ts';
import { sources, term, terms } from '../support/site-content.ts';

const A4 = { width: 595, height: 842 };
/** pdftotext joins a word split at a line-end hyphen and drops the hyphen ("liang-⏎bu" → "liangbu"): compare without hyphens. */
const noHyphens = (text: string) => squeezed(text).replaceAll('-', '');

async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true });
  return file;
}

function pngs(testInfo: TestInfo, file: string) {
  const dir = testInfo.outputPath('png');
  mkdirSync(dir, { recursive: true });
  return renderPages(file, 40, dir);
}

/** The screen chrome that must not reach paper. */
const CHROME = ['跳到正文', '本站为政策文本的整理与摘要', '方法与引用说明', '本副本内容更新于', '下载 .bib', '下载 .txt', '点一下引文即可全选'];

function expectCleanHandout(file: string, testInfo: TestInfo) {
  const info = pdfInfo(file);
  expect(Math.round(info.width)).toBe(A4.width);
  expect(Math.round(info.height)).toBe(A4.height);
  const text = pdfText(file);
  for (const chrome of CHROME) expect(text, `“${chrome}” is screen chrome`).not.toContain(chrome);
  expect(text).not.toContain('@misc{');
  expect(text).not.toContain('"date-parts"');
  // Page numbers: every page says "n / total" in its bottom margin.
  for (let n = 1; n <= info.pages; n++) {
    expect(squeezed(pdfText(file, n)), `page ${n}`).toContain(`${n}/${info.pages}`);
  }
  const images = pngs(testInfo, file);
  expect(images).toHaveLength(info.pages);
  for (const [i, image] of images.entries()) {
    expect(inkInBand(image, 0, 12), `page ${i + 1}: the top margin is empty (no header bar)`).toBe(0);
    expect(inkInBand(image, 280, 297), `page ${i + 1}: the bottom margin carries the page number`).toBeGreaterThan(0);
    expect(inkInBand(image, 20, 270), `page ${i + 1}: the page has content`).toBeGreaterThan(0.005);
  }
  return { info, text };
}

test.describe('printed handouts (A4 PDF)', () => {
  // Printing, rendering and reading a six-page PDF takes longer than a page check.
  test.describe.configure({ timeout: 120_000 });
  test('a source page prints without navigation, with short link addresses, page numbers and the citation at the end', async ({
    readerPage: page,
  }, testInfo) => {
    const source = sources.find((s) => s.slug === '2019-yunyang-zhang-xuefeng-interview')!;
    await page.goto(`sources/${source.slug}/`);
    const citation = (await page.locator('#cite-gbt .citation-text').textContent())!;
    const termHref = (await page.locator('.summary a.term-link').first().getAttribute('href'))!;
    const file = await printToPdf(page, testInfo, 'source');
    const { info, text } = expectCleanHandout(file, testInfo);
    expect(info.pages).toBeGreaterThan(1);
    const flat = squeezed(text);
    expect(flat).toContain(squeezed(source.data.quotes[0]!.text));
    // Links are followed by their (base-relative) address; links into the page's own folder
    // (原文第21行 → text/#l21) are not, as that address alone points nowhere on paper.
    expect(flat).toContain(`‹${termHref}›`);
    expect(await page.locator('a[href^="text/"]').count()).toBeGreaterThan(0);
    expect(flat).toContain('原文第');
    expect(flat).not.toContain('‹text/');
    // The citation closes the handout: on the last page, after everything else.
    const last = squeezed(pdfText(file, info.pages));
    expect(noHyphens(last)).toContain(noHyphens(citation));
    expect(flat.lastIndexOf('引用本页')).toBeGreaterThan(flat.lastIndexOf('编者推断'));
  });

  test('a term page prints as a clean handout ending with its citation', async ({ readerPage: page }, testInfo) => {
    const entry = term('liang-bu-chou-san-bao-zhang');
    await page.goto(`terms/${entry.slug}/`);
    const citation = (await page.locator('#cite-gbt .citation-text').textContent())!;
    const file = await printToPdf(page, testInfo, 'term');
    const { info, text } = expectCleanHandout(file, testInfo);
    const flat = squeezed(text);
    expect(flat).toContain(squeezed(entry.data.definition));
    expect(flat).toContain(entry.data.pinyin.replace(/\s+/g, ''));
    expect(noHyphens(pdfText(file, info.pages))).toContain(noHyphens(citation));
  });

  test('the glossary sheet prints only the terms chosen in the URL, in that order, under the lesson title', async ({ readerPage: page }, testInfo) => {
    const chosen = ['wu-ge-yi-pi', 'liang-bu-chou-san-bao-zhang', 'jian-dang-li-ka'].map(term);
    const other = term('di-yi-shu-ji');
    await page.goto(`print/terms/?ids=${chosen.map((t) => t.slug).join(',')}&title=${encodeURIComponent('第三讲 精准识别')}`);
    await expect(page.locator('#sheet-title')).toHaveText('第三讲 精准识别');
    await expect(page.locator('.sheet-term:visible')).toHaveCount(3);
    const file = await printToPdf(page, testInfo, 'sheet');
    const { text } = expectCleanHandout(file, testInfo);
    const flat = squeezed(text);
    expect(flat).toContain('第三讲精准识别');
    const positions = chosen.map((t) => flat.indexOf(squeezed(t.data.definition)));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const t of chosen) expect(flat).toContain(squeezed(t.data.english[0]!.text));
    expect(flat).not.toContain(squeezed(other.data.definition));
    // No picker on paper, and the sheet says where it comes from.
    expect(flat).not.toContain('生成术语单');
    expect(flat).not.toContain('选用');
    expect(flat).toContain('出处：脱贫攻坚政策知识库.');
  });

  test('without ids the sheet is a picker listing every term, and warns about unknown ids', async ({ readerPage: page }) => {
    await page.goto('print/terms/');
    await expect(page.locator('.sheet-term:visible')).toHaveCount(terms.length);
    await expect(page.locator('.sheet-pick input[type="checkbox"]')).toHaveCount(terms.length);
    await page.locator('.sheet-term[data-slug="fan-pin"] input').check();
    await page.locator('.sheet-term[data-slug="di-yi-shu-ji"] input').check();
    await page.getByLabel('讲义标题（可选）').fill('第一课');
    await page.getByRole('button', { name: '生成术语单' }).click();
    await expect(page).toHaveURL(/\?title=.*ids=/);
    expect(new URL(page.url()).searchParams.getAll('ids').sort()).toEqual(['di-yi-shu-ji', 'fan-pin']);
    await expect(page.locator('.sheet-term:visible')).toHaveCount(2);
    await expect(page.locator('#sheet-title')).toHaveText('第一课');
    const share = page.locator('#sheet-share-link');
    await expect(share).toBeVisible();
    await page.goto((await share.getAttribute('href'))!);
    await expect(page.locator('.sheet-term:visible')).toHaveCount(2);

    await page.goto('print/terms/?ids=fan-pin,bu-cun-zai');
    await expect(page.locator('#sheet-unknown')).toHaveText('以下编号没有对应的术语，已略过：bu-cun-zai');
    await expect(page.locator('.sheet-term:visible')).toHaveCount(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('ticking terms and printing prints only the ticked ones', async ({ page }, testInfo) => {
      await page.goto('print/terms/');
      await expect(page.locator('.sheet-term:visible')).toHaveCount(terms.length);
      const picked = [term('fan-pin'), term('zhan-qu-zhi')];
      for (const t of picked) await page.locator(`.sheet-term[data-slug="${t.slug}"] input`).check();
      const file = await printToPdf(page, testInfo, 'sheet-nojs');
      const flat = squeezed(pdfText(file));
      for (const t of picked) expect(flat).toContain(squeezed(t.data.definition));
      expect(flat).not.toContain(squeezed(term('di-yi-shu-ji').data.definition));
    });
  });

  test('the sheet works from the offline copy (file://)', async ({ readerPage: page }) => {
    await page.goto(`${offlineUrl('print/terms/index.html')}?ids=fan-pin,wu-ge-yi-pi`);
    await expect(page.locator('.sheet-term:not([hidden])')).toHaveCount(2);
    await expect(page.locator('.sheet-term:not([hidden])').first()).toHaveAttribute('data-slug', 'fan-pin');
  });
});
