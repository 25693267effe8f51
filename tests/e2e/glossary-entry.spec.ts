import { expect, test } from '../support/reader-page.ts';
import { terms, term } from '../support/site-content.ts';

test.describe('a glossary entry teaches: meaning, its basis, then the sources', () => {
  test('the first screen gives the national definition and the document it rests on', async ({ readerPage: page }) => {
    const entry = term('wu-ge-yi-pi');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`terms/${entry.slug}/`);
    const definition = page.locator('#definition');
    await expect(definition).toContainText(entry.data.definition);
    await expect(definition).toBeInViewport();
    await expect(definition.locator('.badge--outside')).toHaveText('外部知识');
    await expect(definition).toContainText('《中共中央 国务院关于打赢脱贫攻坚战的决定》（2015年）');
    await expect(definition.locator('a[href="#ref-jueding-2015"]')).toHaveCount(1);
    await expect(page.locator('#ref-jueding-2015')).toContainText('2015年11月29日（2015年12月7日公布），中发〔2015〕34号');
  });

  test('national components come first; the local list stands apart, labelled with its source', async ({ readerPage: page }) => {
    const entry = term('wu-ge-yi-pi');
    await page.goto(`terms/${entry.slug}/`);
    const national = page.locator('section[aria-labelledby="components"] li');
    await expect(national).toHaveCount(entry.data.components.length);
    await expect(national.first()).toContainText('发展生产脱贫一批');
    const local = page.locator('section[aria-labelledby="local-variants"]');
    await expect(local.locator('h3')).toHaveText(entry.data.localVariants[0]!.label);
    await expect(local.locator('.source-line a')).toHaveAttribute('href', /sources\/2018-suining-jiang-huaqiong-interview\/$/);
    await expect(local.locator('li').first()).toContainText('扶持生产和就业发展一批');
    // Order on the page: definition, components, local variants, how the sources use it.
    const order = await page.evaluate(() =>
      ['definition', 'components', 'local-variants', 'explanation'].map((id) => document.getElementById(id)!.getBoundingClientRect().top),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('each outside statement shows its document or the 编者按常识 label, and the references are listed', async ({ readerPage: page }) => {
    const entry = term('jing-zhun-fu-pin');
    await page.goto(`terms/${entry.slug}/`);
    const statements = page.locator('.outside-list li');
    await expect(statements).toHaveCount(entry.data.outside.length);
    for (const [i, statement] of entry.data.outside.entries()) {
      const item = statements.nth(i);
      await expect(item).toContainText(statement.text);
      if (statement.general) await expect(item).toContainText('编者按常识');
      if (statement.references.length > 0) await expect(item.locator('cite')).toHaveCount(statement.references.length);
    }
    const cited = new Set([
      ...entry.data.definitionBasis.references,
      ...entry.data.outside.flatMap((o) => o.references),
      ...entry.data.english.flatMap((e) => (e.reference ? [e.reference] : [])),
    ]);
    await expect(page.locator('section[aria-labelledby="references"] li')).toHaveCount(cited.size);
    await expect(page.locator('.english-list li').first()).toContainText('官方译法');
  });

  test('no entry shows a label that contradicts its note, and no official label without its English source', async ({ readerPage: page }) => {
    for (const entry of terms.filter((t) => t.data.english.some((e) => e.kind === 'official')).slice(0, 3)) {
      await page.goto(`terms/${entry.slug}/`);
      const official = page.locator('.english-list li', { has: page.locator('.badge--english-official') });
      await expect(official.first()).toContainText('英文版');
    }
    await page.goto('terms/1234-gong-zuo-ji-zhi/');
    await expect(page.locator('.english-list li').first()).toContainText('本站译法');
    await expect(page.locator('.english-list')).not.toContainText('通行译法');
  });
});

test.describe('source pages say what is uncertain', () => {
  test('an unknown figure year is shown as such, an estimated one with 约', async ({ readerPage: page }) => {
    await page.goto('sources/2019-zhenlai-xianwei-shuji-article/');
    const row = (label: string) => page.locator('#key-figures ~ .table-wrap tr', { hasText: label });
    await expect(row('建光伏扶贫电站的贫困村').locator('td').nth(1)).toHaveText('未写明');
    await expect(row('专项小组').locator('td').nth(1)).toHaveText('约2019');
  });

  test('the outlet note and an inferred genre are on the page', async ({ readerPage: page }) => {
    await page.goto('sources/2019-changde-zhou-derui-article/');
    await expect(page.locator('header .meta-list')).toContainText('常德新闻联播');
    await page.goto('sources/2017-guowuyuan-fupinban-article/');
    await expect(page.locator('header .meta-list')).toContainText('推断，可信度：低');
  });
});
