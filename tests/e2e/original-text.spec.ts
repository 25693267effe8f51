/**
 * The original texts (/sources/<slug>/text/): the cleaned text in its own
 * script with line anchors, the links between summary and original, quotes
 * and term mentions that lead to their paragraph, paragraph citations, and
 * search results from the original, on the hosted site and in the offline copy.
 * Expectations come from the content files and the raw archive files
 * (tests/support/site-content.ts), never from the built pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { comparisonKey } from '../../src/text/comparison-keys.ts';
import { offlineUrl } from '../support/site-dirs.ts';
import { originalParagraphs, sources } from '../support/site-content.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const CHANGDE = '2019-changde-zhou-derui-article';
const SUINING = '2018-suining-jiang-huaqiong-interview';
const source = (slug: string) => sources.find((s) => s.slug === slug)!;
/** The paragraph of a source's cleaned text that holds `words` (from the raw file and the recipe). */
const paragraphWith = (slug: string, words: string) => {
  const found = originalParagraphs(slug).find((p) => comparisonKey(p.text).includes(comparisonKey(words)));
  if (!found) throw new Error(`test expects “${words}” in the cleaned text of ${slug}`);
  return found;
};

test('each original text is shown whole, in its own script, with a visible line number that links to its paragraph', async ({ readerPage: page }) => {
  for (const s of sources) {
    await page.goto(`sources/${s.slug}/text/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const text = page.locator('.original-text');
    await expect(text).toHaveAttribute('lang', s.data.originalScript);
    const expected = originalParagraphs(s.slug);
    const blocks = text.locator('.original-block');
    await expect(blocks).toHaveCount(expected.length);
    const shown = await blocks.evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        number: el.querySelector('.line-anchor')?.textContent ?? '',
        href: el.querySelector('.line-anchor')?.getAttribute('href') ?? '',
        text: [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      })),
    );
    expect(shown).toEqual(expected.map((p) => ({ id: `l${p.line}`, number: String(p.line), href: `#l${p.line}`, text: p.text })));
  }
  // The 2017 article stays Traditional; the scraper's pinyin and the mojibake are gone.
  await page.goto('sources/2017-guowuyuan-fupinban-article/text/');
  await expect(page.locator('#l7')).toContainText('確保考核評估質量');
  await expect(page.locator('.original-text')).not.toContainText(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|\?己嗽u/);
});

test('the repairs of the recipe are applied and the noise never shown', async ({ readerPage: page }) => {
  await page.goto('sources/2019-yunyang-zhang-xuefeng-interview/text/');
  await expect(page.locator('#l4')).toContainText('云阳县委、县政府');
  await expect(page.locator('main')).not.toContainText(/betway|必威/);
  await page.goto('sources/2019-zhenlai-xianwei-shuji-article/text/');
  // The duplicated body (raw lines 8–12) is shown once, and the aggregator's label not at all.
  await expect(page.locator('.original-text')).not.toContainText('论文部分内容阅读');
  await expect(page.locator('.original-text').getByText('0.06%')).toHaveCount(1);
  await expect(page.locator('#l10')).toHaveCount(0);
  await page.goto(`sources/${CHANGDE}/text/`);
  await expect(page.locator('main')).not.toContainText(/sexgang|13707368020/);
  await expect(page.locator('.original-text')).not.toContainText(/全文如下|Discuz|找回密码|路过|返回顶部/);
  await page.goto(`sources/${SUINING}/text/`);
  await expect(page.locator('#l14')).toContainText('“5+18+N”');
  await expect(page.locator('.original-text')).not.toContainText(/Baidu|主题：|简介：/);
});

test('a paragraph anchor lands on its paragraph, and the line number links to it', async ({ readerPage: page }) => {
  const target = paragraphWith(CHANGDE, '响鼓重锤');
  await page.goto(`sources/${CHANGDE}/text/#l${target.line}`);
  const paragraph = page.locator(`#l${target.line}`);
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  await page.goto(`sources/${CHANGDE}/text/`);
  const first = originalParagraphs(CHANGDE).at(-1)!;
  await page.locator(`#l${first.line} .line-anchor`).click();
  await expect(page).toHaveURL(new RegExp(`/text/#l${first.line}$`));
  await expect(page.locator(`#l${first.line}`)).toBeInViewport();
});

test('summary and original link to each other near the top', async ({ readerPage: page }) => {
  await page.goto(`sources/${CHANGDE}/`);
  await page.getByRole('link', { name: '阅读原文' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${CHANGDE}/text/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${source(CHANGDE).data.title}（原文）`);
  await page.getByRole('link', { name: '阅读本文的摘要' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${CHANGDE}/$`));
});

test('every quote of a summary links to the paragraph of the original that holds it', async ({ readerPage: page }) => {
  for (const s of sources) {
    await page.goto(`sources/${s.slug}/`);
    // The page writes each link relative to itself (text/#l12): the address it resolves to, and its text.
    const links = await page
      .locator('#quotes ~ figure a.quote-origin, section[aria-labelledby="quotes"] a.quote-origin')
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })));
    expect(links).toEqual(
      s.data.quotes.map((quote) => {
        const expected = paragraphWith(s.slug, quote.text);
        return { href: expect.stringMatching(new RegExp(`/sources/${s.slug}/text/#l${expected.line}$`)), text: `原文第${expected.line}行` };
      }),
    );
  }
  // One followed: it lands on the paragraph, which holds the quote.
  const quote = source(CHANGDE).data.quotes[0]!;
  await page.goto(`sources/${CHANGDE}/`);
  await page.locator('a.quote-origin').first().click();
  const paragraph = page.locator(`#l${paragraphWith(CHANGDE, quote.text).line}`);
  await expect(paragraph).toBeInViewport();
  expect(comparisonKey((await paragraph.textContent()) ?? '')).toContain(comparisonKey(quote.text));
});

test('出现在 on a term page points into the paragraph of the original text', async ({ readerPage: page }) => {
  await page.goto('terms/liang-bu-chou-san-bao-zhang/');
  const link = page.locator('section[aria-labelledby="appears-in"] a.mention-origin').first();
  const href = (await link.getAttribute('href'))!;
  const [, slug, line] = /\/sources\/([^/]+)\/text\/#l(\d+)$/.exec(href)!;
  await expect(link).toHaveText(`原文第${line}行`);
  await link.click();
  const paragraph = page.locator(`#l${line}`);
  await expect(paragraph).toBeInViewport();
  expect(comparisonKey((await paragraph.textContent()) ?? '')).toContain(comparisonKey('两不愁三保障'));
  expect(originalParagraphs(slug!).some((p) => String(p.line) === line)).toBe(true);
});

test('a paragraph can be cited: GB/T 7714, BibTeX and CSL-JSON with its anchor and line, and copied', async ({ page }) => {
  const target = paragraphWith(CHANGDE, '响鼓重锤');
  await page.goto(`sources/${CHANGDE}/text/`);
  await expect(page.locator(`#cite-l${target.line}`)).toBeHidden();
  await page.locator(`#l${target.line}`).hover();
  await page.getByRole('link', { name: `引用本段（第${target.line}行）` }).click();
  const block = page.locator(`#cite-l${target.line}`);
  await expect(block).toBeVisible();
  const address = `${new URL(page.url()).origin}${new URL(page.url()).pathname}`.replace(/#.*$/, '');
  const gbt = block.locator(`#cite-l${target.line}-gbt`);
  await expect(gbt.locator('.citation-entry').nth(1)).toHaveText(
    new RegExp(
      `^\\[2\\] 脱贫攻坚政策知识库\\. ${source(CHANGDE).data.title}: 原文\\[EB/OL\\]\\. \\[\\d{4}-\\d{2}-\\d{2}\\]: 第${target.line}行\\. .*/sources/${CHANGDE}/text/#l${target.line}\\.$`,
    ),
  );
  await expect(block.locator(`#cite-l${target.line}-bib`)).toContainText(`@misc{${CHANGDE}-text-l${target.line},`);
  await expect(block.locator(`#cite-l${target.line}-bib`)).toContainText(`note = {引文位置：第${target.line}行}`);
  await expect(block.locator(`#cite-l${target.line}-csl`)).toContainText(`"note": "引文位置：第${target.line}行"`);
  await block.getByRole('link', { name: `复制第${target.line}行的 GB/T 7714-2015 格式引文` }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`第${target.line}行. `);
  expect(address).toContain(`/sources/${CHANGDE}/text/`);
});

/**
 * Searches for `q` and returns the results as { badge, title, href }: opens the search page at `url`
 * when given, else types `q` into the box of the search page already open and submits it, as a reader
 * does. The results are read once the status names this query, which the page writes after showing them.
 */
async function results(page: Page, q: string, url: string | null) {
  if (url) await page.goto(url);
  else {
    await page.locator('#search-input').fill(q);
    await page.locator('#search-input').press('Enter');
  }
  await expect(page.locator('#search-status')).toContainText(`与“${q}”相关`, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      badge: li.querySelector('.badge')?.textContent ?? '',
      title: li.querySelector('h3')?.textContent ?? '',
      href: (li.querySelector('h3 a') as HTMLAnchorElement).href,
    })),
  );
}

for (const where of ['hosted', 'offline'] as const) {
  // @base-path: there the original texts sit in index shards other than the first, each beside its summary.
  test(`a phrase found only in an original text brings that source's original, marked 原文, and lands on the paragraph (${where})`, {
    tag: '@base-path',
  }, async ({ readerPage: page }) => {
    // The search page is loaded once, with the first query; the others are typed into its box.
    const searchPage = (q: string) =>
      where === 'hosted' ? `search/?q=${encodeURIComponent(q)}` : `${offlineUrl('search/index.html')}?q=${encodeURIComponent(q)}`;
    const queries = [
      ['不漏一户', CHANGDE],
      ['专场招聘', SUINING],
      ['响鼓重锤', CHANGDE],
    ] as const;
    for (const [i, [q, slug]] of queries.entries()) {
      const found = await results(page, q, i === 0 ? searchPage(q) : null);
      const hit = found.find((r) => r.href.includes(`/sources/${slug}/text/`));
      expect(hit, `${q}: ${JSON.stringify(found)}`).toBeDefined();
      expect(hit!.badge).toBe('原文');
      expect(hit!.title).toContain('原文');
      const line = paragraphWith(slug, q).line;
      expect(new URL(hit!.href).hash).toMatch(new RegExp(`^#l${line}(:~:|$)`));
    }
    // Followed, the result of the last query (响鼓重锤) opens the original at the paragraph.
    await page.locator('#search-results > li h3 a', { hasText: '原文' }).first().click();
    const line = paragraphWith(CHANGDE, '响鼓重锤').line;
    await expect(page).toHaveURL(new RegExp(`/sources/${CHANGDE}/text/(index\\.html)?#l${line}`));
    await expect(page.locator(`#l${line}`)).toBeInViewport();
  });
}

test('the offline copy has the original texts, and their anchors and links work from the folder', async ({ readerPage: page }) => {
  const line = paragraphWith(CHANGDE, '响鼓重锤').line;
  await page.goto(`${offlineUrl(`sources/${CHANGDE}/text/index.html`)}#l${line}`);
  await expect(page.locator(`#l${line}`)).toBeInViewport();
  await expect(page.locator('.original-text')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('link', { name: '阅读本文的摘要' }).click();
  await expect(page).toHaveURL(new RegExp(`sources/${CHANGDE}/index\\.html$`));
  await page.locator('a.quote-origin').first().click();
  await expect(page).toHaveURL(new RegExp(`sources/${CHANGDE}/text/index\\.html#l\\d+$`));
  await page.goto(offlineUrl('sources/2017-guowuyuan-fupinban-article/text/index.html'));
  await expect(page.locator('.original-text')).toHaveAttribute('lang', 'zh-Hant');
});
