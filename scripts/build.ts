/**
 * `npm run build [-- astro build options]` — builds the site in two processes,
 * one after the other: `astro build` (content sync, Vite, page generation),
 * then, once that process has exited, the after-build steps
 * (src/emit/site-steps.ts: search index, offline copy, sitemap, service worker…)
 * in this one. Astro's process keeps about a gigabyte resident to its end at
 * 1,000 sources, and Pagefind's index needs as much again: run in one process,
 * the two add up; run one after the other, the build peaks at the larger of
 * the two (docs/performance.md).
 *
 * Two V8 settings keep Astro's process smaller (docs/performance.md):
 * - a young generation of 32 MB: V8's default on a machine with several
 *   gigabytes is 128 MB, resident for the whole build, and the smaller one
 *   lowers every phase by about 0.1 GB;
 * - a heap that grows by half of what the last full collection kept before the
 *   next one: V8's own factor, up to 4 on a machine with this much memory,
 *   lets the heap reach several times what is alive; the fixed one lowers the
 *   peak by about 0.1 GB at 1,000 sources, for the same CPU seconds. The
 *   setting is V8's, so the render workers' heaps grow the same way.
 * And where the C library is glibc's (GLIBC_TUNABLES; other libraries ignore
 * it), Astro's process keeps one malloc arena instead of one per thread,
 * gives allocations of 128 KB and more mappings of their own, and returns free
 * memory at the top of its heap beyond 128 KB: otherwise each worker thread's
 * arena stays resident, mostly free, after the worker has ended. This lowers
 * the peak by another 20–30 MB at 1,000 sources.
 *
 * Astro's build is told where to write its output folder (KB_AFTER_BUILD_TO,
 * src/emit/index.ts) instead of running the steps. A plain `astro build` runs
 * them itself, so it still writes the whole site. The exit code is Astro's when
 * its build fails, 1 when a step fails, else 0.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const handoffDir = mkdtempSync(join(tmpdir(), 'kb-build-'));
const handoffFile = join(handoffDir, 'after-build.json');

function fail(message: string, code = 1): never {
  rmSync(handoffDir, { recursive: true, force: true });
  console.error(message);
  process.exit(code);
}

/** Astro's process's young generation: two semi-spaces of this many MB. */
const SEMI_SPACE_MB = 16;
/** How far V8 lets the old generation grow past what the last full collection kept, in per cent. */
const HEAP_GROWING_PERCENT = 50;
const v8Options = [`--max-semi-space-size=${SEMI_SPACE_MB}`, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
/** glibc's malloc settings for Astro's process (glibc's tunables); any already set come after them, and win. */
const MALLOC_TUNABLES = 'glibc.malloc.arena_max=1:glibc.malloc.trim_threshold=131072:glibc.malloc.mmap_threshold=131072';
const glibcTunables = [MALLOC_TUNABLES, process.env.GLIBC_TUNABLES].filter(Boolean).join(':');
const astro = spawn(process.execPath, [...v8Options, astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KB_AFTER_BUILD_TO: handoffFile, GLIBC_TUNABLES: glibcTunables },
});
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
  astro.on('error', reject);
  astro.on('exit', (c, s) => resolve([c, s]));
});
if (code !== 0) fail(`build: astro build ${signal ? `stopped by ${signal}` : `failed (exit code ${code})`}; the after-build steps did not run`, code || 1);

let dir: string;
try {
  ({ dir } = JSON.parse(readFileSync(handoffFile, 'utf8')) as import('../src/emit/index.ts').AfterBuildHandoff);
} catch {
  fail(`build: astro build ended without writing ${handoffFile} (the kb:after-build integration did not run), so the after-build steps did not run`);
}
rmSync(handoffDir, { recursive: true, force: true });

// Loaded only now, so that none of it is resident while Astro's process runs.
const { config } = await import('../src/config.ts');
const { readGlossary } = await import('../src/content/glossary-dictionary.ts');
const { runSteps } = await import('../src/emit/index.ts');
const { siteSteps } = await import('../src/emit/site-steps.ts');
const { stepLogger } = await import('../src/emit/step-logger.ts');

const started = performance.now();
try {
  const glossary = readGlossary(config.contentDir, process.cwd());
  await runSteps(dir, config.base, siteSteps({ base: config.base, glossary }), (step) => stepLogger(`kb:${step.name}`));
} catch (error) {
  fail(`build: an after-build step failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
stepLogger('kb:after-build').info(`the after-build steps finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
