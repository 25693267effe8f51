/**
 * `npx node scripts/bench/first-search-parts.ts <dist> [query] [--without-name-filter]` prints what the
 * first search of a built site is made of, in gzip bytes (as a host serving
 * gzip sends them): the search bundle and, inside it, the page directory's parts
 * (its JSON re-made from the built index, compressed alone), then every file
 * the search page fetched, opened with the query (default 扶贫), by kind: Pagefind's
 * metadata, index chunks, filters, fragments, WebAssembly, the text buckets.
 * For docs/performance.md's breakdown of the first search at 10,000 sources.
 *
 * `--without-name-filter` serves the same build's search bundle with its name
 * filter (src/search/core/name-filter.ts) replaced by the one KB_WITHOUT=name-filter
 * writes, which lets every word through: what the filter saves, measured on one
 * index without a second build (the bundle is the only file the filter changes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pageDirectory } from '../../src/search/build/page-directory-file.ts';
import { entriesInBundle } from '../../src/search/core/page-directory.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveSite } from '../support/dist-server.ts';
import { transferDuring } from './browser.ts';

const dist = process.argv[2];
const query = process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : '扶贫';
const withoutNameFilter = process.argv.includes('--without-name-filter');
/** The name filter as esbuild writes it into the bundle, and the one that answers "maybe" for every word (nameFilterFor with off). */
const NAME_FILTER = /bits:\d+,hashes:\d+,data:"[A-Za-z0-9+/=]+"/;
const OPEN_FILTER = 'bits:8,hashes:1,data:"/w=="';
if (!dist) throw new Error('usage: first-search-parts.ts <dist> [query]');
const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

const original = readFileSync(join(dist, '_kb/search.js'), 'utf8');
if (!NAME_FILTER.test(original)) throw new Error('_kb/search.js: no name filter found in the bundle');
const bundle = Buffer.from(withoutNameFilter ? original.replace(NAME_FILTER, OPEN_FILTER) : original);
const dirs = ['', ...readdirSync(join(dist, 'pagefind')).filter((d) => /^(?:shard|texts)-\d+$/.test(d))].filter((d) =>
  existsSync(join(dist, 'pagefind', d, 'fragment')),
);
const { directory, textRows } = pageDirectory(
  dirs.map((d) => join(dist, 'pagefind', d)),
  {},
);
console.log(
  `search bundle _kb/search.js${withoutNameFilter ? ' without the name filter' : ''}: ${kb(bundle.length)} raw, ${kb(gz(bundle))} gzip (${dirs.length} index shards)`,
);
const entryCount = Object.keys(directory.entries ?? {}).length;
const entriesIn = entriesInBundle(entryCount, dirs.length);
for (const [name, part] of Object.entries(directory)) {
  const json = JSON.stringify(part);
  const where = name === 'entries' && !entriesIn ? ` (${entryCount}, in bucket files beside the index)` : '';
  console.log(`  page directory ${name}${where}: ${kb(Buffer.byteLength(json))} raw, ${kb(gz(json))} gzip alone`);
}
const rows = JSON.stringify(textRows);
console.log(`original texts' rows (${textRows.length}, in bucket files beside the index): ${kb(Buffer.byteLength(rows))} raw, ${kb(gz(rows))} gzip together`);

const served = await serveSite(dist, '/', { gzip: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  // The search page registers a service worker, which would answer the requests after it starts (and Playwright then reports no bytes for them).
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  if (withoutNameFilter) {
    // Sent uncompressed (Playwright does not decode a fulfilled body): count the bundle at its gzip size printed above.
    await page.route('**/_kb/search.js', (route) => route.fulfill({ body: bundle, contentType: 'text/javascript; charset=utf-8' }));
  }
  const transfer = await transferDuring(page, async () => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results > li').first().waitFor({ state: 'visible', timeout: 120_000 });
    // A site whose original texts are in shards of their own searches them after the first screen (the list is busy meanwhile).
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
  });
  const kinds = new Map<string, { bytes: number; files: number }>();
  for (const r of transfer.responses) {
    const path = new URL(r.url).pathname;
    const kind = /\/pagefind\/.*\.pf_meta$/.test(path)
      ? 'Pagefind metadata'
      : path.includes('/index/')
        ? 'index chunks'
        : path.includes('/filter/')
          ? 'filters'
          : path.includes('/fragment/')
            ? 'fragments'
            : /wasm/.test(path)
              ? 'WebAssembly'
              : path.includes('/kb-texts/')
                ? 'text buckets'
                : path.includes('/kb-entries/')
                  ? 'entry buckets'
                  : path.replace(/^.*\//, '');
    const key = /\/pagefind\/texts-\d+\//.test(path) ? `${kind} (original texts' shards)` : kind;
    const k = kinds.get(key) ?? { bytes: 0, files: 0 };
    k.bytes += r.bytes;
    k.files++;
    kinds.set(key, k);
  }
  console.log(`the search page opened with ?q=${query} fetched ${kb(transfer.bytes)} in ${transfer.requests} requests:`);
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${kind}: ${kb(k.bytes)} in ${k.files}`);
} finally {
  await browser.close();
  served.close();
}
