import type { Page } from '@playwright/test';
import { KEYSTROKE_DEBOUNCE_MS } from '../../src/search/core/input-timing.ts';
import { ENTRY_LINKS_SHOWN, FIRST_PAGE } from '../../src/search/core/result-layout.ts';
import { FACETS } from '../../src/search/core/url-state.ts';
import { expect, test } from '../support/reader-page.ts';
import { sourcesUsing, term } from '../support/site-content.ts';

/** The named entry (shown first, apart) and the result pages in rank order, as site paths without the base: terms/x, sources/y. */
async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toContainText(/找到|没有找到/, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  const base = new URL(page.url()).pathname.replace(/search\/.*$/, '');
  return page
    .locator('#search-entry:not([hidden]) h3 a, #search-results > li h3 a')
    .evaluateAll((links, b) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(b.length).replace(/\/$/, '')), base);
}

/** How many results the list holds in all, shown or not (the status: “来源和其他页面 N 个”), beside the entries. */
async function listTotal(page: Page): Promise<number> {
  await expect(page.locator('#search-status')).toContainText(/找到|没有找到/, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  return Number(/来源和其他页面 (\d+) 个/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
}

/** The number of matching pages the status announces (“找到 N 条”). */
async function resultCount(page: Page): Promise<number> {
  await expect(page.locator('#search-status')).toContainText(/找到|没有找到/, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  return Number(/找到 (\d+) 条/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
}

/**
 * Searches for `q` as a reader does: on a search page that shows a search without filters, the
 * query is typed into its box and submitted, and the box left (which closes its suggestions);
 * from anywhere else, /search/?q= is opened. Resolves when the status names this query's results.
 */
async function search(page: Page, q: string): Promise<void> {
  const url = /^https?:/.test(page.url()) ? new URL(page.url()) : undefined;
  const plainSearchPage = url !== undefined && /\/search\/$/.test(url.pathname) && [...url.searchParams.keys()].every((key) => key === 'q');
  if (plainSearchPage) {
    const box = page.locator('#search-input');
    await box.fill(q);
    await box.press('Enter');
    await box.blur();
  } else {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
  }
  await expect(page.locator('#search-status')).toContainText(`与“${q.trim()}”相关`, { timeout: 20_000 });
  // Where the original texts are in index shards of their own, they are searched after the first screen, while the list is busy.
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
}
const TERM = 'liang-bu-chou-san-bao-zhang';
const QUERY = '两不愁三保障';

test('the header box searches from any page: the term entry first, then the sources that use it', { tag: '@base-path' }, async ({ readerPage: page }) => {
  await page.goto('sources/');
  await page.locator('#site-search').fill(QUERY);
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const paths = await resultPaths(page);
  const users = sourcesUsing(TERM).map((s) => `sources/${s}`);
  expect(users.length).toBeGreaterThan(1);
  expect(paths[0]).toBe(`terms/${TERM}`);
  expect(new Set(paths.slice(1, 1 + users.length))).toEqual(new Set(users));
});

test('/search/?q= runs from a link, tells 来源 from 术语 and highlights the match', { tag: '@base-path' }, async ({ readerPage: page }) => {
  // Opened from its address, as a link in course material opens it.
  await page.goto(`search/?q=${encodeURIComponent(QUERY)}`);
  await expect(page.locator('#search-input')).toHaveValue(QUERY);
  await resultPaths(page);
  // The entry the query names is shown first, apart from the results.
  const first = page.locator('#search-entry');
  await expect(first.locator('.badge')).toHaveText('术语');
  await expect(first.locator('h3')).toHaveText(term(TERM).data.term);
  await expect(page.locator('#search-results > li .badge', { hasText: '来源' }).first()).toBeVisible();
  // Marks are whole names of the entry (the term or an alias the sources use, such as 两不愁),
  // in the script the page shows it in (001 is Traditional).
  const names = new Set([term(TERM).data.term, term(TERM).data.traditional, ...term(TERM).data.aliases]);
  for (const mark of await page.locator('#search-results mark').allTextContents())
    expect(names.has(mark) || names.has(mark.replaceAll('兩', '两')), mark).toBe(true);
  await expect(page).toHaveTitle(/两不愁三保障/);
});

test('Traditional, pinyin and English queries find the entry', { tag: '@base-path' }, async ({ readerPage: page }) => {
  for (const q of ['兩不愁三保障', 'liangbuchou', 'liǎng bù chóu', 'liang bu chou', 'Two Assurances']) {
    await search(page, q);
    expect((await resultPaths(page))[0], q).toBe(`terms/${TERM}`);
  }
  await search(page, '脫貧');
  expect(await resultCount(page)).toBeGreaterThan(5);
  // The first results are shown; “显示更多” adds the next ones.
  const shown = await page.locator('#search-results > li').count();
  await page.locator('#search-more').click();
  await expect(page.locator('#search-results > li')).toHaveCount(Math.min(shown + FIRST_PAGE, await listTotal(page)));
  await expect(page.locator('#search-results mark').first()).toHaveText(/^(脱贫|脫貧)$/);
});

test('punctuation inside a term does not matter', async ({ readerPage: page }) => {
  await search(page, '先诊疗、后付费');
  const withComma = await resultPaths(page);
  await search(page, '先诊疗后付费');
  expect(await resultPaths(page)).toEqual(withComma);
  expect(withComma[0]).toBe('terms/xian-zhen-liao-hou-fu-fei');
  await search(page, '“绣花”功夫');
  expect((await resultPaths(page))[0]).toBe('terms/xiu-hua-gong-fu');
});

test('a phrase is matched as a phrase, and words separated by spaces must all be present', { tag: '@base-path' }, async ({ readerPage: page, request }) => {
  const textOf = async (path: string) => (await (await request.get(`${path}/`)).text()).replace(/<[^>]+>/g, '');
  await search(page, '精准扶贫');
  for (const path of await resultPaths(page)) expect(await textOf(path), path).toMatch(/精[准準]扶[贫貧]/);
  await search(page, '遂宁 搬迁');
  const both = await resultPaths(page);
  expect(both.length).toBeGreaterThan(0);
  for (const path of both) {
    const text = await textOf(path);
    expect(text, path).toContain('遂宁');
    expect(text, path).toMatch(/搬[迁遷]/);
  }
  await search(page, '遂宁 不存在的词语');
  await expect(page.locator('#search-status')).toContainText('没有找到');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('a result links to the section that matched, and the browser scrolls to and highlights it', { tag: '@base-path' }, async ({ readerPage: page }) => {
  await search(page, '泥溪镇');
  const link = page.locator('#search-results > li h3 a[href*="/sources/"]').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/#[a-z0-9-]+:~:text=/);
  const id = decodeURIComponent(href.split('#')[1]!.split(':~:')[0]!);
  await link.click();
  await expect(page).toHaveURL(/\/sources\//);
  await expect(page.locator(`[id="${id}"]`)).toBeAttached();
  // The matched words are scrolled into view.
  await expect(page.getByText('泥溪镇', { exact: false }).first()).toBeInViewport();
});

test('the search page works with the keyboard alone and announces the result count', async ({ readerPage: page }) => {
  await page.goto('search/');
  await page.locator('#search-input').focus();
  // Typed key by key (pinyin): the suggestions script arrives with the first key and makes the box a combobox.
  await page.keyboard.type('diyishuji');
  await expect(page.locator('#search-input')).toHaveAttribute('role', 'combobox');
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('role', 'status');
  // The status of this query's search: a pause between keys may have searched a shorter one first.
  await expect(status).toContainText(/找到 \d+ 条与“diyishuji”/);
  // Escape closes the suggestions; ↓ then goes to the results.
  await expect(page.locator('#search-input')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-input')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  // The entry the query names first, then the results.
  await expect(page.locator('#search-entry h3 a')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results > li h3 a').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/terms\/di-yi-shu-ji\//);
});

test('search filters by type, province and year, with counts, and keeps them in the URL', { tag: '@base-path' }, async ({ readerPage: page }) => {
  await search(page, '脱贫攻坚');
  const all = await resultCount(page);
  await expect(page.locator('#search-filter-panel')).toHaveAttribute('open', '');
  // The counts follow the results; the filters are marked busy until they are in.
  await expect(page.locator('#search-filters')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#search-filters .facet-count').first()).toBeVisible();
  await page.locator('#search-filters input[name="type"][value="来源"]').check();
  await expect(page).toHaveURL(/type=%E6%9D%A5%E6%BA%90/);
  await expect(async () => {
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(await resultCount(page)).toBeLessThan(all);
    expect(paths.every((p) => p.startsWith('sources/'))).toBe(true);
  }).toPass();
  await page.locator('#search-filters input[name="province"][value="吉林省"]').check();
  await expect(async () => expect(await resultPaths(page)).toEqual(['sources/2019-zhenlai-xianwei-shuji-article'])).toPass();
  // An original text's page has its source's province (looked up by its summary): 原文 alone, in 吉林省, is that source's original.
  await page.locator('#search-filters input[name="type"][value="原文"]').check();
  await page.locator('#search-filters input[name="type"][value="来源"]').uncheck();
  await expect(async () => expect(await resultPaths(page)).toEqual(['sources/2019-zhenlai-xianwei-shuji-article/text'])).toPass();
  await expect(page.locator('#search-filters label', { hasText: '吉林省' }).locator('.facet-count')).toHaveText('(1)');
  await page.locator('#search-filters input[name="type"][value="来源"]').check();
  await page.locator('#search-filters input[name="type"][value="原文"]').uncheck();
  await page.locator('#search-filters input[name="province"][value="吉林省"]').uncheck();
  await page.locator('#search-filters input[name="year"][value="2018"]').check();
  await expect(async () => expect(await resultPaths(page)).toEqual(['sources/2018-suining-jiang-huaqiong-interview'])).toPass();
  await expect(page.locator('#search-filters label', { hasText: '2018' }).locator('.facet-count')).toHaveText('(1)');
  // A linked, filtered search restores the same state.
  await page.goto(page.url());
  await expect(page.locator('#search-filters input[name="year"][value="2018"]')).toBeChecked();
  expect(await resultPaths(page)).toEqual(['sources/2018-suining-jiang-huaqiong-interview']);
});

test('the search page fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await search(page, QUERY);
  await resultPaths(page);
  await expect(page.locator('#search-entry')).toBeInViewport({ ratio: 0.3 });
  // Filters are folded away on a phone, and open with one tap.
  await expect(page.locator('#search-filter-panel')).not.toHaveAttribute('open');
  await page.locator('#search-filter-panel summary').click();
  await expect(page.locator('#search-filters input[name="type"]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the source list filters by province, genre and year, and sorts by date', async ({ readerPage: page }) => {
  await page.goto('sources/');
  const visibleDates = () => page.locator('#source-table tbody tr:not([hidden]) time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const dates = await visibleDates();
  expect(dates).toEqual([...dates].sort().reverse());
  await page.getByLabel('排序').selectOption('asc');
  expect(await visibleDates()).toEqual([...dates].sort());

  await page.getByLabel('省份').selectOption('湖南省');
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toHaveCount(1);
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toContainText('周德睿');
  await expect(page).toHaveURL(/province=/);

  await page.getByLabel('省份').selectOption('');
  await page.getByLabel('年份').selectOption('2019');
  const years = await page.locator('#source-table tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-year')));
  expect(years.length).toBeGreaterThan(1);
  expect(new Set(years)).toEqual(new Set(['2019']));

  await page.getByLabel('年份').selectOption('');
  await page.getByLabel('体裁').selectOption('在线访谈');
  await expect(page.locator('#source-table tbody tr:not([hidden])')).toHaveCount(1);
});

test('an input method: syllables being composed are not searched; the committed word is, at once', async ({ page }) => {
  // The page's timers run on a clock the test can fast-forward (time still flows on its own).
  await page.clock.install();
  await page.goto('search/');
  const indexRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/(index|fragment)\//.test(r.url())) indexRequests.push(r.url());
  });
  const input = page.locator('#search-input');
  await input.focus();
  const cdp = await page.context().newCDPSession(page);
  // What a 拼音 IME does: the syllables sit in the box, underlined, while the reader picks a word.
  for (const text of ['l', 'lia', 'liang', 'liangbuchou']) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await expect(input).toHaveValue('liangbuchou');
  // Every timer the page set while the reader composed fires now: none of them may search.
  await page.clock.runFor(2000);
  expect(indexRequests, 'nothing is searched while composing').toEqual([]);
  await expect(page.locator('#search-status')).toContainText('请输入搜索词');
  // The reader picks 两不愁三保障: the IME commits it, replacing the syllables.
  await cdp.send('Input.insertText', { text: '两不愁三保障' });
  await expect(input).toHaveValue('两不愁三保障');
  expect((await resultPaths(page))[0]).toBe(`terms/${TERM}`);
  await expect(page).toHaveURL(/\?q=%E4%B8%A4/);
});

test('a query waits only for its own index chunks, all asked at once, then for the fragments of its first screen', async ({ page }) => {
  await page.goto('search/');
  // What every query needs, whatever it is, loads while the page is idle: the pages of each filter's values among it.
  const filterFiles = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/filter/')).length);
  await expect.poll(filterFiles, { timeout: 20_000 }).toBe(FACETS.length);
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pagefind/')) requested.push(path.replace(/^.*\/pagefind\//, '').split('/')[0]!);
  });
  await page.locator('#search-input').fill(QUERY);
  expect((await resultPaths(page))[0]).toBe(`terms/${TERM}`);
  await expect(page.locator('#search-filters .facet-count').first()).toBeVisible();
  expect(new Set(requested), 'nothing but index chunks and fragments').toEqual(new Set(['index', 'fragment']));
  expect(requested.slice(requested.indexOf('fragment')), 'every index chunk is asked before the first fragment').not.toContain('index');
  expect(requested.filter((kind) => kind === 'fragment')).toHaveLength(FIRST_PAGE);
});

test('a result is drawn as its title link before its fragment is in, keeps focus, and gets its excerpt and section when the fragment arrives', async ({
  page,
}) => {
  // The fragments are held back until the test lets them through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('search/');
  await page.locator('#search-input').fill(QUERY);
  const first = page.locator('#search-results > li').first();
  const link = first.locator('h3 a');
  await expect(link).toBeVisible({ timeout: 20_000 });
  // Drawn from the page directory alone: a source's title linking to its page, no excerpt yet.
  await expect(first).toHaveAttribute('aria-busy', 'true');
  await expect(first.locator('.badge')).toHaveText('来源');
  await expect(first.locator('.result-excerpt')).toBeEmpty();
  const title = (await link.textContent()) ?? '';
  expect(title.length).toBeGreaterThan(4);
  const early = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(early.pathname).toMatch(/\/sources\/[a-z0-9-]+\/$/);
  expect(early.hash).toBe('');
  await link.focus();
  release();
  // Completed in place: the same link element (still focused), the same title and page, now with the matching
  // section and the words to highlight, and the excerpt with the query marked.
  await expect(first).not.toHaveAttribute('aria-busy');
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  await expect(link).toBeFocused();
  await expect(link).toHaveText(title);
  const complete = new URL((await link.getAttribute('href')) ?? '', page.url());
  expect(complete.pathname).toBe(early.pathname);
  expect(complete.hash).not.toBe('');
  // The link the reader saw first is a working link to that source, whose page bears its title.
  const response = await page.request.get(early.href);
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain(`<h1`);
  await page.goto(early.href);
  await expect(page.locator('h1')).toContainText(title.slice(0, 8));
});

test('typed letters wait for the reader to pause, then search what was typed', async ({ page }) => {
  // The page's clock stands still while the reader types, so the pause is exactly what the test says.
  await page.clock.install();
  await page.goto('search/');
  const searched: string[] = [];
  await page.exposeFunction('kbSearched', (q: string) => searched.push(q));
  // Every search the page runs puts its query in the URL; record each one.
  await page.evaluate(() => {
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      (window as unknown as { kbSearched: (q: string) => void }).kbSearched(new URL(String(url), location.href).searchParams.get('q') ?? '');
      replace(data, unused, url);
    };
  });
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.locator('#search-input').pressSequentially('fupin');
  expect(searched, 'nothing is searched while the reader is typing').toEqual([]);
  await page.clock.runFor(KEYSTROKE_DEBOUNCE_MS);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
  expect(searched, 'the letters are one search').toEqual(['fupin']);
});

/** The first ten results (the page shows a few; “显示更多” adds more). */
async function firstTen(page: Page): Promise<string[]> {
  await resultPaths(page);
  const items = page.locator('#search-results > li');
  while ((await items.count()) < 10 && (await page.locator('#search-more').isVisible())) {
    const before = await items.count();
    await page.locator('#search-more').click();
    await expect(async () => expect(await items.count()).toBeGreaterThan(before)).toPass();
  }
  // The named entry (shown apart, first) and the first ten results.
  const named = await page.locator('#search-entry:not([hidden])').count();
  return (await resultPaths(page)).slice(0, 10 + named);
}

test('a broad word shows sources and glossary entries on the first screen, and every source in the first ten', async ({ readerPage: page }) => {
  for (const q of ['扶贫', '脫貧', '重庆']) {
    await search(page, q);
    const firstScreen = await resultPaths(page);
    expect(
      firstScreen.some((p) => p.startsWith('sources/')),
      q,
    ).toBe(true);
    // The matching entries: a block of links above the results, not counted among them.
    await expect(page.locator('#search-terms a').first(), q).toBeVisible();
    expect(
      firstScreen.filter((p) => p.startsWith('terms/')),
      q,
    ).toEqual([]);
  }
  await search(page, '扶贫');
  const top = await firstTen(page);
  expect(top.filter((p) => p.startsWith('sources/')).sort()).toEqual([
    'sources/2017-guowuyuan-fupinban-article',
    'sources/2018-suining-jiang-huaqiong-interview',
    'sources/2019-changde-zhou-derui-article',
    'sources/2019-yunyang-zhang-xuefeng-interview',
    'sources/2019-zhenlai-xianwei-shuji-article',
  ]);
  // 常德 quotes Xi’s remarks made in 重庆.
  await search(page, '重庆');
  expect(await firstTen(page)).toEqual(expect.arrayContaining(['sources/2019-changde-zhou-derui-article', 'sources/2019-yunyang-zhang-xuefeng-interview']));
});

test('pinyin and English names of an entry find the entry, then every source that uses it', async ({ readerPage: page }) => {
  const users = sourcesUsing(TERM).map((s) => `sources/${s}`);
  await search(page, QUERY);
  const chineseCount = await resultCount(page);
  for (const q of ['liangbuchou', 'liang bu chou', 'Two Assurances']) {
    await search(page, q);
    const paths = await firstTen(page);
    expect(paths[0], q).toBe(`terms/${TERM}`);
    expect(new Set(paths.slice(1, 1 + users.length)), q).toEqual(new Set(users));
    expect(await resultCount(page), q).toBe(chineseCount);
  }
  // The excerpts mark the Chinese words the sources use.
  await expect(page.locator('#search-results > li mark', { hasText: /[两兩]不愁三保障/ }).first()).toBeVisible();
});

test('a term result shows its definition; a source result the sentence that matched; never field labels', async ({ readerPage: page }) => {
  await search(page, QUERY);
  await resultPaths(page);
  const first = page.locator('#search-entry');
  expect((await first.locator('.result-excerpt').innerText()).startsWith(term(TERM).data.definition.slice(0, 20))).toBe(true);
  for (const q of [QUERY, 'liangbuchou', '扶贫', '重庆']) {
    await search(page, q);
    await resultPaths(page);
    for (const text of await page.locator('#search-entry .result-excerpt, #search-results .result-excerpt').allInnerTexts()) {
      expect(text, q).not.toMatch(/繁体|拼音|英文|定义：|发表媒体|可信度/);
    }
  }
  await search(page, '重庆');
  await resultPaths(page);
  const source = page.locator('#search-results > li', { has: page.locator('a[href*="changde"]') });
  await expect(source.locator('.result-excerpt mark').first()).toHaveText('重庆');
});

test('the matching entries are a labelled block of real links above the results, reached with Tab', async ({ readerPage: page }) => {
  await search(page, '扶贫');
  await resultPaths(page);
  const block = page.getByRole('navigation', { name: '术语' });
  await expect(block).toBeVisible();
  const links = block.getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  // Every link is a real link to a glossary entry, and the block comes before the results in reading order.
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/\/terms\/[a-z0-9-]+\/$/);
  expect(
    await page.evaluate(
      () => document.querySelector('#search-terms')!.compareDocumentPosition(document.querySelector('#search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ),
  ).toBeTruthy();
  // Tab from the box passes the search button and the filters, then reaches the first entry link.
  await page.locator('#search-input').focus();
  let tabs = 0;
  while (tabs < 60 && !(await page.evaluate(() => document.activeElement?.closest('#search-terms') !== null))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/terms\/[a-z0-9-]+\/$/);
});

test("the matching entries' links carry their terms, from bucket files beside the index when it is in shards", { tag: '@base-path' }, async ({ page }) => {
  // A page of its own (an empty cache), so that every file the search needs is fetched here.
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await search(page, '扶贫');
  await resultPaths(page);
  const links = page.getByRole('navigation', { name: '术语' }).getByRole('link', { includeHidden: true });
  expect(await links.count()).toBeGreaterThan(3);
  for (const [href, text] of await links.evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent ?? '']))) {
    const slug = /\/terms\/([a-z0-9-]+)\/$/.exec(href!)?.[1];
    expect(slug, href).toBeDefined();
    expect(text, href).toBe(term(slug!).data.term);
  }
  // A site whose index is one shard keeps the entries' rows in the search bundle; the base-path build, in shards, fetches bucket files.
  const sharded = fetched.some((path) => /\/pagefind\/shard-\d+\//.test(path));
  const buckets = fetched.filter((path) => /\/pagefind\/kb-entries\/\d+\.json$/.test(path));
  expect(buckets.length > 0, fetched.join('\n')).toBe(sharded);
});

test('the entries behind “另外 N 条术语” open from the keyboard; where the index is in shards, their links load only then', { tag: '@base-path' }, async ({
  page,
}) => {
  // A page of its own (an empty cache), so that every bucket file the search needs is fetched here.
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await search(page, '扶贫');
  await resultPaths(page);
  const sharded = fetched.some((path) => /\/pagefind\/shard-\d+\//.test(path));
  const block = page.getByRole('navigation', { name: '术语' });
  const hidden = Number(await block.locator('#search-terms-more-count').textContent());
  expect(hidden).toBeGreaterThan(0);
  const shown = await block.locator(':scope > ul a').count();
  expect(shown).toBe(ENTRY_LINKS_SHOWN);
  // The status counts every matching entry, those behind the disclosure too.
  const named = (await page.locator('#search-entry:not([hidden])').count()) > 0 ? 1 : 0;
  expect(await page.locator('#search-status').textContent()).toContain(`术语 ${named + shown + hidden} 条`);
  // A small site has every link in its bundle; a sharded index's links behind the disclosure wait for it to open.
  const more = block.locator('details ul a');
  await expect(more).toHaveCount(sharded ? 0 : hidden);
  await block.locator('details summary').focus();
  await page.keyboard.press('Enter');
  await expect(block.locator('details')).toHaveJSProperty('open', true);
  await expect(more).toHaveCount(hidden);
  const before = await block.locator(':scope > ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const after = await more.evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent ?? '']));
  for (const [href, text] of after) {
    const slug = /\/terms\/([a-z0-9-]+)\/$/.exec(href!)?.[1];
    expect(slug, href).toBeDefined();
    expect(text, href).toBe(term(slug!).data.term);
    expect(before, href).not.toContain(href);
  }
  // Tab from the summary reaches the first of them.
  await page.keyboard.press('Tab');
  await expect(more.first()).toBeFocused();
  // A new query while the disclosure is open lists that query's other entries at once.
  await search(page, '贫困');
  await resultPaths(page);
  const count = Number(await block.locator('#search-terms-more-count').textContent());
  if (count > 0) await expect(more).toHaveCount(count);
  else await expect(block.locator('details')).toBeHidden();
});

test('a source is one result: its summary, with a link to the paragraph of its original text that matched', async ({ readerPage: page }) => {
  await search(page, QUERY);
  const paths = await firstTen(page);
  const sources = paths.filter((p) => p.startsWith('sources/'));
  expect(new Set(sources).size, 'each source once').toBe(sources.length);
  expect(
    sources.every((p) => !p.endsWith('/text')),
    'the summary stands for the source',
  ).toBe(true);
  const withText = page.locator('#search-results > li', { has: page.locator('.result-original') });
  expect(await withText.count()).toBeGreaterThan(0);
  const original = withText.first().locator('.result-original');
  await expect(original.locator('.badge')).toHaveText('原文');
  const link = original.getByRole('link');
  await expect(link).toHaveText(/^原文第 \d+ 行$/);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\/sources\/[a-z0-9-]+\/text\/#l\d+$/);
  // The paragraph it links to holds the query.
  await link.click();
  const target = page.locator(`[id="${new URL(href, page.url()).hash.slice(1)}"]`);
  await expect(target).toContainText(/[两兩]不愁三保障/);
});

test("遂宁's original title keeps every character next to its spaces in a result", async ({ readerPage: page }) => {
  await search(page, '砥砺同心');
  await resultPaths(page);
  await expect(page.locator('#search-results > li h3', { hasText: '砥砺同心 合力攻坚 坚决打好脱贫攻坚战' }).first()).toBeVisible();
});

test("a source's title finds the source, not the glossary entries that list it under 出现在", async ({ readerPage: page }) => {
  await search(page, '砥砺同心');
  const paths = await resultPaths(page);
  expect(paths.filter((p) => p.startsWith('terms/'))).toEqual([]);
  await expect(page.locator('#search-terms a')).toHaveCount(0);
  await expect(page.locator('#search-entry')).toBeHidden();
});
