import { expect, test } from '../support/reader-page.ts';
import { PAGE_SCRIPT, SOURCE_PAGE_SCRIPT } from '../../src/site/page-script-url.ts';
import { sources, terms, term } from '../support/site-content.ts';

test.describe('every page type renders', { tag: '@base-path' }, () => {
  test('home: intro, search box and the ways in', async ({ readerPage: page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle(/脱贫攻坚政策知识库/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('脱贫攻坚政策知识库');
    await expect(page.getByRole('searchbox')).toHaveCount(2);
    for (const name of ['术语表', '来源', '方法与引用']) {
      await expect(page.locator('.ways-in').getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('#timeline ~ ol li, .timeline li')).toHaveCount(sources.length);
  });

  test('source list shows every source', async ({ readerPage: page }) => {
    await page.goto('sources/');
    await expect(page.locator('#source-table tbody tr')).toHaveCount(sources.length);
  });

  test('each source page has header, summary, figures, quotes, terms and provenance', async ({ readerPage: page }) => {
    for (const source of sources) {
      await page.goto(`sources/${source.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(source.data.title);
      await expect(page.locator('.meta-list').first()).toContainText(source.data.outlet.name);
      await expect(page.locator('#key-figures + .table-wrap tbody tr')).toHaveCount(source.data.keyFigures.length);
      await expect(page.locator('figure.quote')).toHaveCount(source.data.quotes.length);
      await expect(page.locator('#terms-used ~ ul li').first()).toBeVisible();
      await expect(page.locator('#provenance ~ dl')).toContainText(source.data.archiveFile);
      await expect(page.locator('#noise-removed + ul li')).toHaveCount(source.data.noiseRemoved.length);
      if (source.data.titleStatus === 'editorial') await expect(page.locator('h1 .badge')).toHaveText('编者拟题');
    }
  });

  test('term index groups by pinyin initial and by category', async ({ readerPage: page }) => {
    await page.goto('terms/');
    await expect(page.locator('#by-pinyin ~ section a[href*="/terms/"], #by-pinyin').first()).toBeVisible();
    const letterLinks = page.locator('.letter-nav a');
    expect(await letterLinks.count()).toBeGreaterThan(5);
    // every term appears once in each grouping
    await expect(page.locator('section[aria-labelledby="by-pinyin"] li a')).toHaveCount(terms.length);
    await expect(page.locator('section[aria-labelledby="by-category"] li a')).toHaveCount(terms.length);
  });

  test('a term page: h1 is the term, with Traditional, pinyin, English, definition and 出现在', async ({ readerPage: page }) => {
    const entry = term('liang-bu-chou-san-bao-zhang');
    await page.goto(`terms/${entry.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.term);
    await expect(page.locator('[lang="zh-Hant"]').first()).toHaveText(entry.data.traditional);
    await expect(page.locator('[lang="zh-Latn-pinyin"]')).toHaveText(entry.data.pinyin);
    await expect(page.locator('.english-list li').first()).toContainText(entry.data.english[0]!.text);
    await expect(page.locator('.english-list li').first()).toContainText('官方译法');
    await expect(page.locator('.english-list li').first()).toContainText("Poverty Alleviation: China's Experience and Contribution");
    await expect(page.locator('#definition')).toContainText(entry.data.definition);
    await expect(page.locator('#appears-in')).toBeVisible();
  });

  test('about and search pages render, and unknown URLs get the 404 page', async ({ readerPage: page }) => {
    await page.goto('about/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于本站');
    for (const id of ['method', 'cite', 'offline']) await expect(page.locator(`#${id}`)).toBeVisible();
    await page.goto('search/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  });
});

test.describe('markdown', () => {
  test('**“两不愁三保障”**是 renders bold next to CJK text', async ({ readerPage: page }) => {
    await page.goto('sources/2019-yunyang-zhang-xuefeng-interview/');
    const bold = page.locator('.summary strong', { hasText: '“两不愁三保障”' });
    await expect(bold.first()).toBeVisible();
    await expect(page.locator('.summary')).not.toContainText('**');
  });

  test('summary headings get readable ASCII anchors', async ({ readerPage: page }) => {
    for (const source of sources) {
      await page.goto(`sources/${source.slug}/`);
      const ids = await page.locator('h2[id], h3[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

test.describe('content pages ship no JavaScript but the small page script', () => {
  for (const path of ['', 'terms/', 'about/', 'terms/liang-bu-chou-san-bao-zhang/', 'sources/2019-changde-zhou-derui-article/']) {
    // Source pages load its form with the term previews' buttons.
    const own = path.startsWith('sources/') ? SOURCE_PAGE_SCRIPT : PAGE_SCRIPT;
    test(`/${path} loads no script but ${own}`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // The page script (theme memory, the / shortcut; tests/e2e/page-script.spec.ts shows pages work without it).
      expect(scripts.map((s) => s.endsWith(`/${own}`))).toEqual([true]);
      // JSON-LD blocks (application/ld+json) are data the browser never runs; anything else would be JavaScript.
      await expect(page.locator(`script:not([type="application/ld+json"]):not([src$="${own}"])`)).toHaveCount(0);
      const dataBlocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      for (const block of dataBlocks) expect(() => JSON.parse(block)).not.toThrow();
    });
  }
});
