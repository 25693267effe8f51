/**
 * `npm run eval:search` — runs the search evaluation set (tests/search-eval/queries.json)
 * in real Chromium against the built site (dist/), through the search page as a
 * reader uses it, and prints recall@10, precision@5, MRR and how often the
 * glossary entry is result 1. Exits non-zero when a budget is missed.
 *
 * Relevance for precision: the query's must-find pages, plus every page whose
 * text contains all of the query's parts (checked by a plain scan of the built
 * pages, folded to Simplified — independent of the search index).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { isJoiner, stripDiacritics } from '../src/search/core/chars.ts';
import { extractPage } from '../src/search/build/extract-page.ts';
import { foldToSimplified } from '../src/text/script-fold.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveSite } from './support/dist-server.ts';
import { mean, precisionAt, recallAt, reciprocalRank, type Judged } from '../tests/search-eval/metrics.ts';

const BUDGET = { recallAt10: 0.95, termFirst: 0.95, precisionAt5: 0.9, mrr: 0.9 };

interface EvalQuery {
  q: string;
  kind: string;
  first?: string;
  find?: string[];
}
const set = JSON.parse(readFileSync('tests/search-eval/queries.json', 'utf8')) as { sources: Record<string, string>; queries: EvalQuery[] };
const page = (p: string) => set.sources[p] ?? p;

const dist = 'dist';
const compact = (text: string) =>
  [...stripDiacritics(foldToSimplified(text.normalize('NFKC')).toLowerCase())].filter((c) => !isJoiner(c) && !/\s/u.test(c)).join('');
const texts = new Map<string, string>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const extracted = extractPage(readFileSync(file, 'utf8'));
  if (!extracted) continue;
  const path = relative(dist, file).split('\\').join('/').replace(/\/?index\.html$/, '');
  texts.set(path, compact(extracted.blocks.map((b) => b.text).join('\n')));
}
/** Pages whose text contains every space-separated part of the query (after folding script, width, case and tones). */
function containing(q: string): string[] {
  const parts = q.split(/\s+/).filter(Boolean).map(compact);
  return [...texts].filter(([, text]) => parts.every((p) => text.includes(p))).map(([path]) => path);
}

const site = await serveSite(dist);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const tab = await browser.newPage();
const rows: Array<{ q: EvalQuery; judged: Judged }> = [];
try {
  for (const q of set.queries) {
    await tab.goto(`${site.url}search/?q=${encodeURIComponent(q.q)}`);
    await tab.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 15_000 });
    // Show at least the first 10 results (the page shows a few, then “显示更多”).
    while ((await tab.locator('#search-results > li').count()) < 10 && (await tab.locator('#search-more').isVisible())) {
      const before = await tab.locator('#search-results > li').count();
      await tab.locator('#search-more').click();
      await tab.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    const results = await tab.locator('#search-results > li h3 a').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const base = new URL(site.url).pathname;
    const paths = results.map((p) => p.slice(base.length).replace(/\/$/, ''));
    const mustFind = [...new Set([...(q.first ? [q.first] : []), ...(q.find ?? []).map(page)])];
    rows.push({ q, judged: { results: paths, mustFind, relevant: new Set([...mustFind, ...containing(q.q)]), first: q.first } });
  }
} finally {
  await browser.close();
  site.close();
}

const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2e80-\uffef]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
console.log(`${pad('query', 38)}${pad('kind', 13)}R@10  P@5   RR    first`);
for (const { q, judged } of rows) {
  const first = judged.first ? (judged.results[0] === judged.first ? 'yes' : `NO (${judged.results[0] ?? '—'})`) : '';
  console.log(
    `${pad(q.q, 38)}${pad(q.kind, 13)}${recallAt(10, judged).toFixed(2)}  ${precisionAt(5, judged).toFixed(2)}  ${reciprocalRank(judged).toFixed(2)}  ${first}`,
  );
  const missing = judged.mustFind.filter((p) => !judged.results.slice(0, 10).includes(p));
  if (missing.length > 0) console.log(`    missing from top 10: ${missing.join(', ')}`);
}
const withFirst = rows.filter((r) => r.judged.first);
const summary = {
  recallAt10: mean(rows.map((r) => recallAt(10, r.judged))),
  precisionAt5: mean(rows.map((r) => precisionAt(5, r.judged))),
  mrr: mean(rows.map((r) => reciprocalRank(r.judged))),
  termFirst: mean(withFirst.map((r) => (r.judged.results[0] === r.judged.first ? 1 : 0))),
};
console.log(`\n${rows.length} queries (${withFirst.length} with a required first result)`);
let failed = false;
for (const [key, value] of Object.entries(summary) as Array<[keyof typeof BUDGET, number]>) {
  const ok = value >= BUDGET[key];
  failed ||= !ok;
  console.log(`${pad(key, 14)}${value.toFixed(3)}  budget ≥ ${BUDGET[key]}  ${ok ? 'ok' : 'FAILED'}`);
}
if (failed) process.exit(1);
