/**
 * `npm run eval:search` — runs the search evaluation set (tests/search-eval/queries.json)
 * in real Chromium against the built site (dist/), through the search page as a
 * reader uses it, and prints recall@10, precision@5, MRR and how often the
 * glossary entry is result 1. Exits non-zero when a budget is missed.
 *
 * `-- --offline` runs the same queries in the offline copy (dist-offline/…, over
 * file://); `-- --every=N` runs every Nth query only (a subset, for a quicker run).
 *
 * Each tab loads the search page once and then enters one query after another
 * in its box, as a reader does (type, Enter), so Pagefind is set up once per
 * tab and its index chunks stay loaded. A query's results are read when the
 * status line names that query: the page writes it after the results are shown.
 *
 * The page is read as tests/search-eval/metrics.ts describes: the entry the
 * query names (shown first, apart), the block of other matching entries (the
 * links shown without opening it), and the results, one per source (a result
 * on a source's original text, sources/<slug>/text/, is the source; a source
 * listed twice would take two places). Queries marked `"needs": "original-text"` can only be
 * answered from the original texts; when the build has no original-text pages,
 * they are run and listed apart, and left out of the budgets.
 *
 * Relevance for precision: the query's must-find pages, plus every page whose
 * text contains all of the query's parts (checked by a plain scan of the built
 * pages, folded to Simplified — independent of the search index).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { isJoiner, stripDiacritics } from '../src/search/core/chars.ts';
import { extractPage } from '../src/search/build/extract-page.ts';
import { foldToSimplified } from '../src/text/script-fold.ts';
import { CHROMIUM_ARGS, ensureChromium, ensureTestChromium } from '../tests/support/chromium.ts';
import { OFFLINE_DIR } from '../tests/support/site-dirs.ts';
import { serveSite } from './support/dist-server.ts';
import { mean, precisionAt, recallAt, reciprocalRank, shownFirst, type Judged } from '../tests/search-eval/metrics.ts';

const BUDGET = { recallAt10: 0.95, termFirst: 0.95, precisionAt5: 0.9, mrr: 0.9 };

interface EvalQuery {
  q: string;
  kind: string;
  /** Why the query is in the set and where its answer is in the sources. */
  why: string;
  first?: string;
  find?: string[];
  /** What the site must have for the query to be answerable. */
  needs?: 'original-text';
}
const set = JSON.parse(readFileSync('tests/search-eval/queries.json', 'utf8')) as { sources: Record<string, string>; queries: EvalQuery[] };
const page = (p: string) => set.sources[p] ?? p;
for (const q of set.queries) {
  if (!q.why) throw new Error(`tests/search-eval/queries.json: query ${JSON.stringify(q.q)} has no "why"`);
  for (const p of [...(q.find ?? []), ...(q.first ? [q.first] : [])]) {
    if (!/^(terms|sources)\//.test(page(p)))
      throw new Error(
        `tests/search-eval/queries.json: query ${JSON.stringify(q.q)} names ${JSON.stringify(p)}, which is neither a source key nor terms/… or sources/…`,
      );
  }
}
const offline = process.argv.includes('--offline');
const every = Number(/^--every=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--every=')) ?? '')?.[1] ?? 1);
const queries = set.queries.filter((_, i) => i % every === 0);

const dist = 'dist';
/** The build has the original text of its sources as pages of their own. */
const hasOriginalTexts = readdirSync(join(dist, 'sources'), { withFileTypes: true }).some(
  (d) => d.isDirectory() && existsSync(join(dist, 'sources', d.name, 'text', 'index.html')),
);
/** A result path as the evaluation counts it: a source's original text is the source. */
const counted = (path: string) => path.replace(/^(sources\/[^/]+)\/text$/, '$1');
const compact = (text: string) =>
  [...stripDiacritics(foldToSimplified(text.normalize('NFKC')).toLowerCase())].filter((c) => !isJoiner(c) && !/\s/u.test(c)).join('');
const texts = new Map<string, string>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const extracted = extractPage(readFileSync(file, 'utf8'));
  if (!extracted) continue;
  const path = relative(dist, file)
    .split('\\')
    .join('/')
    .replace(/\/?index\.html$/, '');
  texts.set(path, compact(extracted.blocks.map((b) => b.text).join('\n')));
}
/** Pages whose text contains every space-separated part of the query (after folding script, width, case and tones). */
function containing(q: string): string[] {
  const parts = q.split(/\s+/).filter(Boolean).map(compact);
  return [...texts].filter(([, text]) => parts.every((p) => text.includes(p))).map(([path]) => counted(path));
}

const site = offline ? undefined : await serveSite(dist);
const searchUrl = offline ? pathToFileURL(join(OFFLINE_DIR, 'search', 'index.html')).href : `${site!.url}search/`;
// The headless shell when there is one (the same engine, less processor time), else the full Chromium.
const browser = await chromium.launch({ executablePath: ensureTestChromium() ?? ensureChromium(), args: CHROMIUM_ARGS });
/** Queries run on this many tabs at once: most of a query's time is the page waiting for its index chunks. */
const TABS = Number(process.env.KB_EVAL_TABS ?? 3);
const base = offline ? new URL('../', searchUrl).pathname : new URL(site!.url).pathname;
/** Row i is query i's, whichever tab ran it, so the table keeps the order of queries.json. */
const rows: Array<{ q: EvalQuery; judged: Judged }> = new Array(queries.length);
const path = (href: string) =>
  counted(
    decodeURIComponent(new URL(href).pathname)
      .slice(base.length)
      .replace(/(\/index\.html|\/)$/, ''),
  );

/** Enters the query in the box of a loaded search page and waits for the status line that reports its results. */
async function runQuery(tab: Page, q: EvalQuery): Promise<Judged> {
  await tab.locator('#search-input').fill(q.q);
  await tab.locator('#search-input').press('Enter');
  // The page's status for this query, written once its first results are shown (the box is trimmed, as the page trims it).
  await tab.waitForFunction(
    (query) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return /找到|没有找到/.test(status) && status.includes(`“${query}”`);
    },
    q.q.trim(),
    { timeout: 15_000 },
  );
  // Show at least the first 10 results (the page shows a few, then “显示更多”).
  while ((await tab.locator('#search-results > li').count()) < 10 && (await tab.locator('#search-more').isVisible())) {
    const before = await tab.locator('#search-results > li').count();
    await tab.locator('#search-more').click();
    await tab.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  const hrefs = (selector: string) => tab.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const [named] = (await hrefs('#search-entry:not([hidden]) h3 a')).map(path);
  // The block's links shown without opening its disclosure.
  const entries = (await hrefs('#search-terms:not([hidden]) > ul a')).map(path);
  const paths = (await hrefs('#search-results > li h3 a')).map(path);
  const mustFind = [...new Set([...(q.first ? [q.first] : []), ...(q.find ?? []).map(page)])];
  return { named, entries, results: paths, mustFind, relevant: new Set([...mustFind, ...containing(q.q)]), first: q.first };
}

try {
  const context = await browser.newContext();
  let next = 0;
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      const tab = await context.newPage();
      await tab.goto(searchUrl);
      await tab.waitForFunction(() => /请输入搜索词/.test(document.querySelector('#search-status')?.textContent ?? ''));
      for (let i = next++; i < queries.length; i = next++) {
        const q = queries[i]!;
        rows[i] = { q, judged: await runQuery(tab, q) };
      }
    }),
  );
} finally {
  await browser.close();
  site?.close();
}

const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\uffef]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
const printRows = (list: typeof rows) => {
  console.log(`${pad('query', 38)}${pad('kind', 19)}R@10  P@5   RR    first`);
  for (const { q, judged } of list) {
    const first = judged.first ? (shownFirst(judged) === judged.first ? 'yes' : `NO (${shownFirst(judged) ?? '—'})`) : '';
    console.log(
      `${pad(q.q, 38)}${pad(q.kind, 19)}${recallAt(10, judged).toFixed(2)}  ${precisionAt(5, judged).toFixed(2)}  ${reciprocalRank(judged).toFixed(2)}  ${first}`,
    );
    const missing = judged.mustFind.filter((p) => recallAt(10, { ...judged, mustFind: [p] }) === 0);
    if (missing.length > 0) console.log(`    missing from top 10: ${missing.join(', ')}`);
  }
};
// Without original-text pages, the queries that need them cannot be answered: listed apart, not counted.
const waiting = hasOriginalTexts ? [] : rows.filter((r) => r.q.needs === 'original-text');
const scored = rows.filter((r) => !waiting.includes(r));
console.log(`${offline ? 'offline copy (file://)' : 'hosted build'}${every > 1 ? `, every ${every}th query` : ''}\n`);
printRows(scored);
if (waiting.length > 0) {
  console.log(
    `\n${waiting.length} queries need the sources' original texts, which this build does not have (no sources/<slug>/text/ page). Their results, not counted in the budgets:`,
  );
  printRows(waiting);
}
const withFirst = scored.filter((r) => r.judged.first);
const summary = {
  recallAt10: mean(scored.map((r) => recallAt(10, r.judged))),
  precisionAt5: mean(scored.map((r) => precisionAt(5, r.judged))),
  mrr: mean(scored.map((r) => reciprocalRank(r.judged))),
  termFirst: mean(withFirst.map((r) => (shownFirst(r.judged) === r.judged.first ? 1 : 0))),
};
console.log(
  `\n${scored.length} queries counted (${withFirst.length} with a required first result)${waiting.length > 0 ? `; ${waiting.length} waiting for the original texts` : ''}`,
);
let failed = false;
for (const [key, value] of Object.entries(summary) as Array<[keyof typeof BUDGET, number]>) {
  const ok = value >= BUDGET[key];
  failed ||= !ok;
  console.log(`${pad(key, 14)}${value.toFixed(3)}  budget ≥ ${BUDGET[key]}  ${ok ? 'ok' : 'FAILED'}`);
}
if (failed) process.exit(1);
