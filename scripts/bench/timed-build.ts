/**
 * One cold build of the site as `npm run build` makes it (scripts/build.ts), timed and with the peak memory of its
 * whole process tree (process-tree.ts), split into Astro's phases, the search
 * index and the offline copy from the build's own log. Used by `npm run bench`
 * and by scripts/bench/mechanisms.ts.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measuredRun } from './process-tree.ts';

const MB = 1024 * 1024;

export const dirSize = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
export const countPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((p) => String(p).endsWith('.html')).length;

export interface BuildResult {
  seconds: number;
  astroSeconds: number;
  /** Parts of astroSeconds: content sync (reading, validating, rendering Markdown) and page generation. */
  syncSeconds: number;
  generationSeconds: number;
  indexSeconds: number;
  offlineSeconds: number;
  peakMB: { total: number; pagefind: number; other: number };
  /** CPU seconds (user + system) of the whole process tree. */
  cpuSeconds: number;
  pages: number;
}

/**
 * Runs `npm run build`'s script with the project's Node, sampling the memory of the whole process tree.
 * With `command` 'sync', runs only `astro sync`, the content sync (loaders, validation, Markdown):
 * its time is then `seconds`, and the build's other parts are NaN.
 */
export async function timedBuild(outDir: string, env: Record<string, string>, command: 'build' | 'sync' = 'build'): Promise<BuildResult> {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  // `npm run build` (scripts/build.ts): Astro's build, then the after-build steps in a process of their own.
  const [program, args] = command === 'build' ? [process.execPath, ['scripts/build.ts', '--outDir', outDir]] : ['astro', ['sync']];
  const { code, log, seconds, cpuSeconds, peak } = await measuredRun(program, args, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
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
    cpuSeconds,
    pages: command === 'build' ? countPages(outDir) : 0,
  };
}
