/**
 * Measurements in real Chromium against a site served with gzip, as a
 * production host would serve it: what a page transfers, and what a search
 * costs in bytes and in time to its first result.
 */
import type { Browser, Page } from '@playwright/test';

export interface Transfer {
  bytes: number;
  requests: number;
  byType: Record<string, number>;
  /** Every response: its URL, resource type and bytes; for a search, whether it ended by the time its first screen was complete. */
  responses: Array<{ url: string; type: string; bytes: number; firstScreen?: boolean }>;
}

/** Counts the bytes (headers + encoded body) of every response while `action` runs. */
export async function transferDuring(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const sizes: Array<Promise<{ url: string; type: string; bytes: number }>> = [];
  const onFinished = (request: import('@playwright/test').Request) =>
    sizes.push(request.sizes().then((s) => ({ url: request.url(), type: request.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize })));
  page.on('requestfinished', onFinished);
  await action();
  page.off('requestfinished', onFinished);
  const all = await Promise.all(sizes);
  const byType: Record<string, number> = {};
  for (const s of all) byType[s.type] = (byType[s.type] ?? 0) + s.bytes;
  return { bytes: all.reduce((n, s) => n + s.bytes, 0), requests: all.length, byType, responses: all };
}

/**
 * Waits until the browser has been idle (requestIdleCallback) and then no request
 * has been in flight for `quietMs`: what a page loads in idle time (Starlight loads
 * its search UI then) is part of what it transfers, however busy the machine is.
 */
async function settle(page: Page, quietMs = 500): Promise<void> {
  let inFlight = 0;
  let lastChange = performance.now();
  const up = () => {
    inFlight++;
    lastChange = performance.now();
  };
  const down = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = performance.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  try {
    await page.evaluate(() => new Promise<void>((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve())));
    while (inFlight > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    page.off('request', up);
    page.off('requestfinished', down);
    page.off('requestfailed', down);
  }
}

/**
 * Everything a page transfers when opened: until the network is idle, and again
 * after the browser's idle time. The site's icon is left out: a browser fetches it
 * once for the whole site (Starlight's default icon is 9.8 KB, this site's 0.4 KB).
 */
export async function pageWeight(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const transfer = await transferDuring(page, async () => {
    await page.goto(url, { waitUntil: 'networkidle' });
    await settle(page);
  });
  await context.close();
  return withoutIcon(transfer);
}

function withoutIcon(t: Transfer): Transfer {
  const responses = t.responses.filter((r) => !isIcon(new URL(r.url).pathname));
  const byType: Record<string, number> = {};
  for (const r of responses) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
  return { bytes: responses.reduce((n, r) => n + r.bytes, 0), requests: responses.length, byType, responses };
}

export interface QueryCost {
  /** Everything transferred, the search page itself included, until the search is complete (its original texts searched too) and the network idle. */
  bytes: number;
  /** What searching costs: the search page's scripts, Pagefind's wasm, index and fragments (not the page's HTML, CSS and icon, which every page has). */
  searchBytes: number;
  /**
   * The part of searchBytes whose responses had ended when the first screen was complete: the first
   * results shown and their filter counts, nothing busy but what SearchPage.pendingTexts names (the
   * results list while a large site searches its original texts). On a page without that phase, the
   * search complete.
   */
  firstScreenBytes: number;
  requests: number;
  ms: number;
  /** What was transferred, response by response. */
  responses: Transfer['responses'];
}

export interface SearchCost {
  first: QueryCost;
  later: QueryCost;
}

const PAGE_ITSELF = new Set(['document', 'stylesheet', 'image']);
/** The site's icon is the page's too, though Chromium reports its type as "other". */
const isIcon = (pathname: string) => /\/favicon\.\w+$/.test(pathname);

/** How a search page is found and used: its URL, what opens the search (if a button does), the box, a result. */
export interface SearchPage {
  url: string;
  /** A control to click before the box is there (Starlight's search dialog). */
  open?: string;
  input: string;
  firstResult: string;
  /** Scripts the page loads for other things than search (Starlight's table of contents, code blocks): not counted as search bytes. */
  notSearch?: RegExp;
  /** The element that is aria-busy while the search goes on after its first screen (this site's results list while the original texts are searched). */
  pendingTexts?: string;
}

/**
 * Opens a search page, waits until it is idle, then enters a query the way an
 * input method commits a word (one input event) and times it inside the page,
 * from that event (any debounce included) to the first frame with a result on
 * screen. Bytes for the first query count everything from opening the page on,
 * so what the page fetches while idle (Pagefind's start-up) is counted whenever it happens.
 */
export async function searchCost(browser: Browser, target: SearchPage, queries: [string, string]): Promise<SearchCost> {
  const { input, firstResult } = target;
  const pendingTexts = target.pendingTexts ?? null;
  const searchPart = (t: Transfer, only: (r: Transfer['responses'][number]) => boolean = () => true) =>
    t.responses.reduce((n, r) => {
      const path = new URL(r.url).pathname;
      return n + (PAGE_ITSELF.has(r.type) || isIcon(path) || target.notSearch?.test(path) || !only(r) ? 0 : r.bytes);
    }, 0);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Every response's end is kept (resource timing), to tell those of the first screen from the later ones.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
  /** When the first screen was complete (page time), recorded by the observer timeQuery installs. */
  let firstScreenAt = Number.POSITIVE_INFINITY;
  /** Enters the query and returns the time to its first result; then waits until the search is complete and the network idle. */
  const timeQuery = async (query: string): Promise<number> => {
    await page.locator(input).click();
    // Timed inside the page, so Playwright's round trips are not counted: from the
    // input event that enters the query to the first frame after the first result
    // is in the document.
    await page.evaluate(
      ({ input, firstResult, pendingTexts }) => {
        const w = window as unknown as { __kbTiming?: Promise<number>; __kbFirstScreen?: Promise<number> };
        // The first screen is complete when a result is shown and nothing is busy but the later phase's element:
        // recorded at the first change of the document where that holds.
        w.__kbFirstScreen = new Promise<number>((resolve) => {
          const complete = () =>
            document.querySelector(firstResult) !== null &&
            [...document.querySelectorAll('[aria-busy="true"]')].every((busy) => pendingTexts !== null && busy.matches(pendingTexts));
          const observer = new MutationObserver(() => {
            if (!complete()) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
        });
        w.__kbTiming = new Promise<number>((resolve) => {
          const box = document.querySelector(input)!;
          box.addEventListener(
            'input',
            (event) => {
              const started = event.timeStamp;
              const found = () => {
                if (!document.querySelector(firstResult)) return false;
                requestAnimationFrame(() => resolve(performance.now() - started));
                return true;
              };
              if (found()) return;
              const observer = new MutationObserver(() => found() && observer.disconnect());
              observer.observe(document.body, { childList: true, subtree: true });
            },
            { once: true, capture: true },
          );
        });
      },
      { input, firstResult, pendingTexts },
    );
    await page.locator(input).fill(query);
    await page.locator(firstResult).first().waitFor({ state: 'visible', timeout: 30_000 });
    const ms = await page.evaluate(() => (window as unknown as { __kbTiming: Promise<number> }).__kbTiming);
    // The search is complete when its filter counts are shown too (the page marks them busy until then);
    // waiting for the network alone missed them when counting took longer than networkidle's 500 ms.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    firstScreenAt = await page.evaluate(() => (window as unknown as { __kbFirstScreen: Promise<number> }).__kbFirstScreen);
    return ms;
  };
  /** Marks each response by whether it had ended when the first screen was complete (a response the page's resource timing lacks counts as ended). */
  const cost = async (transfer: Transfer, ms: number): Promise<QueryCost> => {
    const ends = new Map(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as [string, number]),
      ),
    );
    const responses = transfer.responses.map((r) => ({ ...r, firstScreen: (ends.get(r.url) ?? 0) <= firstScreenAt }));
    const marked = { ...transfer, responses };
    return {
      bytes: transfer.bytes,
      searchBytes: searchPart(marked),
      firstScreenBytes: searchPart(marked, (r) => r.firstScreen === true),
      requests: transfer.requests,
      ms,
      responses,
    };
  };
  let ms = 0;
  const firstTransfer = await transferDuring(page, async () => {
    await page.goto(target.url, { waitUntil: 'networkidle' });
    if (target.open) {
      await page.locator(target.open).click();
      await page.locator(input).waitFor({ state: 'visible', timeout: 30_000 });
    }
    ms = await timeQuery(queries[0]);
  });
  const first = await cost(firstTransfer, ms);
  // Clear, so the later query's first result is its own.
  await page.locator(input).fill('');
  await page.waitForTimeout(400);
  const laterTransfer = await transferDuring(page, async () => {
    ms = await timeQuery(queries[1]);
  });
  const later = await cost(laterTransfer, ms);
  await context.close();
  return { first, later };
}

/** The generated corpora's search measure: this site's search page, 扶贫 first, then 易地扶贫搬迁. */
export function corpusSearchCost(browser: Browser, siteUrl: string): Promise<SearchCost> {
  return searchCost(
    browser,
    // The results list is busy while the original texts' shards are searched, after the first screen (docs/search.md).
    { url: `${siteUrl}search/`, input: '#search-input', firstResult: '#search-results > li', pendingTexts: '#search-results' },
    ['扶贫', '易地扶贫搬迁'],
  );
}

/** One line for corpusSearchCost's result: both phases of the first search, then the later query. */
export function describeCorpusSearch(cost: SearchCost): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `first screen ${kb(cost.first.firstScreenBytes)}, with the original texts ${kb(cost.first.searchBytes)}; ` +
    `${cost.first.ms.toFixed(0)} ms; later (易地扶贫搬迁) ${kb(cost.later.bytes)}, ${cost.later.ms.toFixed(0)} ms`
  );
}
