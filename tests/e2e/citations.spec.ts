import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { sources, term } from '../support/site-content.ts';

/** Clicks a block and returns what the browser selected. */
async function selectionAfterClick(page: Page, selector: string): Promise<string> {
  await page.locator(selector).click();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

test.describe('citations', () => {
  test('a source page cites the original publication and this page, in GB/T 7714, BibTeX and CSL-JSON', async ({ readerPage: page }) => {
    const source = sources.find((s) => s.slug === '2019-changde-zhou-derui-article')!;
    await page.goto(`sources/${source.slug}/`);
    const gbt = page.locator('#cite-gbt .citation-text');
    const entries = gbt.locator('.citation-entry');
    await expect(entries).toHaveCount(2);
    // [1] the original, from what the frontmatter knows about it.
    await expect(entries.nth(0)).toContainText(
      `[1] ${source.data.people.find((p) => p.part === '作者')!.name}. ${source.data.title}[EB/OL]. ${source.data.publication!.container}, ${source.data.date.value}.`,
    );
    // [2] this site's page, with its absolute address.
    const path = new URL(page.url()).pathname;
    await expect(entries.nth(1)).toContainText(`[2] 脱贫攻坚政策知识库. ${source.data.title}: 来源摘要[EB/OL]. [`);
    await expect(entries.nth(1)).toContainText(`${path}.`);
    // BibTeX and CSL-JSON are files beside the page, linked from the citation section.
    const file = async (selector: string) => {
      const response = await page.request.get(new URL((await page.locator(selector).getAttribute('href'))!, page.url()).href);
      expect(response.status()).toBe(200);
      return response.text();
    };
    const bib = await file('#cite-bibtex a[download]');
    expect(bib).toMatch(new RegExp(`^@misc\\{${source.slug}-original,\n`));
    expect(bib).toContain(`@misc{${source.slug},`);
    const csl = JSON.parse(await file('#cite-csl a[download]')) as Array<{ id: string }>;
    expect(csl.map((e) => e.id)).toEqual([`${source.slug}-original`, source.slug]);
    await expect(page.locator('#cite-bibtex a[download]')).toHaveAttribute('download', `${source.slug}.bib`);
    await expect(page.locator('#cite-csl a[download]')).toHaveAttribute('download', `${source.slug}.json`);
    // Their old blocks' ids still land on the lines that link them.
    await expect(page.locator('#cite-bibtex-text')).toHaveText('BibTeX');
    await expect(page.locator('#cite-csl-text')).toHaveText('CSL-JSON');
  });

  test('an uncertain original is marked as the standard allows, never filled in', async ({ readerPage: page }) => {
    await page.goto('sources/2019-yunyang-zhang-xuefeng-interview/');
    const original = page.locator('#cite-gbt .citation-entry').first();
    await expect(original).toContainText('][N]. 重庆日报, [2019].');
    await expect(original).toContainText('[推动殷殷嘱托在云阳落地生根');
    await page.goto('sources/2017-guowuyuan-fupinban-article/');
    await expect(page.locator('#cite-gbt .citation-entry').first()).toContainText('[Z]. [出版地不详]: [出版者不详], [2017].');
  });

  test('one click selects the whole citation, ready to copy; the block is reachable by keyboard', async ({ readerPage: page }) => {
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    for (const id of ['cite-gbt']) {
      const block = `#${id} .citation-text`;
      expect(await page.locator(block).evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
      await expect(page.locator(block)).toHaveAttribute('tabindex', '0');
      const selected = await selectionAfterClick(page, block);
      expect(squeeze(selected)).toBe(squeeze((await page.locator(block).textContent())!));
      expect(selected.length).toBeGreaterThan(20);
    }
  });

  test('each format downloads as a file that matches the page', async ({ readerPage: page }) => {
    const entry = term('wu-ge-yi-pi');
    await page.goto(`terms/${entry.slug}/`);
    const shown = (await page.locator('#cite-gbt .citation-text').textContent())!.trim();
    const links = {
      txt: page.locator('#cite-gbt a[download]'),
      bib: page.locator('#cite-bibtex a[download]'),
      json: page.locator('#cite-csl a[download]'),
    };
    const fetchLink = async (link: typeof links.txt) => {
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
      expect(response.status()).toBe(200);
      return response.text();
    };
    expect((await fetchLink(links.txt)).trim()).toBe(shown);
    const bib = await fetchLink(links.bib);
    expect(bib).toMatch(new RegExp(`^@misc\\{term-${entry.slug},\\n`));
    expect(bib).toContain(`title = {${entry.data.term}: 术语释义}`);
    const csl = JSON.parse(await fetchLink(links.json)) as Array<Record<string, unknown>>;
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ id: `term-${entry.slug}`, type: 'webpage', title: `${entry.data.term}: 术语释义`, language: 'zh-Hans' });
    expect(new URL(csl[0]!.URL as string).pathname).toBe(new URL(page.url()).pathname);
    expect((csl[0]!.accessed as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
    // The download links say what they are.
    await expect(links.bib).toHaveText('下载 .bib');
  });

  test('every source and term page offers a citation', async ({ readerPage: page }) => {
    for (const path of [...sources.map((s) => `sources/${s.slug}/`), 'terms/fan-pin/', 'terms/di-yi-shu-ji/']) {
      await page.goto(path);
      await expect(page.locator('#cite')).toHaveText('引用本页');
      await expect(page.locator('#cite-gbt .citation-entry').first()).toContainText('[');
    }
  });
});
