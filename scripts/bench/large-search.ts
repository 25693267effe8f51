/**
 * `npm run bench:large-search -- --sources 2000 [--work DIR]`: this site alone (no Starlight) built
 * from a generated corpus (corpus.ts), and the first search (扶贫) measured as the benchmark measures
 * it (browser.ts): the bytes until the first screen of results is complete and until the original
 * texts' shards have been searched too. For working on the large site's search: Astro's part of the
 * build is kept in `--work` (default /tmp/kb-large-search-<sources>) and reused when it is there, so
 * only the after-build steps (the search index among them) run again, timed and with the peak memory
 * of their process tree.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/support/chromium.ts';
import { serveSite } from '../support/dist-server.ts';
import { corpusSearchCost, describeCorpusSearch } from './browser.ts';
import { generateCorpus } from './corpus.ts';
import { measuredRun } from './process-tree.ts';

const KB = 1024;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const sources = Number(arg('--sources') ?? 2000);
if (!Number.isInteger(sources) || sources < 1) throw new Error(`bench:large-search: --sources must be a whole number, not ${arg('--sources')}`);
const work = arg('--work') ?? join(tmpdir(), `kb-large-search-${sources}`);
const astroOut = join(work, 'astro');
const out = join(work, 'dist');
mkdirSync(work, { recursive: true });
const corpus = { contentDir: join(work, 'corpus/content'), sourcesDir: join(work, 'corpus/sources') };
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_CONTENT_DIR: corpus.contentDir, KB_SOURCES_DIR: corpus.sourcesDir };

function run(args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

if (!existsSync(join(astroOut, 'index.html'))) {
  const generated = generateCorpus({ dir: join(work, 'corpus'), sources, terms: 2000 });
  if (generated.contentDir !== corpus.contentDir || generated.sourcesDir !== corpus.sourcesDir)
    throw new Error(`bench:large-search: the corpus went to ${generated.contentDir}, not ${corpus.contentDir}`);
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  // Astro's build alone: KB_AFTER_BUILD_TO tells it to hand the output folder over instead of running the steps (scripts/build.ts).
  const handoff = join(mkdtempSync(join(tmpdir(), 'kb-large-search-')), 'after-build.json');
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const started = performance.now();
  await run([astroBin, 'build', '--outDir', astroOut], { KB_AFTER_BUILD_TO: handoff });
  if (!existsSync(handoff)) throw new Error(`bench:large-search: astro build wrote no ${handoff}`);
  rmSync(dirname(handoff), { recursive: true, force: true });
  console.log(`Astro's build of ${sources} sources: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// The after-build steps on a copy of Astro's output, in a process of their own, as scripts/build.ts runs them.
rmSync(out, { recursive: true, force: true });
rmSync(`${out}-offline`, { recursive: true, force: true });
cpSync(astroOut, out, { recursive: true });
const handoffDir = mkdtempSync(join(tmpdir(), 'kb-large-search-'));
const steps = join(handoffDir, 'steps.ts');
writeFileSync(
  steps,
  `const { config } = await import(${JSON.stringify(join(process.cwd(), 'src/config.ts'))});
const { readGlossary } = await import(${JSON.stringify(join(process.cwd(), 'src/content/glossary-dictionary.ts'))});
const { runSteps } = await import(${JSON.stringify(join(process.cwd(), 'src/emit/index.ts'))});
const { siteSteps } = await import(${JSON.stringify(join(process.cwd(), 'src/emit/site-steps.ts'))});
const { stepLogger } = await import(${JSON.stringify(join(process.cwd(), 'src/emit/step-logger.ts'))});
const glossary = readGlossary(config.contentDir, process.cwd());
await runSteps(${JSON.stringify(out)}, config.base, siteSteps({ base: config.base, glossary }), (step) => stepLogger('kb:' + step.name));
`,
);
// With the peak memory of its process tree (Pagefind's processes among it).
const stepsRun = await measuredRun(process.execPath, [steps], { env });
rmSync(handoffDir, { recursive: true, force: true });
process.stdout.write(stepsRun.log);
if (stepsRun.code !== 0) throw new Error(`bench:large-search: the after-build steps exited with ${stepsRun.code}`);
const MB = 2 ** 20;
console.log(
  `after-build steps: ${stepsRun.seconds.toFixed(0)} s (CPU ${stepsRun.cpuSeconds.toFixed(0)} s); peak ${(stepsRun.peak.total / MB).toFixed(0)} MB (Pagefind ${(stepsRun.peak.pagefind / MB).toFixed(0)} MB, Node ${(stepsRun.peak.other / MB).toFixed(0)} MB)`,
);

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const served = await serveSite(out, '/', { gzip: true });
try {
  const cost = await corpusSearchCost(browser, served.url);
  const first = cost.first;
  console.log(`${sources} sources, first search (扶贫): ${describeCorpusSearch(cost)}`);
  if (process.argv.includes('--responses'))
    for (const r of first.responses)
      console.log(`  ${(r.bytes / KB).toFixed(1).padStart(7)} KB ${r.firstScreen ? 'first screen' : 'texts       '} ${new URL(r.url).pathname}`);
} finally {
  served.close();
  await browser.close();
}
