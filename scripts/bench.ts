/**
 * `npm run bench` — measures the site and prints the figures. Not a test:
 * timings never enter `npm test`.
 *
 * It exits non-zero only when a stable budget is broken: bytes, counts, memory,
 * or a ratio between two things measured side by side in this same run.
 * Absolute times depend on the machine (the same build differs by 2× between
 * two machines of this project), so they are goals for the reference machine:
 * printed with "met" or "missed", never failing the run.
 *
 *   npm run bench             real site, then generated corpora of 1,000 and 10,000 sources (2,000 terms)
 *   npm run bench -- --small  real site and the 1,000-source corpus (what CI runs)
 *   npm run bench -- --real-only  the real site only
 *   npm run bench -- --only 10000  one generated corpus only
 *
 * Everything it generates goes to a temporary folder and is deleted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { readContent } from '../src/content/content-files.ts';
import type { SourceData, TermData } from '../src/content/schema.ts';
import { formatBytes, OFFLINE_ZIP } from '../src/emit/offline/offline-names.ts';
import { archiveReader, projectPaths } from '../src/content/project-paths.ts';
import { cleanSourceText } from '../src/content/source-text.ts';
import { TermMatcher } from '../src/text/term-matcher.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tests/support/chromium.ts';
import { serveSite } from './support/dist-server.ts';
import { pageWeight, searchCost } from './bench/browser.ts';
import { generateCorpus } from './bench/corpus.ts';
import { buildDefaultPagefindSite } from './bench/pagefind-default.ts';
import { watchTree } from './bench/process-tree.ts';

const KB = 1024;
const MB = 1024 * 1024;
/** Absolute-time goals on the reference machine (2 cores): printed, never failing the run. */
const GOAL = {
  realColdBuildS: 15,
  largeBuildAndIndexS: 180,
  firstSearchMs: 300,
};
/** Stable budgets: bytes, memory and same-run ratios. Breaking one fails the run. */
const BUDGET = {
  largePeakMemoryMB: 4096,
  sourcePageKB: 40,
  sourcePageJsKB: 0,
  firstSearchKB: 100,
  largeFirstSearchKB: 400,
  /** Regression guard for the first search on the real site (the 100 KB budget is out of reach; see FIRST_SEARCH_FIXED_COST). */
  firstSearchGuardKB: 130,
  offlineZipMB: 5,
};

const small = process.argv.includes('--small');
/** Cold first-search runs on the real site; the time budget is judged on their median. */
const SEARCH_RUNS = 5;
const realOnly = process.argv.includes('--real-only');
/** `--only 10000`: just that corpus (for working on large-corpus performance). */
const only = process.argv.includes('--only') ? Number(process.argv[process.argv.indexOf('--only') + 1]) : undefined;
const work = mkdtempSync(join(tmpdir(), 'kb-bench-'));
const rows: Array<[string, string]> = [];
const failures: string[] = [];
const report = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`  ${what}: ${value}`);
};
const known: string[] = [];
const goalsMissed: string[] = [];
/** An absolute-time goal for the reference machine: printed with its outcome, never failing the run. */
function goal(what: string, value: number, target: number, unit: string, fmt = (n: number) => n.toFixed(1)) {
  const met = value <= target;
  report(what, `${fmt(value)} ${unit} (goal on the reference machine ≤ ${fmt(target)} ${unit}: ${met ? 'met' : 'missed on this machine'})`);
  if (!met) goalsMissed.push(`${what}: ${fmt(value)} ${unit} > ${fmt(target)} ${unit}`);
}
/**
 * Checks a budget. A budget measured to be out of reach for a stated reason is
 * still checked and printed as OVER BUDGET, but listed as known rather than
 * failing the run; a regression guard next to it keeps the figure from growing.
 */
function budget(what: string, value: number, limit: number, unit: string, fmt = (n: number) => n.toFixed(1), knownReason?: string) {
  const ok = value <= limit;
  report(what, `${fmt(value)} ${unit} (budget ≤ ${fmt(limit)} ${unit}) ${ok ? 'ok' : knownReason ? 'OVER BUDGET (known, see below)' : 'OVER BUDGET'}`);
  if (ok) return;
  if (knownReason) known.push(`${what}: ${fmt(value)} ${unit} > ${fmt(limit)} ${unit}. ${knownReason}`);
  else failures.push(`${what}: ${fmt(value)} ${unit} > ${fmt(limit)} ${unit}`);
}

/** Why the first-search budget cannot be met inside Pagefind (measured; see README, Performance). */
const FIRST_SEARCH_FIXED_COST =
  "Pagefind's fixed cost alone is about 91 KB: its WebAssembly (55 KB, already compressed), its JS API (13 KB) in our 22 KB bundle, its metadata (3 KB) and the index chunks of a five-bigram query (9 KB); the fragments of the first four results add about 25 KB. Pagefind's default UI spends 176–185 KB on the same query.";

const dirSize = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
const countPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;

interface BuildResult {
  seconds: number;
  astroSeconds: number;
  /** Parts of astroSeconds: content sync (reading, validating, rendering Markdown) and page generation. */
  syncSeconds: number;
  generationSeconds: number;
  indexSeconds: number;
  offlineSeconds: number;
  peakMB: { total: number; pagefind: number; other: number };
  pages: number;
}

/** Runs `astro build` with the project's Node, sampling the memory of the whole process tree. */
async function timedBuild(outDir: string, env: Record<string, string>): Promise<BuildResult> {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn('astro', ['build', '--outDir', outDir], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const watch = watchTree(child.pid!);
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peak = watch.stop();
  if (code !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  const index = /indexed (\d+) pages \(read (\d+) ms, Pagefind (\d+) ms, bundle (\d+) ms\)/.exec(log);
  // Astro's own phases, from its log: the content sync ("[types] Generated 30.95s") and page generation.
  const logSeconds = (m: RegExpExecArray | null) => (m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN);
  const syncSeconds = logSeconds(/\[types\] Generated (?:(\d+)m )?([\d.]+)s/.exec(log));
  const generationSeconds = logSeconds(/generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/.exec(log));
  const offline = /offline copy: .* in (\d+) ms/.exec(log);
  const indexSeconds = index ? (Number(index[2]) + Number(index[3]) + Number(index[4])) / 1000 : NaN;
  const offlineSeconds = offline ? Number(offline[1]) / 1000 : NaN;
  return {
    seconds,
    indexSeconds,
    offlineSeconds,
    astroSeconds: seconds - indexSeconds - offlineSeconds,
    syncSeconds,
    generationSeconds,
    peakMB: { total: peak.total / MB, pagefind: peak.pagefind / MB, other: peak.other / MB },
    pages: countPages(outDir),
  };
}

function reportBuild(label: string, b: BuildResult, outDir: string) {
  report(`${label}: cold build, total`, `${b.seconds.toFixed(1)} s for ${b.pages} pages (${(b.pages / b.seconds).toFixed(0)} pages/s)`);
  report(`${label}: Astro (pages, content checks)`, `${b.astroSeconds.toFixed(1)} s (content sync ${b.syncSeconds.toFixed(1)} s, page generation ${b.generationSeconds.toFixed(1)} s)`);
  report(`${label}: search index (records + Pagefind + bundle)`, `${b.indexSeconds.toFixed(1)} s`);
  report(`${label}: offline copy and zip`, `${b.offlineSeconds.toFixed(1)} s`);
  report(`${label}: peak memory, whole process tree`, `${b.peakMB.total.toFixed(0)} MB (Pagefind ${b.peakMB.pagefind.toFixed(0)} MB, Node/Astro ${b.peakMB.other.toFixed(0)} MB)`);
  report(`${label}: dist size`, `${formatBytes(dirSize(outDir))}; Pagefind index ${formatBytes(dirSize(join(outDir, 'pagefind')))}`);
}

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  // 1. The real site.
  if (only === undefined) {
  console.log('\n== real site');
  const realDist = join(work, 'real', 'dist');
  const real = await timedBuild(realDist, {});
  reportBuild('real site', real, realDist);
  goal('real site: cold build', real.seconds, GOAL.realColdBuildS, 's');
  budget('real site: offline zip', statSync(join(realDist, OFFLINE_ZIP)).size / MB, BUDGET.offlineZipMB, 'MB', (n) => n.toFixed(2));

  const site = await serveSite(realDist, '/', { gzip: true });
  try {
    const paths = projectPaths(process.cwd());
    const content = readContent(paths.contentDir, process.cwd());
    let heaviest = { slug: '', bytes: 0, js: 0, html: 0, css: 0 };
    for (const s of content.sources) {
      const t = await pageWeight(browser, `${site.url}sources/${s.slug}/`);
      if (t.bytes > heaviest.bytes) heaviest = { slug: s.slug, bytes: t.bytes, js: t.byType.script ?? 0, html: t.byType.document ?? 0, css: t.byType.stylesheet ?? 0 };
    }
    report('source page (heaviest)', `${heaviest.slug}: ${(heaviest.bytes / KB).toFixed(1)} KB (HTML ${(heaviest.html / KB).toFixed(1)}, CSS ${(heaviest.css / KB).toFixed(1)}, JS ${(heaviest.js / KB).toFixed(1)})`);
    budget('source page: total transferred', heaviest.bytes / KB, BUDGET.sourcePageKB, 'KB');
    budget('source page: JavaScript', heaviest.js / KB, BUDGET.sourcePageJsKB, 'KB');

    // One cold measurement is at the mercy of whatever else the machine does; the budget
    // is judged on the median of SEARCH_RUNS cold runs (each in a fresh context, empty cache).
    const runs = [];
    for (let i = 0; i < SEARCH_RUNS; i++) runs.push(await searchCost(browser, `${site.url}search/`, '#search-input', '#search-results > li', ['两不愁三保障', '易地扶贫搬迁']));
    const times = runs.map((r) => r.first.ms).sort((a, b) => a - b);
    const ours = runs[0]!;
    ours.first.ms = times[Math.floor(times.length / 2)]!;
    report('search, first query (两不愁三保障)', `${(ours.first.searchBytes / KB).toFixed(1)} KB for search (${(ours.first.bytes / KB).toFixed(1)} KB with the search page's HTML and CSS) in ${ours.first.requests} requests, ${ours.first.ms.toFixed(0)} ms to first result (median of ${SEARCH_RUNS} cold runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    report('search, later query (易地扶贫搬迁)', `${(ours.later.bytes / KB).toFixed(1)} KB in ${ours.later.requests} requests, ${ours.later.ms.toFixed(0)} ms`);
    budget('first search: transferred', ours.first.searchBytes / KB, BUDGET.firstSearchKB, 'KB', undefined, FIRST_SEARCH_FIXED_COST);
    budget('first search: transferred (regression guard)', ours.first.searchBytes / KB, BUDGET.firstSearchGuardKB, 'KB');
    goal('first search: time to first result', ours.first.ms, GOAL.firstSearchMs, 'ms', (n) => n.toFixed(0));

    const defaultSite = buildDefaultPagefindSite(realDist, join(work, 'pf-default'));
    const served = await serveSite(defaultSite, '/', { gzip: true });
    try {
      const def = await searchCost(browser, `${served.url}pf-default/`, '.pagefind-ui__search-input', '.pagefind-ui__result', ['两不愁三保障', '易地扶贫搬迁']);
      report("Pagefind's default UI, first query, same site", `${(def.first.searchBytes / KB).toFixed(1)} KB for search (${(def.first.bytes / KB).toFixed(1)} KB with its page) in ${def.first.requests} requests, ${def.first.ms.toFixed(0)} ms to first result`);
      report("Pagefind's default UI, later query", `${(def.later.bytes / KB).toFixed(1)} KB in ${def.later.requests} requests, ${def.later.ms.toFixed(0)} ms`);
      budget('first search: bytes relative to the default UI', ours.first.searchBytes / def.first.searchBytes, 1, '×', (n) => n.toFixed(2));
    } finally {
      served.close();
    }
  } finally {
    site.close();
  }

  }

  // 2. Term linking stays linear in text length, whatever the glossary size.
  if (only === undefined) {
    console.log('\n== term linking');
    const paths = projectPaths(process.cwd());
    const content = readContent(paths.contentDir, process.cwd());
    const readArchive = archiveReader(paths.sourcesDir);
    const text = content.sources
      .flatMap((s) => cleanSourceText(readArchive((s.data as SourceData).archiveFile)!, (s.data as SourceData).cleaning).paragraphs.map((p) => p.text))
      .join('');
    const realTerms = content.terms.map((t) => ({ slug: t.slug, names: [(t.data as TermData).term, (t.data as TermData).traditional, ...((t.data as TermData).aliases ?? [])] }));
    const corpus = generateCorpus({ dir: join(work, 'terms-only'), sources: 5, terms: 2000 });
    const bigTerms = readContent(corpus.contentDir, process.cwd()).terms.map((t) => ({ slug: t.slug, names: [(t.data as TermData).term] }));
    const time = (terms: typeof realTerms) => {
      const matcher = new TermMatcher(terms);
      const runs = 20;
      const started = performance.now();
      for (let i = 0; i < runs; i++) matcher.findAll(text);
      return (performance.now() - started) / runs / ([...text].length / 1000);
    };
    const small61 = time(realTerms);
    const big2000 = time(bigTerms);
    report('term linking, 61 terms', `${(small61 * 1000).toFixed(1)} µs per 1,000 characters`);
    report('term linking, 2,000 terms', `${(big2000 * 1000).toFixed(1)} µs per 1,000 characters (×${(big2000 / small61).toFixed(2)})`);
  }

  // 3. Generated corpora.
  for (const size of only !== undefined ? [only] : realOnly ? [] : small ? [1000] : [1000, 10000]) {
    const label = `${size.toLocaleString('en')} sources + 2,000 terms`;
    console.log(`\n== ${label}`);
    const dir = join(work, `corpus-${size}`);
    const corpus = generateCorpus({ dir, sources: size, terms: 2000 });
    const out = join(dir, 'dist');
    const build = await timedBuild(out, { KB_CONTENT_DIR: corpus.contentDir, KB_SOURCES_DIR: corpus.sourcesDir });
    reportBuild(label, build, out);
    const served = await serveSite(out, '/', { gzip: true });
    try {
      const cost = await searchCost(browser, `${served.url}search/`, '#search-input', '#search-results > li', ['扶贫', '易地扶贫搬迁']);
      report(`${label}: first search (扶贫)`, `${(cost.first.searchBytes / KB).toFixed(1)} KB, ${cost.first.ms.toFixed(0)} ms; later ${(cost.later.bytes / KB).toFixed(1)} KB, ${cost.later.ms.toFixed(0)} ms`);
      if (size === 10000) {
        goal(`${label}: build and index (Astro + search index)`, build.astroSeconds + build.indexSeconds, GOAL.largeBuildAndIndexS, 's');
        budget(`${label}: peak memory`, build.peakMB.total, BUDGET.largePeakMemoryMB, 'MB', (n) => n.toFixed(0));
        budget(`${label}: first search transferred`, cost.first.searchBytes / KB, BUDGET.largeFirstSearchKB, 'KB');
      }
    } finally {
      served.close();
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${out}-offline`, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

if (goalsMissed.length > 0) console.log(`\nTime goals missed on this machine (absolute times are not budgets: they never fail the run):\n  ${goalsMissed.join('\n  ')}`);
if (known.length > 0) console.log(`\nKnown, measured and explained (not failing the run):\n  ${known.join('\n  ')}`);
console.log(`\n${failures.length === 0 ? 'All other budgets met.' : `${failures.length} budget(s) broken:\n  ${failures.join('\n  ')}`}`);
console.log(`(machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}, ${existsSync('/usr/bin/chromium') ? 'Debian Chromium' : 'Chromium'})`);
if (failures.length > 0) process.exit(1);
