/**
 * `npx node scripts/bench/memory-trace.ts <sources> [outDir] [--every <ms>]` — builds
 * a generated corpus once and prints where the whole process tree's memory goes
 * over time: every half second (or every `ms`), the resident memory of the tree
 * (Node with its worker threads, Pagefind) next to the build's own log line of
 * that moment, so the peak can be traced to a step; at the end, each process of
 * the tree at its peak sample. For finding what dominates the peak;
 * `npm run bench` measures the peak itself against Starlight's.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { sumTree, type TreeProcess, treeProcesses } from './process-tree.ts';

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt === -1 ? 500 : Number(args[everyAt + 1]);
if (!Number.isInteger(every) || every < 10) throw new Error(`memory-trace: --every takes whole milliseconds, at least 10 (got ${args[everyAt + 1]})`);
if (everyAt !== -1) args.splice(everyAt, 2);
const sources = Number(args[0] ?? 1000);
const dir = args[1] ?? join(tmpdir(), `kb-memory-trace-${sources}`);
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

let peak = { total: 0, at: 0, line: '', procs: [] as TreeProcess[] };
let printed = '';
const timer = setInterval(() => {
  const procs = treeProcesses(child.pid!);
  const s = sumTree(procs);
  const t = (performance.now() - started) / 1000;
  if (s.total > peak.total) peak = { total: s.total, at: t, line: lastLine, procs };
  // Threads of the build's processes: worker threads show up as more of them.
  const threads = procs.reduce((sum, p) => sum + p.threads, 0);
  const row = `${t.toFixed(2).padStart(7)} s  tree ${(s.total / MB).toFixed(0).padStart(5)} MB  pagefind ${(s.pagefind / MB).toFixed(0).padStart(5)} MB  processes ${String(procs.length).padStart(2)}  threads ${String(threads).padStart(3)}  | ${lastLine}`;
  if (row.slice(11) !== printed) console.log(row);
  printed = row.slice(11);
}, every);
const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
clearInterval(timer);
console.log(
  `exit ${code}; ${((performance.now() - started) / 1000).toFixed(1)} s; peak ${(peak.total / MB).toFixed(0)} MB at ${peak.at.toFixed(1)} s during: ${peak.line}`,
);
for (const p of peak.procs)
  console.log(
    `  pid ${String(p.pid).padStart(7)} (parent ${String(p.ppid).padStart(7)}) ${p.name.padEnd(16)} ${(p.rss / MB).toFixed(0).padStart(5)} MB resident, ${(p.rssAnon / MB).toFixed(0).padStart(5)} MB anonymous, ${(p.rssFile / MB).toFixed(0).padStart(4)} MB of mapped files (${p.program}), ${p.threads} threads`,
  );
