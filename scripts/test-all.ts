/**
 * `npm test`: every test. Type check, lint, unit tests and the content check
 * run side by side; then a build of the real site, beside a build of it under
 * a base path; then three lines at once: the end-to-end tests in Chromium
 * (pages, search, outside requests with the network cut, accessibility); the
 * checks on the build (noise, links, HTML validity, bad input and redirects in
 * fixture builds); the tests of the base-path build (among them the end-to-end
 * tests tagged @base-path), the offline copy in Firefox, the search evaluation,
 * then one more build compared with the first byte for byte. Much of
 * the browsers' time is waiting on pages, so the lines use cores that one line
 * alone would leave idle.
 *
 * Each step's output is printed in one piece when it ends, with its time; the
 * total comes last. At the first failing step the steps still running are
 * stopped, and the run exits non-zero.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ensureCjkFont } from '../tests/support/cjk-font.ts';
import { ensurePoppler } from '../tests/support/poppler.ts';

const env = {
  // Node keeps the code it compiles for each module here (checked against the module's source before use), so the
  // hundreds of Node processes and worker threads of a run (test files, spawned scripts, the content guard's worker)
  // compile each module once; it stays for the next run. Astro's builds load most of their code through Vite, which this does not reach.
  NODE_COMPILE_CACHE: join(process.cwd(), 'node_modules', '.cache', 'kb-node-compile'),
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
};
/** The same site built under a base path, as on GitHub Pages or a school server. */
const BASE = '/kb/';
const baseRun = join(tmpdir(), `kb-base-path-${process.pid}`);
const baseDist = join(baseRun, 'dist');
// The second build also splits the search index into shards (30 pages a shard: the glossary
// and the other pages in the first, the summaries in the others, the original texts in a shard of their own,
// searched after the first screen of results), and its service worker
// caches only the shell at install, so the way a large site is searched and kept offline
// is tested end to end on the real content.
// It is also built for a public address (KB_SITE), so canonical links, og:url and robots.txt's Sitemap line are tested.
// With a cache of its own (KB_CACHE_DIR) it is built beside the first build (which writes its page bundle in dist/).
const atBase = {
  KB_BASE: BASE,
  KB_DIST: baseDist,
  KB_SEARCH_SHARD_PAGES: '30',
  KB_PRECACHE_BUDGET: '0',
  KB_SITE: 'https://kb.example.org',
  KB_CACHE_DIR: join(baseRun, 'astro-cache'),
};

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}
/** Steps that run one after the other. */
type Line = Step[];
/** Lines that run at the same time; a stage starts when the one before it has passed. */
type Stage = Line[];

const stages: Stage[] = [
  [
    // astro check syncs the content into node_modules/.astro, the cache the build after it reads.
    [{ name: 'type check (astro check)', command: 'astro', args: ['check'] }],
    [{ name: 'lint and format (biome ci)', command: 'biome', args: ['ci', '.'] }],
    [{ name: 'unit tests', command: 'node', args: ['--test', '--test-concurrency=2', 'tests/unit/**/*.test.ts'] }],
    [{ name: 'content check', command: 'node', args: ['scripts/check-content.ts'] }],
  ],
  [
    [{ name: 'build', command: 'node', args: ['scripts/build.ts'] }],
    [
      {
        name: `build at base path ${BASE}, search index in shards, service worker caching on visit`,
        command: 'node',
        args: ['scripts/build.ts', '--outDir', baseDist],
        env: atBase,
      },
    ],
  ],
  [
    [{ name: 'end-to-end tests (Chromium)', command: 'playwright', args: ['test'] }],
    [
      // The fixture builds write outside the project. Astro then puts their page bundle in the project's
      // .astro/.prerender/ (for dist/ it uses dist/.prerender/), so they run one at a time (one test file
      // at a time), on this line.
      { name: 'build tests', command: 'node', args: ['--test', '--test-concurrency=1', 'tests/build/**/*.test.ts'] },
    ],
    [
      {
        // share.test.ts needs KB_SITE; the others are build tests whose outcome depends on the base path.
        name: `share tags and robots.txt with KB_SITE, term links and previous/next at base path ${BASE}`,
        command: 'node',
        args: ['--test', 'tests/build/share.test.ts', 'tests/build/source-page-links.test.ts', 'tests/build/prev-next.test.ts'],
        env: atBase,
      },
      {
        // The tests tagged @base-path: those whose outcome depends on the base path, the index shards or the
        // service worker's mode (every page type, links, search over shards, the offline copy, copy controls).
        name: `end-to-end tests at base path ${BASE} (@base-path: pages, links, search over shards, offline copy and cache on visit, copy controls)`,
        command: 'playwright',
        args: ['test', '--grep', '@base-path'],
        env: atBase,
      },
      { name: 'offline copy in Firefox (file://)', command: 'node', args: ['--test', 'tests/firefox/**/*.test.ts'] },
      { name: 'search evaluation (Chromium, queries entered in loaded search pages)', command: 'node', args: ['scripts/eval-search.ts'] },
      {
        // It builds inside the project (node_modules/.cache/), with a page bundle of its own, so it can run beside
        // the fixture builds of the build tests, on this line, without holding up the build tests' line.
        name: 'reproducible build (a second, cold build of the real site, identical to dist/ in every byte)',
        command: 'node',
        args: ['scripts/check-reproducible.ts', '--against', 'dist'],
      },
    ],
  ],
];

const running = new Set<ChildProcess>();
let stopping = false;
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs one step with its output collected, and prints that output in one piece when it ends. */
function run(step: Step): Promise<boolean> {
  const started = Date.now();
  console.log(`▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  // Its own process group, so that a step stopped early takes its browsers and servers with it.
  const child = spawn(step.command, step.args, { env: { ...env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      // A step stopped because another failed: its own output would only repeat that.
      if (stopping && code !== 0) return resolve(false);
      console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      if (code === 0) console.log(`✔ ${step.name} (${seconds(started)} s)`);
      else {
        failed++;
        console.error(`\n✖ ${step.name} failed (exit ${code ?? signal}) after ${seconds(started)} s`);
      }
      resolve(code === 0);
    });
  });
}

/**
 * SIGINT, as Ctrl-C would send: Playwright then stops its web server too, which runs in a
 * process group of its own (on SIGTERM it would be left serving, holding the port).
 */
function stopTheRest(): void {
  stopping = true;
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGINT');
}
// The steps run in process groups of their own, which Ctrl-C in the terminal does not reach.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stopTheRest();
    process.exit(code);
  });
}

let passed = 0;
let failed = 0;
async function runLine(line: Line): Promise<boolean> {
  for (const step of line) {
    if (stopping) return false;
    if (!(await run(step))) {
      stopTheRest();
      return false;
    }
    passed++;
  }
  return true;
}

console.log(`Chromium for end-to-end tests: ${ensureChromium()}`);
console.log(`Poppler (pdftotext, pdftoppm) for the handout tests: ${ensurePoppler()}`);
console.log(`A font with Chinese glyphs for printed pages: ${ensureCjkFont()}`);
const total = Date.now();
for (const stage of stages) {
  const results = await Promise.all(stage.map(runLine));
  if (results.includes(false)) {
    console.log(`test steps: ${passed} passed, ${failed} failed, the rest stopped or not run (total ${seconds(total)} s)`);
    process.exit(1);
  }
}
console.log(`\ntest steps: ${passed} passed, 0 failed (total ${seconds(total)} s)`);
