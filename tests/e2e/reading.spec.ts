/**
 * The reading experience (issue 7): charts, table of contents, previous/next,
 * theme switch, term previews, layout at 320 px, lang attributes, timeline and
 * map. Expectations come from the content files, not from the built pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/reader-page.ts';
import { TERM_PREVIEWS_SCRIPT } from '../../src/site/term-preview-markup.ts';
import { sources, terms } from '../support/site-content.ts';

const byDate = [...sources].sort((a, b) => a.data.date.value.localeCompare(b.data.date.value));

/** Rows of a source's keyFigures grouped by their `series` field, as written in the content file. */
function seriesRows(source: (typeof sources)[number]) {
  const groups = new Map<string, Array<{ index: number; value: string }>>();
  source.data.keyFigures.forEach((f, index) => {
    const name = (f as { series?: string }).series;
    if (name) groups.set(name, [...(groups.get(name) ?? []), { index, value: f.value }]);
  });
  return groups;
}

test.describe('charts of key figures', () => {
  test('the issue examples: 镇赉 贫困发生率 20.9% → 0.06%, 遂宁 贫困人口 21.3万 → 4.9万', async ({ readerPage: page }) => {
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const rate = page.getByRole('figure', { name: /^贫困发生率/ });
    await expect(rate).toBeVisible();
    const rateTable = rate.getByRole('table', { name: /^贫困发生率/ });
    await expect(rateTable.locator('tbody td:not(.chart-bar)')).toHaveText(['20.9%', '0.06%']);
    await expect(rateTable.locator('tbody th')).toHaveText(['2015年底', '2018年']);

    await page.goto('sources/2018-suining-jiang-huaqiong-interview/');
    const people = page.getByRole('figure', { name: /^贫困人口总数/ });
    await expect(people).toBeVisible();
    await expect(people.locator('tbody td:not(.chart-bar)')).toHaveText(['21.3万', '4.9万']);
  });

  test('every declared series is one named chart whose table and bars match the content', async ({ readerPage: page }) => {
    for (const source of sources) {
      const groups = seriesRows(source);
      await page.goto(`sources/${source.slug}/`);
      await expect(page.locator('.chart-figure')).toHaveCount(groups.size);
      if (groups.size === 0) {
        await expect(page.locator('#figure-charts')).toHaveCount(0);
        await expect(page.locator('.chart-none')).toBeVisible();
        continue;
      }
      for (const [name, rows] of groups) {
        const figure = page.getByRole('figure', { name: new RegExp(`^${name.replace(/[()（）%]/g, '.')}$`) });
        await expect(figure).toHaveCount(1);
        await expect(figure.locator('tbody td:not(.chart-bar)')).toHaveText(rows.map((r) => r.value));
        // each value in the table links to its row in the key figures table, which holds the source wording
        for (const r of rows) {
          const href = await figure.locator('tbody td a', { hasText: r.value }).getAttribute('href');
          expect(href).toMatch(/^#figure-/);
          const row = page.locator(`[id="${href!.slice(1)}"]`);
          await expect(row).toHaveJSProperty('tagName', 'TR');
          await expect(row).toContainText(source.data.keyFigures[r.index]!.quote.slice(0, 4));
        }
        // the bars are drawn from zero, their lengths ordered like the values, and left to the figures for assistive technology
        const bars = figure.locator('tbody .chart-bar meter');
        await expect(bars).toHaveCount(rows.length);
        await expect(figure.locator('tbody .chart-bar:not([aria-hidden="true"])')).toHaveCount(0);
        const drawn = await bars.evaluateAll((meters) =>
          meters.map((m) => {
            const meter = m as HTMLMeterElement;
            return { share: (meter.value - meter.min) / (meter.max - meter.min), width: meter.getBoundingClientRect().width };
          }),
        );
        const amounts = rows.map((r) => parseFloat(r.value));
        for (const bar of drawn) expect(bar.width).toBeGreaterThan(0);
        expect(Math.max(...drawn.map((b) => b.share))).toBe(1);
        for (let i = 1; i < rows.length; i++) expect(Math.sign(drawn[i]!.share - drawn[0]!.share)).toBe(Math.sign(amounts[i]! - amounts[0]!));
      }
    }
  });
});

test.describe('table of contents', () => {
  test('on a wide screen it is open beside the text; following a link scrolls to the section', async ({ readerPage: page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const link = page.locator('.toc a[href="#quotes"]');
    await expect(link).toBeVisible();
    const toc = await page.locator('.toc').boundingBox();
    const article = await page.locator('article').boundingBox();
    expect(toc!.x).toBeGreaterThan(article!.x + article!.width - 1);
    await link.click();
    await expect(page).toHaveURL(/#quotes$/);
    await expect(page.locator('#quotes')).toBeInViewport();
    await expect(page.locator('.toc')).toBeInViewport(); // sticky
  });

  test('on a phone it is a collapsed <details> that opens on tap', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const link = page.locator('.toc a[href="#quotes"]');
    await expect(link).toBeHidden();
    await page.locator('.toc summary').tap();
    await expect(link).toBeVisible();
    await context.close();
  });
});

test.describe('previous and next', () => {
  // The whole walk (sources by date, terms by category in pinyin order) is read from the built
  // pages in tests/build/prev-next.test.ts; here a reader follows the links.
  test('下一篇 and 上一篇 open the neighbouring term of the same category', async ({ readerPage: page }) => {
    const category = '帮扶举措';
    const [first, second] = terms.filter((t) => t.data.category === category).sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin, 'en'));
    await page.goto(`terms/${first!.slug}/`);
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveCount(0);
    await page.locator('.prev-next a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/terms/${second!.slug}/$`));
    await expect(page.locator('.term-page dd', { hasText: category }).first()).toBeVisible();
    await page.locator('.prev-next a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`/terms/${first!.slug}/$`));
  });
});

test.describe('theme switch without JavaScript', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const isDark = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
  };

  test('follows the system and can be switched either way', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
      const page = await context.newPage();
      await page.goto('sources/2019-changde-zhou-derui-article/');
      await expect(page.getByRole('radio', { name: '跟随系统' })).toBeChecked();
      expect(isDark(await background(page))).toBe(colorScheme === 'dark');
      await page.getByRole('radio', { name: '深色' }).click();
      await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
      expect(isDark(await background(page))).toBe(true);
      await page.getByRole('radio', { name: '浅色' }).click();
      expect(isDark(await background(page))).toBe(false);
      // text stays readable: the text colour flips with the background
      expect(isDark(await page.evaluate(() => getComputedStyle(document.body).color))).toBe(true);
      await page.getByRole('radio', { name: '跟随系统' }).click();
      expect(isDark(await background(page))).toBe(colorScheme === 'dark');
      await context.close();
    }
  });

  test('is a labelled radio group reachable by keyboard', async ({ page }) => {
    await page.goto('');
    const group = page.getByRole('group', { name: '配色' });
    await expect(group.getByRole('radio')).toHaveCount(3);
    await group.getByRole('radio', { name: '跟随系统' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: '浅色' })).toBeChecked();
  });
});

test.describe('term previews', () => {
  const path = 'sources/2019-zhenlai-xianwei-shuji-article/';
  const isPreviews = (url: string) => url.endsWith(`/${TERM_PREVIEWS_SCRIPT}`);

  test('hovering a term link loads the previews and shows the entry: term, pinyin and definition', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Nothing of the previews is in the page or loaded until a reader reaches for one.
    expect(requested.filter(isPreviews)).toEqual([]);
    await expect(page.locator('.term-preview')).toHaveCount(0);
    const link = page.locator('.summary a.term-link').first();
    const slug = (await link.getAttribute('data-term'))!;
    const entry = terms.find((t) => t.slug === slug)!;
    const preview = page.locator(`#preview-${slug}`);
    await link.hover();
    await expect(preview).toBeVisible();
    await expect(preview).toHaveAttribute('role', 'dialog');
    await expect(preview).toHaveAccessibleName(`术语预览：${entry.data.term}`);
    await expect(preview.locator('strong')).toHaveText(entry.data.term);
    await expect(preview.locator('[lang="zh-Latn-pinyin"]')).toHaveText(entry.data.pinyin);
    await expect(preview).toContainText(entry.data.definition);
    await expect(preview.getByRole('link')).toHaveAttribute('href', new RegExp(`/terms/${slug}/$`));
    // placed next to the link, not somewhere else on the page
    const l = (await link.boundingBox())!;
    const p = (await preview.boundingBox())!;
    expect(Math.abs(p.y - (l.y + l.height))).toBeLessThan(40 + p.height);
    // one preview per linked term, loaded once
    const linked = await page.locator('.summary a.term-link').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLElement).dataset.term))]);
    await expect(page.locator('.term-preview')).toHaveCount(linked.length);
    await page.locator('h1').hover();
    await expect(preview).toBeHidden();
    await page.locator('.summary a.term-link').nth(1).hover();
    await expect(page.locator('.term-preview:popover-open')).toHaveCount(1);
    expect(requested.filter(isPreviews)).toHaveLength(1);
  });

  test('keyboard: focusing the link shows the preview; the button opens it with Enter and Escape closes it', async ({ readerPage: page }) => {
    await page.goto(path);
    const link = page.locator('.summary a.term-link').nth(1);
    const slug = (await link.getAttribute('data-term'))!;
    const preview = page.locator(`#preview-${slug}`);
    await link.focus();
    await expect(preview).toBeVisible();
    await page.keyboard.press('Tab'); // onto the companion button
    const button = page.locator(`.summary button[popovertarget="preview-${slug}"]`).first();
    await expect(button).toBeFocused();
    await expect(button).toHaveAccessibleName(`术语预览：${(await link.textContent())!}`);
    await expect(preview).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(preview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Shift+Tab'); // back onto the link
    await expect(link).toBeFocused();
    await expect(preview).toBeVisible();
  });

  test('touch: tapping the button opens the preview; tapping elsewhere closes it; the link itself still navigates', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(path);
    const button = page.locator('.summary .term-preview-button').first();
    const slug = (await button.getAttribute('popovertarget'))!.replace(/^preview-/, '');
    const preview = page.locator(`#preview-${slug}`);
    await button.tap();
    await expect(preview).toBeVisible();
    const box = (await preview.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.locator('h1').tap();
    await expect(preview).toBeHidden();
    await button.tap();
    await expect(preview).toBeVisible();
    await page.locator('h1').tap();
    await expect(preview).toBeHidden();
    await page.locator(`.summary a.term-link[data-term="${slug}"]`).first().tap();
    await expect(page).toHaveURL(new RegExp(`/terms/${slug}/$`));
    await context.close();
  });

  test("a link to a preview's old id (#tp-<term>) lands on the term in the term list", async ({ readerPage: page }) => {
    await page.goto(path);
    const slug = (await page.locator('.mention-list li[id^="term-"]').first().getAttribute('id'))!.replace(/^term-/, '');
    await page.goto(`${path}#tp-${slug}`);
    await expect(page.locator(`#term-${slug} > #tp-${slug}`)).toHaveCount(1);
    await expect(page.locator(`#term-${slug}`)).toBeInViewport();
  });

  test('without JavaScript a term link is a plain link to its entry, with no button that would do nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('.summary a.term-link').first()).toBeVisible();
    await expect(page.locator('.term-preview-button, .term-preview, [interestfor], [popovertarget]')).toHaveCount(0);
    const link = page.locator('.summary a.term-link').first();
    const slug = (await link.getAttribute('data-term'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/terms/${slug}/$`));
    await context.close();
  });
});

test.describe('small screens', () => {
  // That no page scrolls sideways at 320 px is checked on every built page, and on the search page
  // with results, by the walk of tests/e2e/outside-requests.spec.ts, which loads each page at that width.
  test('wide tables scroll inside their own wrapper', async ({ readerPage: page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('sources/2018-suining-jiang-huaqiong-interview/');
    const wrap = page.locator('#key-figures + .table-wrap');
    const { scroll, client, overflowX } = await wrap.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
    }));
    expect(scroll).toBeGreaterThan(client);
    expect(overflowX).toBe('auto');
  });
});

test.describe('language and typography', () => {
  test('the Traditional source keeps zh-Hant on its quotes and figure wording; pinyin and English are marked', async ({ readerPage: page }) => {
    const source = sources.find((s) => s.data.originalScript === 'zh-Hant')!;
    await page.goto(`sources/${source.slug}/`);
    await expect(page.locator('figure.quote blockquote[lang="zh-Hant"]')).toHaveCount(source.data.quotes.length);
    await expect(page.locator('#key-figures + .table-wrap q[lang="zh-Hant"]')).toHaveCount(source.data.keyFigures.length);
    await page.locator('.summary a.term-link').first().hover();
    await expect(page.locator('.term-preview:popover-open [lang="zh-Latn-pinyin"]')).toHaveCount(1);
    await page.goto('terms/liang-bu-chou-san-bao-zhang/');
    const english = terms.find((t) => t.slug === 'liang-bu-chou-san-bao-zhang')!.data.english;
    // Each rendering is marked English (the cited English edition of an official rendering too, as a <cite>).
    await expect(page.locator('.english-list span[lang="en"]')).toHaveText(english.map((e) => e.text));
  });

  test('CJK–Latin spacing is drawn, not typed: selected text is exactly the source text', async ({ readerPage: page }) => {
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const paragraph = page.locator('.summary li', { hasText: '115名' }).first();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('text-autospace'))).toBe('normal');
    const { selected, text } = await paragraph.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { selected: selection.toString(), text: el.textContent! };
    });
    expect(selected).toContain('115名');
    expect(selected.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(selected).not.toMatch(/\d [\u4e00-\u9fff]|[\u4e00-\u9fff] \d/);
  });

  test('body text is set for CJK: line height about 1.8 and at most ~40 characters per line', async ({ readerPage: page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const { lineHeight, fontSize, width } = await page.locator('.summary').evaluate((el) => {
      const li = el.querySelector('li')!;
      const style = getComputedStyle(li);
      return { lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize), width: li.getBoundingClientRect().width };
    });
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.7);
    expect(lineHeight / fontSize).toBeLessThanOrEqual(1.9);
    expect(width / fontSize).toBeLessThanOrEqual(40);
    expect(width / fontSize).toBeGreaterThanOrEqual(30);
  });
});

test.describe('home page pictures', () => {
  test('the timeline shows every source; approximate dates say 约 and cover their whole year or month', async ({ readerPage: page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('');
    const items = page.locator('.timeline__item');
    await expect(items).toHaveCount(sources.length);
    const trackWidth = (await page.locator('.timeline__track').first().boundingBox())!.width;
    const years = new Set(sources.map((s) => s.data.date.value.slice(0, 4)));
    const span = Math.max(...[...years].map(Number)) - Math.min(...[...years].map(Number)) + 1;
    for (const [i, source] of byDate.entries()) {
      const item = items.nth(i);
      await expect(item.getByRole('link')).toHaveText(source.data.title);
      if (source.data.date.approximate) await expect(item.locator('time')).toContainText('约');
      const mark = (await item.locator('.timeline__mark').boundingBox())!;
      const fraction = mark.width / trackWidth;
      if (source.data.date.precision === 'year') expect(Math.abs(fraction - 1 / span)).toBeLessThan(0.01);
      if (source.data.date.precision === 'month') expect(fraction).toBeLessThan(1 / span / 6);
    }
  });

  test('the map marks each province with a source and lists every source in text beside it', async ({ readerPage: page }) => {
    await page.goto('');
    const map = page.getByRole('img', { name: /来源地区示意图/ });
    await expect(map).toBeVisible();
    const provinces = new Set(sources.filter((s) => s.data.place.scope === 'local').map((s) => s.data.place.province));
    const marked = await map.locator('.tile--on').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-province')));
    expect(marked.sort()).toEqual([...provinces].sort());
    const listed = await page.locator('.source-map__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.match(/sources\/([^/]+)\//)![1]));
    expect(listed.sort()).toEqual(sources.map((s) => s.slug).sort());
    for (const province of provinces) await expect(page.locator('.source-map__list')).toContainText(province);
  });
});
