/**
 * `npm run check:reproducible` — builds the site twice from the same checkout,
 * into two temporary folders, with the same SOURCE_DATE_EPOCH (the last commit's
 * time unless set), each from a cold cache of its own (KB_CACHE_DIR, an empty
 * folder: no content data store, no incremental build; node_modules/.astro is
 * neither read nor changed), and compares every byte of every file. The two
 * folders are inside the project (node_modules/.cache/), so the check can run
 * beside a build to a folder outside it. Exits non-zero and lists each difference when the builds differ.
 * Exclusions, with reasons: scripts/verify/reproducible.ts (none).
 *
 * `--against DIR` compares one cold build with a build already made (`npm test`
 * passes the dist/ its build step wrote), which proves the same with one build fewer.
 * That build must have used the same SOURCE_DATE_EPOCH: the default, the last
 * commit's time, is what both take when it is unset.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareBuilds, filesFrom, REPRODUCIBILITY_EXCLUSIONS } from './verify/reproducible.ts';

function commitEpoch(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  } catch {
    return '0';
  }
}

const epoch = process.env.SOURCE_DATE_EPOCH ?? commitEpoch();
// The builds write inside the project (node_modules/.cache/), so that Astro puts each one's page
// bundle in its own <outDir>/.prerender/: for an outDir outside the project it uses the project's
// .astro/.prerender/, which another build to a folder outside the project (a fixture build of the
// build tests, the build at a base path) may be writing at the same time.
const cacheRoot = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const work = mkdtempSync(join(cacheRoot, 'kb-reproducible-'));

function readBuild(outDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(outDir, path).split('\\').join('/'), readFileSync(path));
  }
  return files;
}

function build(name: string): Map<string, Uint8Array> {
  const outDir = join(work, name);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch, KB_CACHE_DIR: join(work, `${name}-astro-cache`), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`build ${name} failed (exit ${result.status})`);
  }
  const files = readBuild(outDir);
  console.log(`build ${name}: ${files.size} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return files;
}

try {
  const againstAt = process.argv.indexOf('--against');
  const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
  console.log(`Two builds with SOURCE_DATE_EPOCH=${epoch}, compared byte for byte${against ? ` (the first is ${against})` : ''}.`);
  const first = against ? readBuild(against) : build('first');
  const second = build('second');
  const problems = compareBuilds(filesFrom(first), filesFrom(second));
  if (problems.length > 0) {
    console.error(`The two builds differ in ${problems.length} file${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
  } else {
    const skipped = REPRODUCIBILITY_EXCLUSIONS.length ? ` (excluded: ${REPRODUCIBILITY_EXCLUSIONS.map((e) => e.pattern).join(', ')})` : '';
    console.log(`Reproducible: ${first.size} files, identical in every byte${skipped}.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
