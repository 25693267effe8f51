/**
 * `npx node scripts/bench/memory-trace.ts <sources> [outDir]` — builds a generated
 * corpus once and prints where the whole process tree's memory goes over time:
 * every half second, the resident memory of each process in the tree (Node with
 * its worker threads, Pagefind) next to the build's own log line of that moment,
 * so the peak can be traced to a step. For finding what dominates the peak;
 * `npm run bench` measures the peak itself against Starlight's.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { sampleTree } from './process-tree.ts';

const MB = 1024 * 1024;
const sources = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? join(tmpdir(), `kb-memory-trace-${sources}`);
const corpus = generateCorpus({ dir, sources, terms: 2000 });
for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(cache, { recursive: true, force: true });
const out = join(dir, 'dist');
rmSync(out, { recursive: true, force: true });

const started = performance.now();
// `npm run build`: Astro's process, then the after-build steps' (scripts/build.ts).
const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', out], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_CONTENT_DIR: corpus.contentDir, KB_SOURCES_DIR: corpus.sourcesDir },
});
let lastLine = '';
const onData = (chunk: Buffer) => {
  const lines = chunk
    .toString()
    .split('\n')
    .filter((l) => l.trim());
  if (lines.length > 0) lastLine = lines.at(-1)!.replace(/\s+/g, ' ').slice(0, 100);
};
child.stdout.on('data', onData);
child.stderr.on('data', onData);

/** Threads of the build's main process: its worker threads show up as more of them. */
const threads = (pid: number) => {
  try {
    return Number(/^Threads:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
let peak = { total: 0, at: 0, line: '' };
let printed = '';
const timer = setInterval(() => {
  const s = sampleTree(child.pid!);
  const t = (performance.now() - started) / 1000;
  if (s.total > peak.total) peak = { total: s.total, at: t, line: lastLine };
  const row = `${t.toFixed(1).padStart(6)} s  tree ${(s.total / MB).toFixed(0).padStart(5)} MB  pagefind ${(s.pagefind / MB).toFixed(0).padStart(5)} MB  threads ${String(threads(child.pid!)).padStart(3)}  | ${lastLine}`;
  if (row.slice(10) !== printed) console.log(row);
  printed = row.slice(10);
}, 500);
const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
clearInterval(timer);
console.log(
  `exit ${code}; ${((performance.now() - started) / 1000).toFixed(1)} s; peak ${(peak.total / MB).toFixed(0)} MB at ${peak.at.toFixed(1)} s during: ${peak.line}`,
);
