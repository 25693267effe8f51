/**
 * `npx node scripts/bench/mechanisms.ts [--sources 10000] [--pairs 2] [--only <mechanism>]`
 * measures what each large-site mechanism buys: it builds the generated corpus
 * (corpus.ts) with the site's defaults and with one mechanism turned off, in
 * alternating runs (default, without A, default, without B, …, then the same
 * again for each further pair), and prints each run as it ends, then every
 * mechanism's runs side by side with the medians and the spread between runs of
 * the same variant. docs/performance.md holds the figures and the decisions.
 *
 * Per run: build and index time (Astro and the search index, as `npm run bench`
 * counts it), peak memory of the whole process tree, and the mechanism's own
 * measure:
 *
 * | mechanism        | turned off by                   | its own measure |
 * | ---------------- | ------------------------------- | --------------- |
 * | worker-markdown  | KB_WITHOUT=worker-markdown      | content sync time (`astro sync` alone) |
 * | gc               | KB_WITHOUT=gc                   | peak memory |
 * | shards           | KB_SEARCH_SHARD_PAGES=1000000   | peak memory, first-search bytes (one run: neither depends on load) |
 * | name-filter      | KB_WITHOUT=name-filter          | first-search bytes (one run) |
 *
 * The shell-only precache and the zip's ZIP64 records need no build of their
 * own: the first default build's output is measured (bytes installed with and
 * without the shell-only mode; the zip's entry count, size and a full `unzip -t`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { OFFLINE_ZIP } from '../../src/emit/offline/offline-names.ts';
import { precachePlan } from '../../src/emit/precache.ts';
import { requestPath, SERVICE_WORKER } from '../../src/emit/service-worker-step.ts';
import { walkFiles } from '../../src/emit/built-site.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveSite } from '../support/dist-server.ts';
import { searchCost } from './browser.ts';
import { generateCorpus } from './corpus.ts';
import { type BuildResult, timedBuild } from './timed-build.ts';
import { median } from './median.ts';

const MB = 2 ** 20;
const KB = 1024;

/** The mechanisms measured by alternating time runs, in the order of priority. */
const TIMED = ['worker-markdown', 'gc'] as const;
/** Measured by bytes and memory, which do not depend on load: one run each. */
const ONCE = ['shards', 'name-filter'] as const;
type Variant = 'default' | (typeof TIMED)[number] | (typeof ONCE)[number];
/** A run: a whole build, or only the content sync (`sync:`, enough for what worker-rendered Markdown changes). */
type Step = Variant | `sync:${Variant}`;

const ENV: Record<Variant, Record<string, string>> = {
  default: {},
  'worker-markdown': { KB_WITHOUT: 'worker-markdown' },
  gc: { KB_WITHOUT: 'gc' },
  shards: { KB_SEARCH_SHARD_PAGES: '1000000' },
  'name-filter': { KB_WITHOUT: 'name-filter' },
};
/** Runs that also measure the first search in Chromium (bytes). */
const SEARCHED = new Set<Variant>(['shards', 'name-filter']);

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const sources = Number(arg('--sources') ?? 10000);
const pairs = Number(arg('--pairs') ?? 2);
const only = arg('--only') as Variant | undefined;
/** `--plan default,gc,sync:default,…`: the runs in this order, instead of the plan runPlan makes. */
const explicitPlan = arg('--plan')?.split(',') as Step[] | undefined;
if (only && !(only in ENV && only !== 'default')) throw new Error(`--only: unknown mechanism "${only}" (known: ${[...TIMED, ...ONCE].join(', ')})`);

interface Run {
  variant: Variant;
  sync: boolean;
  build: BuildResult;
  /** Bytes of the first search (扶贫), when measured. */
  firstSearchKB?: number;
}

/** The order of runs: default and one mechanism off, alternating, each pair in turn; then the one-run measures. */
function runPlan(onlyOne: Variant | undefined, pairCount: number): Step[] {
  if (onlyOne && (ONCE as readonly string[]).includes(onlyOne)) return ['default', onlyOne];
  const plan: Step[] = [];
  // Worker-rendered Markdown changes the content sync only: measured on `astro sync`, a fraction of a build.
  if (!onlyOne || onlyOne === 'worker-markdown') for (let p = 0; p < pairCount; p++) plan.push('sync:default', 'sync:worker-markdown');
  const timed = TIMED.filter((m) => m !== 'worker-markdown' && (!onlyOne || onlyOne === m));
  for (let p = 0; p < pairCount; p++) for (const m of timed) plan.push('default', m);
  if (!onlyOne) plan.push(...ONCE);
  return plan;
}

/** The shell-only precache: bytes a first visit installs, against the whole site it would install otherwise. */
function precacheBytes(dist: string): { shell: number; whole: number; files: number } {
  const files = walkFiles(dist)
    .filter((p) => p !== OFFLINE_ZIP && p !== SERVICE_WORKER)
    .map((p) => ({ path: requestPath(p), bytes: statSync(join(dist, p)).size }));
  const bytes = new Map(files.map((f) => [f.path, f.bytes]));
  const plan = precachePlan(files);
  return { shell: plan.files.reduce((n, p) => n + bytes.get(p)!, 0), whole: files.reduce((n, f) => n + f.bytes, 0), files: files.length };
}

/** The offline zip: entries, size, whether it needs ZIP64 (more than 65,535 entries or 4 GiB), and `unzip -t`'s verdict. */
function zipFacts(zip: string): { entries: number; bytes: number; needsZip64: boolean; test: string } {
  const bytes = statSync(zip).size;
  const entries = execFileSync('zipinfo', ['-1', zip], { maxBuffer: 256 * MB })
    .toString()
    .split('\n')
    .filter(Boolean).length;
  let test: string;
  try {
    test =
      execFileSync('unzip', ['-tqq', zip], { maxBuffer: 64 * MB })
        .toString()
        .trim() || 'no errors';
  } catch (error) {
    test = `FAILED: ${String((error as { stdout?: Buffer }).stdout ?? error).slice(0, 300)}`;
  }
  return { entries, bytes, needsZip64: entries > 0xffff || bytes > 0xffffffff, test };
}

const work = join(tmpdir(), `kb-mechanisms-${sources}`);
console.log(`generating ${sources} sources + 2,000 terms in ${work}`);
const corpus = generateCorpus({ dir: join(work, 'corpus'), sources, terms: 2000 });
const out = join(work, 'dist');
const plan: Step[] = explicitPlan ?? runPlan(only, pairs);
for (const step of plan) if (!(step.replace(/^sync:/, '') in ENV)) throw new Error(`--plan: unknown run "${step}"`);
console.log(`plan: ${plan.join(', ')}`);
const browser = plan.some((v) => SEARCHED.has(v as Variant) || v === 'default')
  ? await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  : undefined;
const runs: Run[] = [];
const f1 = (n: number) => n.toFixed(1);
const f0 = (n: number) => n.toFixed(0);
/** Build and index, as `npm run bench` counts it: Astro and the search index, not the offline copy. */
const buildAndIndex = (b: BuildResult) => b.astroSeconds + b.indexSeconds;
let searchedDefault = false;
try {
  for (const [i, step] of plan.entries()) {
    const sync = step.startsWith('sync:');
    const variant = step.replace(/^sync:/, '') as Variant;
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const build = await timedBuild(out, { KB_CONTENT_DIR: corpus.contentDir, KB_SOURCES_DIR: corpus.sourcesDir, ...ENV[variant] }, sync ? 'sync' : 'build');
    const run: Run = { variant, sync, build };
    runs.push(run);
    if (sync) {
      console.log(
        `run ${i + 1}/${plan.length} content sync only, ${variant === 'default' ? 'default' : `without ${variant}`} (load before: ${load}): ${f1(build.seconds)} s (CPU ${f0(build.cpuSeconds)} s); peak ${f0(build.peakMB.total)} MB`,
      );
      continue;
    }
    if (browser && (SEARCHED.has(variant) || (variant === 'default' && !searchedDefault))) {
      const served = await serveSite(out, '/', { gzip: true });
      try {
        const cost = await searchCost(browser, { url: `${served.url}search/`, input: '#search-input', firstResult: '#search-results > li' }, [
          '扶贫',
          '易地扶贫搬迁',
        ]);
        run.firstSearchKB = cost.first.searchBytes / KB;
        if (variant === 'default') searchedDefault = true;
      } finally {
        served.close();
      }
    }
    console.log(
      `run ${i + 1}/${plan.length} ${variant === 'default' ? 'default' : `without ${variant}`} (load before: ${load}): ` +
        `build and index ${f1(buildAndIndex(build))} s (content sync ${f1(build.syncSeconds)} s, generation ${f1(build.generationSeconds)} s, index ${f1(build.indexSeconds)} s), ` +
        `whole build ${f1(build.seconds)} s (CPU ${f0(build.cpuSeconds)} s); peak ${f0(build.peakMB.total)} MB (Pagefind ${f0(build.peakMB.pagefind)} MB, Node ${f0(build.peakMB.other)} MB)` +
        (run.firstSearchKB === undefined ? '' : `; first search 扶贫 ${f1(run.firstSearchKB)} KB`),
    );
    if (variant === 'default' && runs.filter((r) => r.variant === 'default' && !r.sync).length === 1) {
      const pre = precacheBytes(out);
      console.log(`  precache: shell-only install ${f1(pre.shell / MB)} MB; the whole site (${pre.files} files) would be ${f1(pre.whole / MB)} MB`);
      const zip = zipFacts(join(out, OFFLINE_ZIP));
      console.log(
        `  offline zip: ${zip.entries} entries, ${f1(zip.bytes / MB)} MB; needs ZIP64: ${zip.needsZip64 ? 'yes' : 'no'} (> 65,535 entries or > 4 GiB); unzip -t: ${zip.test}`,
      );
    }
  }
} finally {
  await browser?.close();
}

// Side by side: each mechanism's runs against every default run of this invocation.
const defaults = runs.filter((r) => r.variant === 'default' && !r.sync);
const syncDefaults = runs.filter((r) => r.variant === 'default' && r.sync);
const list = (values: number[], fmt: (n: number) => string) => `${values.map(fmt).join(', ')} (median ${fmt(median(values))})`;
const spread = (values: number[]) => (values.length > 1 ? Math.max(...values) - Math.min(...values) : 0);
console.log('\nmechanism | measure | with (default runs) | without | spread between runs of one variant | without/with (medians)');
const measures: Array<[string, (r: Run) => number | undefined, (n: number) => string]> = [
  ['build and index, s', (r) => buildAndIndex(r.build), f1],
  ['whole build, CPU s', (r) => r.build.cpuSeconds, f0],
  ['content sync, s', (r) => r.build.syncSeconds, f1],
  ['search index, s', (r) => r.build.indexSeconds, f1],
  ['peak memory, MB', (r) => r.build.peakMB.total, f0],
  ['first search, KB', (r) => r.firstSearchKB, f1],
];
const syncMeasures: typeof measures = [
  ['content sync alone, s', (r) => r.build.seconds, f1],
  ['content sync peak memory, MB', (r) => r.build.peakMB.total, f0],
];
for (const sync of [false, true])
  for (const variant of new Set(
    runs
      .filter((r) => r.sync === sync)
      .map((r) => r.variant)
      .filter((v) => v !== 'default'),
  )) {
    const without = runs.filter((r) => r.variant === variant && r.sync === sync);
    for (const [name, measure, fmt] of sync ? syncMeasures : measures) {
      const a = (sync ? syncDefaults : defaults).map(measure).filter((n): n is number => n !== undefined && !Number.isNaN(n));
      const b = without.map(measure).filter((n): n is number => n !== undefined && !Number.isNaN(n));
      if (a.length === 0 || b.length === 0) continue;
      console.log(
        `${variant} | ${name} | ${list(a, fmt)} | ${list(b, fmt)} | with ${fmt(spread(a))}, without ${fmt(spread(b))} | ${(median(b) / median(a)).toFixed(2)}×`,
      );
    }
  }
rmSync(work, { recursive: true, force: true });
